#include "mainwindow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_steps(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Torii Sync"));
    const QStringList names {tr("Connect"), tr("Load"), tr("Map"), tr("Review"), tr("Sync"), tr("History")};
    for (const QString& name : names) {
        m_steps->addItem(name);
        auto* page = new QLabel(name, m_pages);
        page->setAlignment(Qt::AlignCenter);
        m_pages->addWidget(page);
    }
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setFixedWidth(160);
    connect(m_steps, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_steps);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_steps->setCurrentRow(0);
    resize(1000, 680);
}

MainWindow::~MainWindow() = default;

void MainWindow::showStep(Step step)
{
    m_steps->setCurrentRow(static_cast<int>(step));
}

MainWindow::Step MainWindow::currentStep() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

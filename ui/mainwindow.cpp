#include "mainwindow.h"

#include "aboutdialog.h"
#include "appservices.h"
#include "connectpage.h"
#include "fileopenfilter.h"
#include "headerbar.h"
#include "historypage.h"
#include "import/supportedfiles.h"
#include "jobsmenu.h"
#include "jobspage.h"
#include "loadpage.h"
#include "mappage.h"
#include "messagebox.h"
#include "notifier.h"
#include "recentfiles.h"
#include "reviewpage.h"
#include "session.h"
#include "syncpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

MainWindow::MainWindow(AppServices* services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_session(new Session(this))
    , m_notifier(new Notifier(this))
    , m_header(new HeaderBar(m_session, this))
    , m_steps(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Torii Sync"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/torii-sync.svg")));
    setAcceptDrops(true);
    buildPages();

    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setIconSize(QSize(22, 22));
    m_steps->setFixedWidth(190);
    m_steps->setFrameShape(QFrame::NoFrame);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_steps, &QListWidget::currentRowChanged, this, &MainWindow::onStepChanged);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_pages, 1);
    rightLayout->addWidget(buildNavigation());

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_steps);
    layout->addWidget(right, 1);
    setCentralWidget(central);
    buildMenus();
    statusBar()->setSizeGripEnabled(true);

    setTabOrder(m_steps, m_pages);
    setTabOrder(m_pages, m_back);
    setTabOrder(m_back, m_next);

    resize(1120, 760);
    restoreSettings();
    m_steps->setCurrentRow(0);

    // macOS "Open With" / a file dropped on the Dock icon arrives as a QFileOpenEvent on the application;
    // it takes the command line's path. The filter is a child, so it leaves the application with the window.
    auto* fileOpen = new FileOpenFilter(this);
    QCoreApplication::instance()->installEventFilter(fileOpen);
    connect(fileOpen, &FileOpenFilter::fileOpenRequested, this, &MainWindow::openFile);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    m_connect = new ConnectPage(m_session, m_services, m_pages);
    m_load = new LoadPage(m_session, m_pages);
    m_map = new MapPage(m_session, &m_services->presets(), m_pages);
    m_review = new ReviewPage(m_session, m_services, m_pages);
    m_sync = new SyncPage(m_session, m_notifier, m_services, m_pages);
    m_history = new HistoryPage(m_session, m_services->history(), m_pages);
    m_jobs = new JobsPage(m_services, m_pages);

    const QStringList icons {QStringLiteral("connect"), QStringLiteral("load"), QStringLiteral("map"),
                             QStringLiteral("review"),  QStringLiteral("sync"), QStringLiteral("history"),
                             QStringLiteral("jobs")};
    const QList<Page*> pages {m_connect, m_load, m_map, m_review, m_sync, m_history, m_jobs};
    for (int i = 0; i < pages.size(); ++i) {
        Page* p = pages.at(i);
        m_pages->addWidget(p);
        auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/step-%1.svg").arg(icons.at(i))), p->title());
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(p->title()).arg(i + 1));
        item->setSizeHint(QSize(180, 44));
        m_steps->addItem(item);
        connect(p, &Page::completeChanged, this, &MainWindow::updateNavigation);
        connect(p, &Page::advanceRequested, this, &MainWindow::goNext);
    }
    connect(m_session, &Session::sourceChanged, this, [this] {
        const QString path = m_session->sourcePath();
        setWindowFilePath(path);
        setWindowTitle(path.isEmpty() ? tr("Torii Sync") : tr("%1 — Torii Sync").arg(QFileInfo(path).fileName()));
    });
    connect(m_sync, &SyncPage::runRecorded, m_history, &HistoryPage::runRecorded);
    connect(m_jobs, &JobsPage::runRecorded, m_history, &HistoryPage::runRecorded);
    connect(m_review, &ReviewPage::rejectsExported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Rejected rows saved to %1").arg(QDir::toNativeSeparators(path)), 10000);
    });
    connect(m_review, &ReviewPage::showCell, this, [this](qsizetype row, int column) {
        showStep(Step::Load);
        m_load->showCell(row, column);
    });
}

QWidget* MainWindow::buildNavigation()
{
    auto* bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("navBar"));
    m_back = new QPushButton(QIcon(), tr("&Back"), bar);
    m_back->setAccessibleName(tr("Back"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next = new QPushButton(tr("&Next"), bar);
    m_next->setObjectName(QStringLiteral("primaryButton"));
    m_next->setAccessibleName(tr("Next step"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(m_back, &QPushButton::clicked, this, &MainWindow::goBack);
    connect(m_next, &QPushButton::clicked, this, &MainWindow::goNext);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(24, 10, 24, 12);
    layout->addWidget(m_back);
    layout->addStretch(1);
    layout->addWidget(m_next);
    return bar;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open =
        file->addAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open Export…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    QMenu* recent = file->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        const QStringList files = RecentFiles::list();
        for (const QString& path : files)
            recent->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })->setToolTip(path);
        recent->setEnabled(true);
        if (files.isEmpty())
            recent->addAction(tr("No recent files"))->setEnabled(false);
    });
    file->addSeparator();
    QAction* demo = file->addAction(QIcon(QStringLiteral(":/icons/sandbox.svg")), tr("Start &Demo (sandbox)"), this,
                                    &MainWindow::startDemo);
    demo->setStatusTip(tr("Use the built-in Torii sandbox so every step works offline"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_map->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    QAction* redo = m_map->undoStack()->createRedoAction(this, tr("&Redo"));
    // QKeySequence::Redo is Ctrl+Shift+Z on Linux and macOS but Ctrl+Y on Windows; listing it beside an explicit
    // Ctrl+Shift+Z registered that sequence twice ("ambiguous shortcut") and left Ctrl+Y dead. Both, once each.
    redo->setShortcuts(redoShortcuts());
    redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < static_cast<int>(Step::Count); ++i) {
        QAction* a =
            go->addAction(page(static_cast<Step>(i))->title(), this, [this, i] { showStep(static_cast<Step>(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    new JobsMenu(this, m_session, m_sync, m_jobs);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Torii Sync"), this, [this] {
        auto* about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
}

QList<QKeySequence> MainWindow::redoShortcuts()
{
    QList<QKeySequence> keys {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)};
    for (const QKeySequence& platform : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!keys.contains(platform))
            keys << platform;
    }
    return keys;
}

Page* MainWindow::page(Step step) const
{
    return qobject_cast<Page*>(m_pages->widget(static_cast<int>(step)));
}

void MainWindow::showStep(Step step)
{
    m_steps->setCurrentRow(static_cast<int>(step));
}

MainWindow::Step MainWindow::currentStep() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

void MainWindow::openFile(const QString& path)
{
    showStep(Step::Load);
    m_load->load(path);
}

void MainWindow::startDemo()
{
    m_connect->selectDemo();
}

void MainWindow::onStepChanged(int row)
{
    if (row < 0)
        return;
    m_pages->setCurrentIndex(row);
    if (Page* p = page(static_cast<Step>(row)))
        p->enter();
    // Going straight to Sync (Review skipped): the dry run that prepares the payload runs here, not a demand
    // to visit Review first.
    if (static_cast<Step>(row) == Step::Sync && m_session->table() && !m_session->hasDryRun() && !m_review->isRunning())
        m_review->runDryRun();
    updateNavigation();
}

void MainWindow::updateNavigation()
{
    const int row = m_pages->currentIndex();
    const Page* p = page(static_cast<Step>(row));
    m_back->setEnabled(row > 0);
    // History and Jobs are places to look, not steps of a sync: no Next there.
    const bool last = row >= static_cast<int>(Step::History);
    m_next->setVisible(!last);
    m_next->setEnabled(p && p->isComplete());
    if (p)
        m_next->setText(p->nextText());
}

void MainWindow::goNext()
{
    const int row = m_pages->currentIndex();
    if (row < static_cast<int>(Step::History) && page(static_cast<Step>(row))->isComplete())
        m_steps->setCurrentRow(row + 1);
}

void MainWindow::goBack()
{
    const int row = m_pages->currentIndex();
    if (row > 0)
        m_steps->setCurrentRow(row - 1);
}

void MainWindow::chooseFile()
{
    auto* dialog =
        new QFileDialog(this, tr("Open a user export"), RecentFiles::lastDirectory(), SupportedFiles::dialogFilter());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openFile);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

QString MainWindow::droppedFile(const QMimeData* mime)
{
    return mime && mime->hasUrls() ? SupportedFiles::firstLocalFile(mime->urls()) : QString();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (droppedFile(event->mimeData()).isEmpty())
        return;
    event->acceptProposedAction();
    m_load->setDropHighlight(true);
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent* event)
{
    m_load->setDropHighlight(false);
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::dropEvent(QDropEvent* event)
{
    m_load->setDropHighlight(false);
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
}

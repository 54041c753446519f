#include "apppickerdialog.h"

#include "format.h"
#include "torii/appsfetch.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace
{
    enum Column
    {
        NameColumn,
        IdColumn
    };
} // namespace

AppPickerDialog::AppPickerDialog(ToriiClient* client, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_model(new QStandardItemModel(0, 2, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelLoading(new QPushButton(tr("Stop &Loading"), this))
{
    setWindowTitle(tr("Choose the Torii app"));
    m_model->setHorizontalHeaderLabels({tr("App"), tr("App ID")});
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1); // name or id
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_search->setAccessibleName(tr("Search the apps"));
    m_search->setPlaceholderText(tr("Type part of the app's name or ID"));
    m_search->setClearButtonEnabled(true);
    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("The org's apps"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Loading the apps"));

    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancelLoading);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_choose = buttons->addButton(tr("&Use This App"), QDialogButtonBox::AcceptRole);
    m_choose->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);
    resize(560, 480);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &AppPickerDialog::updateChoice);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AppPickerDialog::updateChoice);
    connect(m_view, &QTableView::activated, this, [this] {
        updateChoice();
        if (m_appId > 0)
            accept();
    });
    connect(m_cancelLoading, &QPushButton::clicked, this, &AppPickerDialog::cancelLoading);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_appId > 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, &AppPickerDialog::cancelLoading);
}

AppPickerDialog::~AppPickerDialog() = default;

QString AppPickerDialog::statusText() const
{
    return m_status->text();
}

void AppPickerDialog::load()
{
    cancelLoading();
    m_model->removeRows(0, m_model->rowCount());
    m_fetch = new AppsFetch(m_client, QString(), this);
    connect(m_fetch, &AppsFetch::progress, this, [this](qint64 rows, qint64) {
        m_status->setText(tr("Loading the org's apps… %1 so far").arg(Format::count(rows)));
    });
    connect(m_fetch, &AppsFetch::finished, this, &AppPickerDialog::onFetched);
    m_status->setObjectName(QStringLiteral("hintLabel"));
    m_status->style()->polish(m_status);
    m_status->setText(tr("Loading the org's apps…"));
    m_progress->show();
    m_cancelLoading->show();
    m_fetch->start();
}

void AppPickerDialog::cancelLoading()
{
    if (!m_fetch)
        return;
    AppsFetch* fetch = std::exchange(m_fetch, nullptr);
    fetch->disconnect(this);
    fetch->cancel();
    fetch->deleteLater();
    m_progress->hide();
    m_cancelLoading->hide();
    m_status->setText(tr("Stopped: %n app(s) loaded.", nullptr, int(m_model->rowCount())));
}

void AppPickerDialog::onFetched(bool ok)
{
    AppsFetch* fetch = std::exchange(m_fetch, nullptr);
    fetch->deleteLater();
    m_progress->hide();
    m_cancelLoading->hide();
    if (!ok) {
        m_status->setObjectName(QStringLiteral("errorLabel"));
        m_status->style()->polish(m_status);
        m_status->setText(tr("The apps could not be listed: %1").arg(fetch->error().userText));
        emit loaded(false);
        return;
    }
    m_view->setSortingEnabled(false);
    for (const AppsFetch::App& app : fetch->apps()) {
        auto* name = new QStandardItem(app.name);
        name->setData(app.id, Qt::UserRole);
        auto* id = new QStandardItem;
        id->setData(app.id, Qt::DisplayRole); // numeric, so it sorts as a number
        m_model->appendRow({name, id});
    }
    m_view->setSortingEnabled(true);
    m_status->setText(tr("%n app(s) in this org.", nullptr, int(m_model->rowCount())));
    emit loaded(true);
}

void AppPickerDialog::updateChoice()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows(NameColumn);
    // One app left by the search is the obvious choice.
    if (rows.isEmpty() && m_filter->rowCount() == 1)
        rows << m_filter->index(0, NameColumn);
    if (rows.isEmpty()) {
        m_appId = 0;
        m_appName.clear();
    } else {
        m_appId = rows.first().data(Qt::UserRole).toLongLong();
        m_appName = rows.first().data(Qt::DisplayRole).toString();
    }
    m_choose->setEnabled(m_appId > 0);
}

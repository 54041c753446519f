#include "loadpage.h"

#include "dialectbar.h"
#include "format.h"
#include "import/importjob.h"
#include "import/previewmodel.h"
#include "import/supportedfiles.h"
#include "import/table.h"
#include "messagebox.h"
#include "noticetext.h"
#include "previewgrid.h"
#include "recentfiles.h"
#include "richtext.h"
#include "session.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <climits>

LoadPage::LoadPage(Session* session, QWidget* parent)
    : Page(tr("Load"),
           tr("Drop a user export anywhere on this window, or choose one. CSV, TSV, Excel \"Unicode "
              "Text\", XLSX, ODS, XLS and JSON files from any admin console are read as they are."),
           parent)
    , m_session(session)
    , m_job(new ImportJob(this))
    , m_model(new PreviewModel(this))
    , m_dropZone(new QFrame(this))
    , m_recent(new QListWidget(this))
    , m_choose(new QPushButton(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Choose File…"), this))
    , m_busyRow(new QFrame(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"), this))
    , m_busyLabel(new QLabel(this))
    , m_dialect(new DialectBar(this))
    , m_summary(new QLabel(this))
    , m_notices(new QLabel(this))
    , m_view(new PreviewGrid(this))
{
    // Drop zone: the whole window accepts drops; this is where the eye goes.
    m_dropZone->setObjectName(QStringLiteral("dropZone"));
    auto* dropIcon = new QLabel(m_dropZone);
    dropIcon->setPixmap(QIcon(QStringLiteral(":/icons/drop-file.svg")).pixmap(QSize(48, 48), devicePixelRatioF()));
    auto* dropText = new QLabel(RichText::lines({RichText::bold(tr("Drop an export here")),
                                                 RichText::text(tr("Google Workspace, Microsoft 365, Okta, Slack, "
                                                                   "Zoom or any CSV/XLSX/ODS/XLS/JSON user list"))}),
                                m_dropZone);
    dropText->setObjectName(QStringLiteral("dropText"));
    dropText->setWordWrap(true); // the German subtitle was cut at 1024 px
    m_choose->setAccessibleName(tr("Choose a file to load"));
    m_choose->setToolTip(tr("Open a user export (Ctrl+O)"));
    auto* dropLayout = new QHBoxLayout(m_dropZone);
    dropLayout->setContentsMargins(20, 14, 20, 14);
    dropLayout->setSpacing(16);
    dropLayout->addWidget(dropIcon);
    dropLayout->addWidget(dropText, 1);
    dropLayout->addWidget(m_choose);

    m_recent->setObjectName(QStringLiteral("recentFiles"));
    m_recent->setAccessibleName(tr("Recent files"));
    m_recent->setMaximumHeight(80);
    m_recentLabel = new QLabel(tr("&Recent files"), this);
    QLabel* recentLabel = m_recentLabel;
    recentLabel->setObjectName(QStringLiteral("sectionLabel"));
    recentLabel->setBuddy(m_recent);

    m_progress->setAccessibleName(tr("Reading progress"));
    m_cancel->setAccessibleName(tr("Cancel reading"));
    auto* busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(m_progress, 1);
    busyLayout->addWidget(m_cancel);
    m_busyRow->hide();

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notices->setObjectName(QStringLiteral("noticeLabel"));
    m_notices->setWordWrap(true);
    m_notices->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notices->hide();

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("previewGrid"));
    m_view->setAccessibleName(tr("Preview of the loaded file"));

    contentLayout()->addWidget(m_dropZone);
    contentLayout()->addWidget(recentLabel);
    contentLayout()->addWidget(m_recent);
    contentLayout()->addWidget(m_busyRow);
    contentLayout()->addWidget(m_dialect);
    contentLayout()->addWidget(m_summary);
    contentLayout()->addWidget(m_notices);
    contentLayout()->addWidget(m_view, 1);

    connect(m_choose, &QPushButton::clicked, this, &LoadPage::chooseFile);
    connect(m_cancel, &QPushButton::clicked, this, &LoadPage::cancel);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { load(item->data(Qt::UserRole).toString()); });
    connect(m_job, &ImportJob::progress, this, &LoadPage::onProgress);
    connect(m_job, &ImportJob::previewReady, this, &LoadPage::onPreview);
    connect(m_job, &ImportJob::finished, this, &LoadPage::onFinished);
    connect(m_dialect, &DialectBar::optionsChanged, this, &LoadPage::reloadWithOptions);

    setTabOrder(m_choose, m_recent);
    setTabOrder(m_recent, m_cancel);
    setTabOrder(m_cancel, m_dialect);
    setTabOrder(m_dialect, m_view);
    refreshRecent();
}

LoadPage::~LoadPage() = default;

void LoadPage::enter()
{
    refreshRecent();
}

void LoadPage::load(const QString& path, const ImportOptions& options)
{
    m_loadingPath = QFileInfo(path).absoluteFilePath();
    m_loadingOptions = options;
    m_busyLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_progress->setRange(0, 0);
    setBusy(true);
    m_job->start(m_loadingPath, options);
}

void LoadPage::cancel()
{
    m_job->cancel();
}

bool LoadPage::isLoading() const
{
    return m_job->isRunning();
}

bool LoadPage::isComplete() const
{
    return !isLoading() && m_session->table() != nullptr;
}

QString LoadPage::nextText() const
{
    return tr("Continue to &Mapping");
}

QString LoadPage::statusText() const
{
    return m_summary->text();
}

void LoadPage::setDropHighlight(bool on)
{
    m_dropZone->setProperty("active", on);
    m_dropZone->style()->unpolish(m_dropZone);
    m_dropZone->style()->polish(m_dropZone);
}

void LoadPage::showCell(qsizetype row, int column)
{
    m_model->fetchUpTo(row); // the preview exposes rows in chunks: an issue's row may not be fetched yet
    const QModelIndex index = m_model->index(static_cast<int>(row), qMax(0, column));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setFocus();
}

void LoadPage::chooseFile()
{
    auto* dialog =
        new QFileDialog(this, tr("Open a user export"), RecentFiles::lastDirectory(), SupportedFiles::dialogFilter());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { load(path); });
    dialog->open();
}

void LoadPage::onPreview(const std::shared_ptr<const Table>& firstRows)
{
    // The first rows appear while the rest is still being read.
    if (!m_session->table() || m_session->sourcePath() != m_loadingPath) {
        m_model->setTable(firstRows);
        m_view->scrollHome();
    }
}

void LoadPage::onProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(done * 1000 / total));
    m_busyLabel->setText(
        tr("Reading %1… %2 of %3").arg(QFileInfo(m_loadingPath).fileName(), Format::bytes(done), Format::bytes(total)));
}

void LoadPage::onFinished(const ImportResult& result)
{
    setBusy(false);
    if (!result.ok()) {
        m_model->setTable(m_session->table());
        if (result.error.cancelled) {
            m_summary->setText(tr("Reading cancelled."));
        } else {
            m_summary->setText(tr("Could not read %1").arg(QFileInfo(m_loadingPath).fileName()));
            MessageBox::warning(this, tr("Could not read the file"), result.error.toString());
            // A workbook whose sheet failed: its other sheets are offered (the picker reloads this file).
            if (result.sheets.size() > 1) {
                m_pickerPath = m_loadingPath;
                m_dialect->showResult(result, m_loadingOptions);
            }
        }
        emit completeChanged();
        return;
    }
    m_pickerPath.clear();
    RecentFiles::add(m_loadingPath);
    const bool newFile = m_session->sourcePath() != m_loadingPath;
    m_model->setTable(result.table);
    if (newFile)
        m_view->scrollHome();
    m_dialect->showResult(result, m_loadingOptions);
    const bool workbook = result.isWorkbook();
    const QString how = workbook
        ? tr("sheet “%1”").arg(result.sheet)
        : tr("%1, %2").arg(Dialect::encodingName(result.dialect.encoding), Format::delimiter(result.dialect.delimiter));
    // A spreadsheet numbers sheet rows; a text file's header is named by its line, which counts Excel's
    // "sep=" line that the reader's header row leaves out.
    const QString header = workbook
        ? tr("header on row %1").arg(result.dialect.headerRow)
        : tr("header on line %1").arg(result.dialect.headerRow + (result.dialect.sepLine ? 1 : 0));
    const int rows = static_cast<int>(std::min<qsizetype>(result.table->rowCount(), INT_MAX));
    const QString shape = tr("%Ln row(s)", nullptr, rows) + QStringLiteral(", ") +
        tr("%Ln column(s)", nullptr, static_cast<int>(result.table->columnCount()));
    m_summary->setText(QStringLiteral("<b>%1</b> — %2")
                           .arg(QFileInfo(m_loadingPath).fileName().toHtmlEscaped(),
                                QStringList {shape, how, header}.join(QStringLiteral(" · ")).toHtmlEscaped()));
    m_notices->setText(NoticeText::summary(result.notices));
    m_notices->setVisible(!result.notices.isEmpty());

    if (newFile) { // a choice made for one file is not carried to the next: back to the default
        m_session->setPolicy(InvalidRowPolicy::SkipWithinLimit);
        m_session->setMaxInvalidPercent(InvalidRowPolicies::DefaultMaxInvalidPercent);
    }
    m_session->setImport(result, m_loadingOptions);
    if (newFile)
        m_session->setSourcePath(m_loadingPath);
    refreshRecent();
    emit completeChanged();
    emit fileLoaded();
}

void LoadPage::reloadWithOptions(const ImportOptions& options)
{
    const QString path = m_pickerPath.isEmpty() ? m_session->sourcePath() : m_pickerPath;
    if (!path.isEmpty())
        load(path, options);
}

void LoadPage::refreshRecent()
{
    // Once a file is loaded its preview needs the room (File › Open Recent still lists them).
    const bool loaded = m_session->table() != nullptr;
    m_recent->setVisible(!loaded);
    m_recentLabel->setVisible(!loaded);
    m_recent->clear();
    const QStringList files = RecentFiles::list();
    for (const QString& path : files) {
        auto* item = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/step-load.svg")),
            QStringLiteral("%1  —  %2").arg(QFileInfo(path).fileName(), QFileInfo(path).absolutePath()), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (files.isEmpty()) {
        auto* item = new QListWidgetItem(tr("Files you open appear here."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void LoadPage::setBusy(bool busy)
{
    m_busyRow->setVisible(busy);
    m_cancel->setEnabled(busy);
    emit completeChanged();
}

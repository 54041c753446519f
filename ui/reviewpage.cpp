#include "reviewpage.h"

#include "diffview.h"
#include "format.h"
#include "import/sourceline.h"
#include "import/table.h"
#include "issuesmodel.h"
#include "mapping/automatcher.h"
#include "messagebox.h"
#include "noticetext.h"
#include "payload/converter.h"
#include "recentfiles.h"
#include "richtext.h"
#include "session.h"

#include <QButtonGroup>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace
{
    constexpr qint64 ExcerptBytes = 4096;

    void setTone(QLabel* label, const char* tone)
    {
        label->setProperty("tone", QLatin1String(tone));
        label->style()->unpolish(label);
        label->style()->polish(label);
    }
} // namespace

ReviewPage::ReviewPage(Session* session, AppServices* services, QWidget* parent)
    : Page(tr("Review"), tr("A dry run of what would be sent: nothing leaves this computer until you start the sync."),
           parent)
    , m_session(session)
    , m_issues(new IssuesModel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"), this))
    , m_block(new QRadioButton(tr("&Block the sync while any row has an error"), this))
    , m_skip(new QRadioButton(tr("&Skip rows with errors and sync the rest"), this))
    , m_limit(new QRadioButton(tr("Skip rows with errors while they are at &most"), this))
    , m_maxInvalid(new QSpinBox(this))
    , m_issuesView(new QTableView(this))
    , m_exportRejects(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("E&xport Rejected Rows…"), this))
    , m_noIssues(new QLabel(this))
    , m_payloadInfo(new QLabel(this))
    , m_excerpt(new QPlainTextEdit(this))
    , m_notices(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_diff(new DiffView(session, services, this))
{
    auto* counts = new QHBoxLayout;
    counts->setSpacing(12);
    counts->addWidget(makeCount(tr("users to sync"), &m_users, &m_usersCaption));
    counts->addWidget(makeCount(tr("licences"), &m_licenses, nullptr));
    counts->addWidget(makeCount(tr("rows rejected"), &m_rejected, nullptr));
    counts->addWidget(makeCount(tr("warnings"), &m_warnings, nullptr));

    m_status->setWordWrap(true);
    m_progress->setAccessibleName(tr("Dry run progress"));
    m_cancel->setAccessibleName(tr("Cancel the dry run"));
    m_exportRejects->setObjectName(QStringLiteral("exportRejects"));
    m_exportRejects->setAccessibleName(tr("Export rejected rows"));
    auto* busy = new QHBoxLayout;
    busy->addWidget(m_status, 1);
    busy->addWidget(m_progress);
    busy->addWidget(m_cancel);

    auto* policies = new QButtonGroup(this);
    policies->addButton(m_block);
    policies->addButton(m_skip);
    policies->addButton(m_limit);
    m_limit->setAccessibleName(tr("Skip invalid rows up to a share of the rows"));
    m_maxInvalid->setRange(0, 100);
    m_maxInvalid->setSuffix(tr("% of the rows, block above"));
    m_maxInvalid->setAccessibleName(tr("Largest share of invalid rows to skip, in percent"));
    m_block->setAccessibleName(tr("Block the sync on errors"));
    m_skip->setAccessibleName(tr("Skip invalid rows"));
    // Label and the two choices one above the other: side by side, the German labels ran past 1024 px.
    auto* policyRow = new QHBoxLayout;
    auto* policyLabel = new QLabel(tr("Invalid rows:"), this);
    policyLabel->setObjectName(QStringLiteral("sectionLabel"));
    auto* limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limit);
    limitRow->addWidget(m_maxInvalid);
    limitRow->addStretch(1);
    auto* choices = new QVBoxLayout;
    choices->setSpacing(2);
    choices->addLayout(limitRow);
    choices->addWidget(m_block);
    choices->addWidget(m_skip);
    policyRow->addWidget(policyLabel, 0, Qt::AlignTop);
    policyRow->addLayout(choices);
    policyRow->addStretch(1);

    m_issuesView->setModel(m_issues);
    m_issuesView->setObjectName(QStringLiteral("issuesView"));
    m_issuesView->setAccessibleName(tr("Issues found in the data"));
    m_issuesView->setToolTip(tr("Press Enter or double-click to see the cell in the preview"));
    m_issuesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issuesView->setAlternatingRowColors(true);
    m_issuesView->verticalHeader()->hide();
    m_issuesView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_issuesView->verticalHeader()->setDefaultSectionSize(m_issuesView->fontMetrics().height() + 8);
    m_issuesView->horizontalHeader()->setStretchLastSection(true);
    // Whole rows are selected, so a highlighting header would draw every title bold, wider than its column.
    m_issuesView->horizontalHeader()->setHighlightSections(false);
    m_issuesView->horizontalHeader()->resizeSection(IssuesModel::RowColumn, 60);
    m_issuesView->horizontalHeader()->resizeSection(IssuesModel::SeverityColumn, 90);
    m_issuesView->horizontalHeader()->resizeSection(IssuesModel::ColumnColumn, 180);
    m_issuesView->horizontalHeader()->resizeSection(IssuesModel::FieldColumn, 100);

    m_payloadInfo->setObjectName(QStringLiteral("sectionLabel"));
    m_payloadInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_excerpt->setReadOnly(true);
    m_excerpt->setAccessibleName(tr("Payload excerpt"));
    m_excerpt->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_excerpt->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_excerpt->setMaximumHeight(120);

    auto* issuesLabel = new QLabel(tr("&Issues"), this);
    issuesLabel->setObjectName(QStringLiteral("sectionLabel"));
    issuesLabel->setBuddy(m_issuesView);
    m_noIssues->setObjectName(QStringLiteral("hintLabel"));
    m_noIssues->setText(tr("No issues: every row can be sent as it is."));
    m_noIssues->hide();
    auto* issuesRow = new QHBoxLayout;
    issuesRow->addWidget(issuesLabel);
    issuesRow->addStretch(1);
    issuesRow->addWidget(m_exportRejects);

    contentLayout()->addLayout(counts);
    contentLayout()->addLayout(busy);
    contentLayout()->addLayout(policyRow);
    // What the reader noticed (e.g. lines that are not valid UTF-8) stays in view up to the sync.
    m_notices->setObjectName(QStringLiteral("noticeLabel"));
    m_notices->setAccessibleName(tr("Reading notices"));
    m_notices->setWordWrap(true);
    m_notices->setTextFormat(Qt::PlainText);
    m_notices->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notices->hide();
    contentLayout()->addWidget(m_notices);
    // The issues in the data and what the sync changes in Torii share the room, one tab each.
    auto* issuesTab = new QWidget(m_tabs);
    auto* issuesLayout = new QVBoxLayout(issuesTab);
    issuesLayout->setContentsMargins(0, 6, 0, 0);
    issuesLayout->addLayout(issuesRow);
    issuesLayout->addWidget(m_noIssues);
    issuesLayout->addWidget(m_issuesView, 1);
    m_tabs->addTab(issuesTab, tr("Issues in the data"));
    m_tabs->addTab(m_diff, tr("Changes in Torii"));
    contentLayout()->addWidget(m_tabs, 1);
    contentLayout()->addWidget(m_payloadInfo);
    contentLayout()->addWidget(m_excerpt);

    showPolicy();
    const auto choose = [this](InvalidRowPolicy policy) {
        m_session->setPolicy(policy);
        if (isVisible())
            runDryRun();
    };
    connect(m_block, &QRadioButton::clicked, this, [choose] { choose(InvalidRowPolicy::Block); });
    connect(m_skip, &QRadioButton::clicked, this, [choose] { choose(InvalidRowPolicy::SkipInvalidRows); });
    connect(m_limit, &QRadioButton::clicked, this, [choose] { choose(InvalidRowPolicy::SkipWithinLimit); });
    connect(m_maxInvalid, &QSpinBox::editingFinished, this, [this] {
        if (m_maxInvalid->value() == qRound(m_session->maxInvalidPercent()))
            return;
        m_session->setMaxInvalidPercent(m_maxInvalid->value());
        m_session->setPolicy(InvalidRowPolicy::SkipWithinLimit);
        if (isVisible())
            runDryRun();
    });
    connect(m_session, &Session::policyChanged, this, &ReviewPage::showPolicy);
    connect(m_session, &Session::dryRunChanged, this, &ReviewPage::showResult);
    connect(m_cancel, &QPushButton::clicked, this, &ReviewPage::cancel);
    connect(m_exportRejects, &QPushButton::clicked, this, &ReviewPage::chooseRejectsFile);
    connect(m_issuesView, &QTableView::activated, this, &ReviewPage::activateIssue);
    m_dryRun.onFinished([this](const ConvertResult& result) { onFinished(result); });
    m_dryRun.onProgress([this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    });
    showResult();
}

ReviewPage::~ReviewPage() = default;

QWidget* ReviewPage::makeCount(const QString& caption, QLabel** value, QLabel** captionLabel)
{
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    *value = new QLabel(QStringLiteral("—"), card);
    (*value)->setObjectName(QStringLiteral("countValue"));
    auto* text = new QLabel(caption, card);
    text->setObjectName(QStringLiteral("countCaption"));
    if (captionLabel)
        *captionLabel = text;
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(0);
    layout->addWidget(*value);
    layout->addWidget(text);
    return card;
}

void ReviewPage::enter()
{
    if (!m_session->hasDryRun() && !m_dryRun.isRunning())
        runDryRun();
}

bool ReviewPage::isComplete() const
{
    return m_session->hasDryRun() && m_session->dryRun().ok;
}

QString ReviewPage::nextText() const
{
    return tr("Continue to &Sync");
}

QString ReviewPage::countsText() const
{
    return QStringLiteral("%1 %2 %3").arg(m_users->text(), m_licenses->text(), m_rejected->text());
}

QString ReviewPage::statusText() const
{
    return m_status->text();
}

QString ReviewPage::usersCaption() const
{
    return m_usersCaption->text();
}

void ReviewPage::runDryRun()
{
    const auto table = m_session->table();
    if (!table) {
        m_status->setText(tr("Load an export first."));
        return;
    }
    // The previous run writes the same payload file: it stops before this one starts.
    m_dryRun.cancelAndWait();
    ConvertOptions options;
    options.payloadPath = m_work.filePath(QStringLiteral("payload.json"));
    options.rejectsPath = m_work.filePath(QStringLiteral("rejected-rows.csv"));
    options.policy = m_session->policy();
    options.maxInvalidPercent = m_session->maxInvalidPercent();
    options.collectUsers = true; // the Sync page's safe-sync diff compares these with the last sync
    m_dryRun.start([table, mapping = m_session->mapping(), options](const auto& worker) {
        return Converter::run(*table, mapping, options, worker.progressCallback(), worker.cancelFlag());
    });
    m_status->setText(tr("Checking %Ln row(s)…", nullptr, static_cast<int>(table->rowCount())));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    emit completeChanged();
}

void ReviewPage::cancel()
{
    m_dryRun.cancel();
}

void ReviewPage::onFinished(const ConvertResult& result)
{
    if (result.cancelled) {
        m_status->setText(tr("Dry run cancelled."));
        m_progress->hide();
        m_cancel->hide();
        emit completeChanged();
        return;
    }
    m_session->setDryRun(result); // -> showResult()
    emit completeChanged();
}

void ReviewPage::showResult()
{
    m_progress->setVisible(m_dryRun.isRunning());
    m_cancel->setVisible(m_dryRun.isRunning());
    m_notices->setText(NoticeText::summary(m_session->importResult().notices));
    m_notices->setVisible(!m_session->importResult().notices.isEmpty());
    if (!m_session->hasDryRun()) {
        for (QLabel* l : {m_users, m_licenses, m_rejected, m_warnings})
            l->setText(QStringLiteral("—"));
        m_usersCaption->setText(tr("users to sync"));
        m_issues->setIssues({});
        m_noIssues->hide();
        m_issuesView->show();
        m_payloadInfo->clear();
        m_excerpt->clear();
        m_payloadInfo->hide();
        m_excerpt->hide();
        m_exportRejects->setEnabled(false);
        if (!m_dryRun.isRunning())
            m_status->setText(tr("The dry run starts when you open this page."));
        emit completeChanged();
        return;
    }
    const ConvertResult& r = m_session->dryRun();
    // Blocked, nothing is written: the card counts the rows that are valid, and says they wait.
    const qint64 valid = r.blocked ? qMax<qint64>(0, r.rows - r.rejected) : r.users;
    m_users->setText(Format::count(valid));
    m_usersCaption->setText(r.blocked ? tr("valid users, waiting") : tr("users to sync"));
    m_licenses->setText(Format::count(r.licenses));
    m_rejected->setText(Format::count(r.rejected));
    m_warnings->setText(Format::count(r.warnings));
    setTone(m_users, r.users > 0 ? "ok" : "");
    setTone(m_rejected, r.rejected > 0 || r.blocked ? "bad" : "");
    m_issues->setIssues(r.issues);
    const bool noIssues = r.issues.isEmpty();
    m_noIssues->setVisible(noIssues);
    m_issuesView->setVisible(!noIssues);
    m_exportRejects->setEnabled(!r.rejectsPath.isEmpty() && (r.rejected > 0 || r.errors > 0));
    QString status;
    if (r.blocked && r.allowedInvalid > 0) {
        status = tr("The sync is blocked: %n row(s) have errors,", nullptr, static_cast<int>(r.rejected)) + u' ' +
            tr("more than the %1% of %2 rows that may be skipped.")
                .arg(QLocale().toString(m_session->maxInvalidPercent()), Format::count(r.rows)) +
            u' ' +
            tr("%n valid user(s) wait: fix the file or the mapping, or raise the share.", nullptr,
               static_cast<int>(valid));
        status = QStringLiteral("<b style='color:#b3261e'>%1</b>").arg(status.toHtmlEscaped());
    } else if (r.blocked) {
        status = tr("The sync is blocked by %n row(s) with errors.", nullptr, static_cast<int>(r.rejected)) + u' ' +
            tr("%n valid user(s) wait: fix the file or the mapping, or choose to skip rows with errors.", nullptr,
               static_cast<int>(valid));
        status = QStringLiteral("<b style='color:#b3261e'>%1</b>").arg(status.toHtmlEscaped());
    } else if (!r.ok) {
        status = QStringLiteral("<b style='color:#b3261e'>%1</b> %2")
                     .arg(tr("Nothing to send:").toHtmlEscaped(), r.error.toHtmlEscaped());
    } else {
        QString ready = tr("%n user(s)", nullptr, static_cast<int>(r.users)) + u' ' +
            tr("and %n licence(s) will be sent.", nullptr, static_cast<int>(r.licenses));
        if (r.rejected > 0)
            ready += u' ' + tr("%n row(s) with errors are left out.", nullptr, static_cast<int>(r.rejected));
        status = QStringLiteral("<b style='color:#1e7a44'>%1</b> %2")
                     .arg(tr("Ready.").toHtmlEscaped(), ready.toHtmlEscaped());
    }
    // Why rows are left out, and mapped columns that are mostly blank: the status line says it all at once.
    QStringList notes;
    if (r.ok && r.rejected > 0) {
        QStringList why;
        for (auto it = r.rejectedByField.begin(); it != r.rejectedByField.end(); ++it) {
            const std::optional<TargetField> field = ToriiSchema::fromKey(it.key());
            why.append(tr("%1: %2").arg(field ? ToriiSchema::info(*field).label() : it.key()).arg(it.value()));
        }
        notes.append(tr("Rows left out by the field of their first error: %1").arg(why.join(QStringLiteral(", "))));
    }
    if (r.merged > 0)
        notes.append(tr("%n row(s) repeating a user were merged into the first.", nullptr, int(r.merged)));
    if (r.withoutUser > 0)
        notes.append(tr("%n row(s) without a user were left out.", nullptr, int(r.withoutUser)));
    if (!r.unknownStatusWords.isEmpty()) {
        // The same words the Map page counts as unknown status values.
        notes.append(tr("%n unknown status value(s), sent without a status: %1", nullptr,
                        static_cast<int>(r.unknownStatusWords.size()))
                         .arg(r.unknownStatusWords.mid(0, 5).join(QStringLiteral(", "))));
    }
    if (const auto table = m_session->table())
        notes +=
            AutoMatcher::blankColumnWarnings(m_session->mapping(), table->columnNames(), m_session->columnProfiles());
    for (const QString& note : std::as_const(notes))
        status += QStringLiteral("<br>") + note.toHtmlEscaped();
    m_status->setText(status);
    // Blocked or failed: no payload, so no empty white box where its excerpt would be.
    m_payloadInfo->setVisible(r.ok);
    m_excerpt->setVisible(r.ok);
    if (r.ok) {
        m_payloadInfo->setText(
            tr("Payload: %1 · SHA-256 %2")
                .arg(Format::bytes(r.payloadBytes), QString::fromLatin1(r.sha256Hex.left(16)) + QStringLiteral("…")));
        QFile payload(r.payloadPath);
        if (payload.open(QIODevice::ReadOnly)) {
            QString text = QString::fromUtf8(payload.read(ExcerptBytes));
            if (payload.size() > ExcerptBytes)
                text += QStringLiteral("\n…");
            m_excerpt->setPlainText(text);
        }
    } else {
        m_payloadInfo->clear();
        m_excerpt->clear();
    }
    emit completeChanged();
}

void ReviewPage::showPolicy()
{
    const QSignalBlocker blockBlock(m_block);
    const QSignalBlocker blockSkip(m_skip);
    const QSignalBlocker blockLimit(m_limit);
    const QSignalBlocker blockSpin(m_maxInvalid);
    m_block->setChecked(m_session->policy() == InvalidRowPolicy::Block);
    m_skip->setChecked(m_session->policy() == InvalidRowPolicy::SkipInvalidRows);
    m_limit->setChecked(m_session->policy() == InvalidRowPolicy::SkipWithinLimit);
    m_maxInvalid->setValue(qRound(m_session->maxInvalidPercent()));
}

void ReviewPage::activateIssue(const QModelIndex& index)
{
    const auto table = m_session->table();
    if (!table || !index.isValid())
        return;
    const ValidationIssue& issue = m_issues->issue(index.row());
    if (issue.row <= 0)
        return;
    // Issues name the source line; the Load page shows the data row that starts there.
    const qsizetype row = SourceLine::rowAt(*table, issue.row);
    if (row < 0)
        return;
    emit showCell(row, static_cast<int>(table->columnNames().indexOf(issue.column)));
}

void ReviewPage::chooseRejectsFile()
{
    auto* dialog =
        new QFileDialog(this, tr("Export rejected rows"),
                        RecentFiles::lastDirectory() + QStringLiteral("/rejected-rows.csv"), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportRejects(path); });
    dialog->open();
}

bool ReviewPage::exportRejects(const QString& path)
{
    QFile source(m_session->dryRun().rejectsPath);
    QSaveFile target(path);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly)) {
        MessageBox::warning(this, tr("Rejected rows not exported"),
                            tr("Could not write %1: %2").arg(path, target.errorString()));
        return false;
    }
    while (!source.atEnd())
        target.write(source.read(1 << 20));
    if (!target.commit()) {
        MessageBox::warning(this, tr("Rejected rows not exported"),
                            tr("Could not write %1: %2").arg(path, target.errorString()));
        return false;
    }
    m_payloadInfo->show();
    m_payloadInfo->setText(tr("Rejected rows saved to %1").arg(QDir::toNativeSeparators(path)));
    emit rejectsExported(path);
    return true;
}

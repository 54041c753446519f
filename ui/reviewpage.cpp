#include "reviewpage.h"

#include "format.h"
#include "import/sourceline.h"
#include "import/table.h"
#include "issuesmodel.h"
#include "messagebox.h"
#include "payload/converter.h"
#include "recentfiles.h"
#include "richtext.h"
#include "session.h"

#include <QButtonGroup>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStyle>
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

ReviewPage::ReviewPage(Session* session, QWidget* parent)
    : Page(tr("Review"), tr("A dry run of what would be sent: nothing leaves this computer until you start the sync."),
           parent)
    , m_session(session)
    , m_issues(new IssuesModel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"), this))
    , m_block(new QRadioButton(tr("&Block the sync while any row has an error"), this))
    , m_skip(new QRadioButton(tr("&Skip rows with errors and sync the rest"), this))
    , m_issuesView(new QTableView(this))
    , m_exportRejects(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("E&xport Rejected Rows…"), this))
    , m_payloadInfo(new QLabel(this))
    , m_excerpt(new QPlainTextEdit(this))
{
    auto* counts = new QHBoxLayout;
    counts->setSpacing(12);
    counts->addWidget(makeCount(tr("users to sync"), &m_users));
    counts->addWidget(makeCount(tr("licences"), &m_licenses));
    counts->addWidget(makeCount(tr("rows rejected"), &m_rejected));
    counts->addWidget(makeCount(tr("warnings"), &m_warnings));

    m_status->setWordWrap(true);
    m_progress->setAccessibleName(tr("Dry run progress"));
    m_cancel->setAccessibleName(tr("Cancel the dry run"));
    auto* busy = new QHBoxLayout;
    busy->addWidget(m_status, 1);
    busy->addWidget(m_progress);
    busy->addWidget(m_cancel);

    auto* policies = new QButtonGroup(this);
    policies->addButton(m_block);
    policies->addButton(m_skip);
    m_block->setAccessibleName(tr("Block the sync on errors"));
    m_skip->setAccessibleName(tr("Skip invalid rows"));
    auto* policyRow = new QHBoxLayout;
    auto* policyLabel = new QLabel(tr("Invalid rows:"), this);
    policyLabel->setObjectName(QStringLiteral("sectionLabel"));
    policyRow->addWidget(policyLabel);
    policyRow->addWidget(m_block);
    policyRow->addWidget(m_skip);
    policyRow->addStretch(1);
    policyRow->addWidget(m_exportRejects);

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
    m_excerpt->setMaximumHeight(150);

    auto* issuesLabel = new QLabel(tr("&Issues"), this);
    issuesLabel->setObjectName(QStringLiteral("sectionLabel"));
    issuesLabel->setBuddy(m_issuesView);

    contentLayout()->addLayout(counts);
    contentLayout()->addLayout(busy);
    contentLayout()->addLayout(policyRow);
    contentLayout()->addWidget(issuesLabel);
    contentLayout()->addWidget(m_issuesView, 1);
    contentLayout()->addWidget(m_payloadInfo);
    contentLayout()->addWidget(m_excerpt);

    m_block->setChecked(m_session->policy() == InvalidRowPolicy::Block);
    m_skip->setChecked(m_session->policy() == InvalidRowPolicy::SkipInvalidRows);
    connect(m_block, &QRadioButton::toggled, this, [this](bool on) {
        m_session->setPolicy(on ? InvalidRowPolicy::Block : InvalidRowPolicy::SkipInvalidRows);
        if (isVisible())
            runDryRun();
    });
    connect(m_session, &Session::policyChanged, this, [this] {
        const QSignalBlocker b(m_block);
        m_block->setChecked(m_session->policy() == InvalidRowPolicy::Block);
        m_skip->setChecked(m_session->policy() == InvalidRowPolicy::SkipInvalidRows);
    });
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

QWidget* ReviewPage::makeCount(const QString& caption, QLabel** value)
{
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    *value = new QLabel(QStringLiteral("—"), card);
    (*value)->setObjectName(QStringLiteral("countValue"));
    auto* text = new QLabel(caption, card);
    text->setObjectName(QStringLiteral("countCaption"));
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
    if (!m_session->hasDryRun()) {
        for (QLabel* l : {m_users, m_licenses, m_rejected, m_warnings})
            l->setText(QStringLiteral("—"));
        m_issues->setIssues({});
        m_payloadInfo->clear();
        m_excerpt->clear();
        m_exportRejects->setEnabled(false);
        if (!m_dryRun.isRunning())
            m_status->setText(tr("The dry run starts when you open this page."));
        emit completeChanged();
        return;
    }
    const ConvertResult& r = m_session->dryRun();
    m_users->setText(Format::count(r.users));
    m_licenses->setText(Format::count(r.licenses));
    m_rejected->setText(Format::count(r.rejected));
    m_warnings->setText(Format::count(r.warnings));
    setTone(m_users, r.users > 0 ? "ok" : "");
    setTone(m_rejected, r.rejected > 0 || r.blocked ? "bad" : "");
    m_issues->setIssues(r.issues);
    m_exportRejects->setEnabled(!r.rejectsPath.isEmpty() && (r.rejected > 0 || r.errors > 0));
    if (r.blocked) {
        m_status->setText(RichText::bold(tr("The sync is blocked:"), RichText::Tone::Error) + QLatin1Char(' ') +
                          RichText::text(tr("%Ln error(s) in the data. Fix the file or the mapping, or choose to skip "
                                            "rows with errors.",
                                            nullptr, static_cast<int>(r.errors))));
    } else if (!r.ok) {
        m_status->setText(RichText::bold(tr("Nothing to send:"), RichText::Tone::Error) + QLatin1Char(' ') +
                          RichText::text(r.error));
    } else {
        QString sent = tr("%1 and %2 will be sent.")
                           .arg(tr("%Ln user(s)", nullptr, static_cast<int>(r.users)),
                                tr("%Ln licence(s)", nullptr, static_cast<int>(r.licenses)));
        if (r.rejected > 0)
            sent +=
                QLatin1Char(' ') + tr("%Ln row(s) with errors are left out.", nullptr, static_cast<int>(r.rejected));
        m_status->setText(RichText::bold(tr("Ready."), RichText::Tone::Good) + QLatin1Char(' ') + RichText::text(sent));
    }
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
    return true;
}

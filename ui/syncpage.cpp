#include "syncpage.h"

#include "format.h"
#include "history/historystore.h"
#include "history/syncjournal.h"
#include "notifier.h"
#include "session.h"
#include "stagerow.h"
#include "torii/syncpipeline.h"
#include "torii/toriiclient.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

SyncPage::SyncPage(Session* session, Notifier* notifier, QWidget* parent)
    : Page(tr("Sync"), tr("Send the users to Torii in five stages. A failed run resumes where it stopped."), parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_nam(new QNetworkAccessManager(this))
    , m_client(new ToriiClient(m_nam, this))
    , m_pipeline(new SyncPipeline(m_client, this))
    , m_store(std::make_unique<HistoryStore>())
    , m_journal(new SyncJournal(m_store.get(), m_pipeline, this))
    , m_readiness(new QLabel(this))
    , m_progressText(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_start(new QPushButton(QIcon(QStringLiteral(":/icons/play.svg")), tr("&Start Sync"), this))
    , m_cancel(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Cancel"), this))
    , m_retry(new QPushButton(QIcon(QStringLiteral(":/icons/retry.svg")), tr("&Retry"), this))
    , m_ticker(new QTimer(this))
{
    m_readiness->setWordWrap(true);
    m_start->setObjectName(QStringLiteral("primaryButton"));
    m_start->setAccessibleName(tr("Start the sync"));
    m_cancel->setAccessibleName(tr("Cancel the sync"));
    m_retry->setAccessibleName(tr("Retry or resume the sync"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_readiness, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_start);
    contentLayout()->addLayout(buttons);

    auto* stages = new QVBoxLayout;
    stages->setSpacing(4);
    for (const SyncStage stage : SyncStages::all())
        m_rows << new StageRow(Format::stagesInRunOrder().indexOf(stage) + 1, SyncStages::displayName(stage), this);
    // Shown in the order a run performs them (m_rows stays indexed by SyncStages::index for row()).
    int titleWidth = 0;
    for (const SyncStage stage : Format::stagesInRunOrder()) {
        stages->addWidget(row(stage));
        titleWidth = qMax(titleWidth, row(stage)->titleWidth());
    }
    for (StageRow* r : std::as_const(m_rows))
        r->setTitleWidth(titleWidth);
    contentLayout()->addLayout(stages);
    m_progressText->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addWidget(m_progressText);
    contentLayout()->addWidget(m_summary);
    auto* logLabel = new QLabel(tr("&Log"), this);
    logLabel->setObjectName(QStringLiteral("sectionLabel"));
    logLabel->setBuddy(m_log);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Sync log"));
    m_log->setMaximumBlockCount(5000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMinimumHeight(60);
    contentLayout()->addWidget(logLabel);
    contentLayout()->addWidget(m_log, 1);

    m_ticker->setInterval(500);
    connect(m_ticker, &QTimer::timeout, this, &SyncPage::tick);
    connect(m_start, &QPushButton::clicked, this, &SyncPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &SyncPage::cancel);
    connect(m_retry, &QPushButton::clicked, this, &SyncPage::retry);
    connect(m_pipeline, &SyncPipeline::stageStarted, this, &SyncPage::onStageStarted);
    connect(m_pipeline, &SyncPipeline::stageProgress, this, &SyncPage::onStageProgress);
    connect(m_pipeline, &SyncPipeline::stageFinished, this, &SyncPage::onStageFinished);
    connect(m_pipeline, &SyncPipeline::stageFailed, this, &SyncPage::onStageFailed);
    connect(m_pipeline, &SyncPipeline::retrying, this, &SyncPage::onRetrying);
    connect(m_pipeline, &SyncPipeline::logLine, this, &SyncPage::appendLog);
    connect(m_pipeline, &SyncPipeline::finished, this, &SyncPage::onFinished);
    connect(m_journal, &SyncJournal::recorded, this, &SyncPage::runRecorded);
    connect(m_session, &Session::connectionChanged, this, &SyncPage::updateReadiness);
    connect(m_session, &Session::dryRunChanged, this, [this] {
        // New data means a new run; a finished or failed run of the old payload is not resumed by accident.
        if (m_pipeline->isRunning())
            return;
        m_pipeline->reset();
        for (StageRow* r : std::as_const(m_rows))
            r->reset();
        m_summary->clear();
        m_progressText->clear();
        m_log->clear(); // the previous file's log does not belong to the new data
        m_clock.invalidate();
        updateReadiness();
    });
    updateReadiness();
}

SyncPage::~SyncPage()
{
    // The journal writes its last word through the store and the pipeline: it goes first.
    delete m_journal;
}

void SyncPage::enter()
{
    updateReadiness();
}

bool SyncPage::isComplete() const
{
    return m_pipeline->outcome() == SyncPipeline::Outcome::Succeeded;
}

QString SyncPage::nextText() const
{
    return tr("See &History");
}

bool SyncPage::isRunning() const
{
    return m_pipeline->isRunning();
}

StageRow* SyncPage::row(SyncStage stage) const
{
    const int i = SyncStages::index(stage);
    return i >= 0 ? m_rows.value(i) : nullptr;
}

QString SyncPage::summaryText() const
{
    return m_summary->text();
}

QString SyncPage::logText() const
{
    return m_log->toPlainText();
}

void SyncPage::updateReadiness()
{
    const Session::Connection c = m_session->connection();
    const bool running = m_pipeline->isRunning();
    QString problem;
    if (c.orgName.isEmpty())
        problem = tr("Connect first: validate an API key on the Connect page.");
    else if (c.appAccountId.isEmpty())
        problem = tr("Enter the app account ID on the Connect page.");
    else if (!m_session->table())
        problem = tr("Load an export first.");
    else if (!m_session->hasDryRun())
        problem = tr("Checking the data (dry run) before anything is sent…");
    else if (m_session->dryRun().blocked)
        problem = tr("The sync is blocked by rows with errors: fix them or choose to skip them on the Review page.");
    else if (!m_session->dryRun().ok)
        problem = tr("Nothing can be sent: %1").arg(m_session->dryRun().error);
    const auto outcome = m_pipeline->outcome();
    const bool stopped = outcome == SyncPipeline::Outcome::Failed || outcome == SyncPipeline::Outcome::Cancelled;
    if (!running) {
        if (!problem.isEmpty())
            m_readiness->setText(problem);
        else if (outcome == SyncPipeline::Outcome::Succeeded)
            m_readiness->setText(tr("Synced. Load another export or change the mapping to sync again."));
        else if (stopped && m_pipeline->syncOutcomeUnknown())
            m_readiness->setText(tr("Torii may already be syncing this file: check it in Torii, then resume."));
        else if (stopped)
            m_readiness->setText(tr("Stopped. Finished stages are kept: the run continues at the stage that stopped."));
        else
            m_readiness->setText(
                tr("Ready to send %1 users to <b>%2</b>, app account %3.")
                    .arg(Format::count(m_session->dryRun().users), c.orgName.toHtmlEscaped(), c.appAccountId));
    }
    // One start per reviewed payload: a second sync of the same file only through a new dry run.
    m_start->setEnabled(problem.isEmpty() && !running && outcome == SyncPipeline::Outcome::None);
    m_cancel->setEnabled(running);
    m_retry->setEnabled(!running && stopped && problem.isEmpty());
    // The button says what the text above it says.
    m_retry->setText(m_journal->refused() ? tr("Send &again")
                         : outcome == SyncPipeline::Outcome::Cancelled || m_pipeline->syncOutcomeUnknown()
                         ? tr("&Resume")
                         : tr("&Retry"));
}

void SyncPage::start()
{
    if (m_pipeline->isRunning())
        return;
    const Session::Connection c = m_session->connection();
    const ConvertResult& dry = m_session->dryRun();
    m_pipeline->reset();
    for (StageRow* r : std::as_const(m_rows))
        r->reset();
    m_log->clear();
    m_summary->clear();
    m_client->setBaseUrl(QUrl(c.apiUrl));
    m_client->setApiKey(m_session->apiKey());
    // Stage 2 reuses the dry run's payload: the same bytes the admin reviewed are the bytes sent.
    m_pipeline->setPayloadFile(dry.payloadPath, dry.users, dry.licenses);
    m_pipeline->setAppAccountId(c.appAccountId.toLongLong());

    // The run's history row exists before anything is sent (SyncJournal): an interrupted run of this payload
    // is continued by the next one, never synced twice.
    HistoryRecord base;
    base.started = QDateTime::currentDateTimeUtc();
    base.profile = c.profileName;
    base.apiUrl = c.apiUrl;
    base.appAccountId = c.appAccountId.toLongLong();
    base.sourceFile = QFileInfo(m_session->sourcePath()).fileName();
    base.preset = m_session->presetName().isEmpty() ? QStringLiteral("auto") : m_session->presetName();
    base.users = dry.users;
    base.licenses = dry.licenses;
    base.rejected = dry.rejected;
    base.warnings = dry.warnings;
    base.payloadSha256Hex = dry.sha256Hex;
    m_journal->setForce(false);
    if (!m_journal->begin(base)) {
        m_summary->setText(
            tr("<b style='color:#b3261e'>Not started.</b> %1").arg(m_journal->errorString().toHtmlEscaped()));
        return;
    }

    m_bytesDone = 0;
    m_bytesTotal = dry.payloadBytes;
    m_clock.start();
    m_ticker->start();
    appendLog(tr("Sending %1 users to %2 (app account %3)").arg(Format::count(dry.users), c.orgName, c.appAccountId));
    m_pipeline->start();
    updateReadiness();
}

void SyncPage::cancel()
{
    m_pipeline->cancel();
}

void SyncPage::retry()
{
    if (m_pipeline->isRunning())
        return;
    m_summary->clear();
    // After a refusal (an earlier run's sync may have reached Torii) this button is "Send again": forced.
    m_journal->setForce(m_journal->refused());
    if (!m_journal->begin(m_journal->record())) {
        m_summary->setText(
            tr("<b style='color:#b3261e'>Not resumed.</b> %1").arg(m_journal->errorString().toHtmlEscaped()));
        return;
    }
    m_client->setApiKey(m_session->apiKey());
    if (!m_clock.isValid())
        m_clock.start();
    m_ticker->start();
    appendLog(tr("Resuming at stage “%1”").arg(SyncStages::displayName(m_pipeline->nextStage())));
    m_pipeline->resume();
    updateReadiness();
}

void SyncPage::onStageStarted(SyncStage stage)
{
    if (StageRow* r = row(stage))
        r->setRunning();
    m_readiness->setText(tr("Stage %1 of 5: %2…")
                             .arg(Format::stagesInRunOrder().indexOf(stage) + 1)
                             .arg(SyncStages::displayName(stage)));
    updateReadiness();
}

void SyncPage::onStageProgress(SyncStage stage, qint64 done, qint64 total)
{
    QString detail;
    if (stage == SyncStage::Upload || stage == SyncStage::FormatData) {
        m_bytesDone = done;
        m_bytesTotal = total;
        detail = tr("%1 of %2").arg(Format::bytes(done), Format::bytes(total));
    }
    if (StageRow* r = row(stage))
        r->setProgress(done, total, detail);
}

void SyncPage::onStageFinished(SyncStage stage)
{
    StageRow* r = row(stage);
    if (!r)
        return;
    const FormattedPayload& p = m_pipeline->payload();
    switch (stage) {
    case SyncStage::CreateFile:
        r->setDone(tr("Upload URL received"));
        break;
    case SyncStage::FormatData:
        r->setDone(tr("%1 users, %2 licences · %3")
                       .arg(Format::count(p.users), Format::count(p.licenses), Format::bytes(p.bytes)));
        break;
    case SyncStage::Upload:
        r->setDone(tr("%1 uploaded").arg(Format::bytes(p.bytes)));
        break;
    case SyncStage::GetFileId:
        r->setDone(tr("File ID %1").arg(m_pipeline->fileId()));
        break;
    case SyncStage::Sync:
        r->setDone(tr("Torii accepted the sync"));
        break;
    case SyncStage::None:
        break;
    }
}

void SyncPage::onStageFailed(SyncStage stage, const ToriiError& error)
{
    StageRow* r = row(stage);
    if (!r)
        return;
    if (error.kind == ToriiError::Kind::Cancelled)
        r->setCancelled();
    else if (stage == SyncStage::Sync && m_pipeline->syncOutcomeUnknown())
        // Not a plain failure: the request left, the answer did not come back. The long story is in the summary.
        r->setUncertain(tr("No answer from Torii: the sync may have started."));
    else
        r->setFailed(error.userText);
}

void SyncPage::onRetrying(SyncStage stage, int attempt, qint64 delayMs, const QString& reason)
{
    if (StageRow* r = row(stage))
        r->setRetrying(reason, attempt, delayMs);
}

void SyncPage::tick()
{
    if (!m_clock.isValid())
        return;
    const qint64 elapsed = m_clock.elapsed();
    QString text = tr("Elapsed %1").arg(Format::duration(elapsed));
    if (m_bytesTotal > 0 && m_bytesDone > 0 && m_bytesDone < m_bytesTotal) {
        const qint64 eta = elapsed * (m_bytesTotal - m_bytesDone) / m_bytesDone;
        text += tr(" · %1 of %2 · about %3 left")
                    .arg(Format::bytes(m_bytesDone), Format::bytes(m_bytesTotal), Format::duration(eta));
    }
    m_progressText->setText(text);
}

void SyncPage::appendLog(const QString& line)
{
    // Lines from the pipeline are already redacted (no key, no URL signature).
    m_log->appendPlainText(
        QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

void SyncPage::onFinished()
{
    m_ticker->stop();
    tick();
    const auto outcome = m_pipeline->outcome();
    const bool ok = outcome == SyncPipeline::Outcome::Succeeded;
    const Session::Connection c = m_session->connection();
    if (ok) {
        m_summary->setText(tr("<b style='color:#1e7a44'>Done.</b> %1 users and %2 licences synced to %3 (app account "
                              "%4) in %5. Torii file ID %6.")
                               .arg(Format::count(m_pipeline->payload().users),
                                    Format::count(m_pipeline->payload().licenses), c.orgName.toHtmlEscaped(),
                                    c.appAccountId, Format::duration(m_clock.elapsed()))
                               .arg(m_pipeline->fileId()));
    } else if (outcome == SyncPipeline::Outcome::Cancelled) {
        // The pipeline reports no stage failure for a cancel: the stage it stopped in still shows running.
        for (StageRow* r : std::as_const(m_rows)) {
            if (r->state() == StageRow::State::Running || r->state() == StageRow::State::Retrying)
                r->setCancelled();
        }
        m_summary->setText(tr("<b>Cancelled.</b> Resume continues at “%1”; finished stages are kept.")
                               .arg(SyncStages::displayName(m_pipeline->nextStage())));
    } else if (m_pipeline->syncOutcomeUnknown() && !m_journal->refused()) {
        const QString head = tr("Sync sent, outcome unknown.");
        const QString body = tr("The sync request reached the network but Torii's answer did not come back, so "
                                "Torii may have started syncing this file. Check the integration in Torii first. "
                                "If it shows no sync of this file, Resume sends the same file once more; if Torii "
                                "answers that a sync is already running, that counts as success.");
        m_summary->setText(
            QStringLiteral("<b style='color:#8a5a08'>%1</b><br>%2").arg(head.toHtmlEscaped(), body.toHtmlEscaped()));
    } else {
        const ToriiError e = m_pipeline->lastError();
        QString next;
        if (m_journal->refused())
            next = tr("If Torii shows no sync of this file, “Send again” sends it once more.");
        else
            next = tr("Retry continues at that stage; finished stages are not repeated.");
        m_summary->setText(QStringLiteral("<b style='color:#b3261e'>%1</b> %2<br>%3")
                               .arg(tr("Stopped at “%1”.").arg(SyncStages::displayName(e.stage)).toHtmlEscaped(),
                                    e.userText.toHtmlEscaped(), next.toHtmlEscaped()));
    }
    record();
    updateReadiness();
    emit completeChanged();
    m_notifier->notify(ok ? tr("Sync finished") : tr("Sync stopped"),
                       ok ? tr("%1 users synced to %2.").arg(Format::count(m_pipeline->payload().users), c.orgName)
                          : tr("The sync stopped at “%1”.").arg(SyncStages::displayName(m_pipeline->lastError().stage)),
                       !ok);
    emit runFinished(ok);
}

void SyncPage::record()
{
    const auto outcome = m_pipeline->outcome();
    m_journal->finish(outcome == SyncPipeline::Outcome::Succeeded       ? QStringLiteral("succeeded")
                          : outcome == SyncPipeline::Outcome::Cancelled ? QStringLiteral("cancelled")
                                                                        : QStringLiteral("failed"),
                      outcome == SyncPipeline::Outcome::Succeeded ? QString() : m_pipeline->lastError().userText);
    if (m_journal->record().id <= 0)
        appendLog(tr("The run could not be written to the history: %1").arg(m_store->errorString()));
}

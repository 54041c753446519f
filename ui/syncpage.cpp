#include "syncpage.h"

#include "appservices.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

SyncPage::SyncPage(Session* session, Notifier* notifier, AppServices* services, QWidget* parent)
    : Page(tr("Sync"), tr("Send the users to Torii in five stages. A failed run resumes where it stopped."), parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_client(services->syncClient())
    , m_pipeline(new SyncPipeline(m_client, this))
    , m_store(services->history())
    , m_journal(std::make_unique<SyncJournal>(m_store, m_pipeline))
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
    stages->setSpacing(6);
    for (const SyncStage stage : SyncStages::all()) {
        auto* r = new StageRow(SyncStages::index(stage) + 1, SyncStages::displayName(stage), this);
        m_rows << r;
        stages->addWidget(r);
    }
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
    connect(m_journal.get(), &SyncJournal::recorded, this, &SyncPage::runRecorded);
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
        updateReadiness();
    });
    updateReadiness();
}

SyncPage::~SyncPage() = default;

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
    else if (!m_session->hasDryRun())
        problem = tr("Review the data first: the dry run prepares what is sent.");
    else if (!m_session->dryRun().ok)
        problem = tr("The dry run found nothing that can be sent: see Review.");
    const auto outcome = m_pipeline->outcome();
    const bool stopped = outcome == SyncPipeline::Outcome::Failed || outcome == SyncPipeline::Outcome::Cancelled;
    if (!running) {
        if (!problem.isEmpty())
            m_readiness->setText(problem);
        else if (outcome == SyncPipeline::Outcome::Succeeded)
            m_readiness->setText(tr("Synced. Load another export or change the mapping to sync again."));
        else if (stopped)
            m_readiness->setText(tr("Stopped. Retry continues at the stage that stopped; nothing is sent twice."));
        else
            m_readiness->setText(
                tr("Ready to send %1 users to <b>%2</b>, app account %3.")
                    .arg(Format::count(m_session->dryRun().users), c.orgName.toHtmlEscaped(), c.appAccountId));
    }
    // One start per reviewed payload: a second sync of the same file only through a new dry run.
    m_start->setEnabled(problem.isEmpty() && !running && outcome == SyncPipeline::Outcome::None);
    m_cancel->setEnabled(running);
    m_retry->setEnabled(!running && stopped && problem.isEmpty());
    m_retry->setText(m_journal->refused()                              ? tr("Send &again")
                         : outcome == SyncPipeline::Outcome::Cancelled ? tr("&Resume")
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
    m_readiness->setText(
        tr("Stage %1 of 5: %2…").arg(SyncStages::index(stage) + 1).arg(SyncStages::displayName(stage)));
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
    if (StageRow* r = row(stage))
        r->setFailed(error.kind == ToriiError::Kind::Cancelled ? tr("Cancelled") : error.userText);
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
        m_summary->setText(tr("<b>Cancelled.</b> Resume continues at “%1”; finished stages are kept.")
                               .arg(SyncStages::displayName(m_pipeline->nextStage())));
    } else {
        const ToriiError e = m_pipeline->lastError();
        QString text = tr("<b style='color:#b3261e'>Stopped at “%1”.</b> %2")
                           .arg(SyncStages::displayName(e.stage), e.userText.toHtmlEscaped());
        if (m_journal->refused())
            text += tr("<br>If Torii shows no sync of this file, “Send again” sends it once more.");
        else if (m_pipeline->syncOutcomeUnknown())
            text += tr("<br>Torii may have started the sync: check Torii before retrying.");
        else
            text += tr("<br>Retry continues at that stage; finished stages are not repeated.");
        m_summary->setText(text);
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

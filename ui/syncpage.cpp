#include "syncpage.h"

#include "appservices.h"
#include "format.h"
#include "notifier.h"
#include "removalconfirmdialog.h"
#include "run/syncrun.h"
#include "session.h"
#include "stagerow.h"
#include "theme.h"

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
    , m_services(services)
    , m_run(std::make_unique<SyncRun>(services->history(), services->network()))
    , m_readiness(new QLabel(this))
    , m_progressText(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_start(new QPushButton(QIcon(QStringLiteral(":/icons/play.svg")), tr("&Start Sync"), this))
    , m_cancel(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Cancel"), this))
    , m_retry(new QPushButton(QIcon(QStringLiteral(":/icons/retry.svg")), tr("&Retry"), this))
    , m_saveJob(new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("Save as &Job…"), this))
    , m_ticker(new QTimer(this))
{
    m_readiness->setWordWrap(true);
    m_start->setObjectName(QStringLiteral("primaryButton"));
    m_start->setAccessibleName(tr("Start the sync"));
    m_cancel->setAccessibleName(tr("Cancel the sync"));
    m_retry->setAccessibleName(tr("Retry or resume the sync"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_readiness, 1);
    m_saveJob->setObjectName(QStringLiteral("saveAsJob"));
    m_saveJob->setToolTip(tr("Repeat this sync later, by hand or on a schedule"));
    m_saveJob->hide();
    connect(m_saveJob, &QPushButton::clicked, this, &SyncPage::saveAsJobRequested);
    buttons->addWidget(m_saveJob);
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
    SyncRun* run = m_run.get();
    connect(run, &SyncRun::stageStarted, this, &SyncPage::onStageStarted);
    connect(run, &SyncRun::stageProgress, this, &SyncPage::onStageProgress);
    connect(run, &SyncRun::stageFinished, this, &SyncPage::onStageFinished);
    connect(run, &SyncRun::stageFailed, this, &SyncPage::onStageFailed);
    connect(run, &SyncRun::retrying, this, &SyncPage::onRetrying);
    connect(run, &SyncRun::notice, this, &SyncPage::appendLog);
    connect(run, &SyncRun::logLine, this, &SyncPage::appendLog);
    connect(run, &SyncRun::finished, this, &SyncPage::onFinished);
    connect(run, &SyncRun::recorded, this, &SyncPage::runRecorded);
    connect(m_session, &Session::connectionChanged, this, &SyncPage::updateReadiness);
    connect(m_session, &Session::dryRunChanged, this, [this] {
        // New data means a new run; a finished or failed run of the old payload is not resumed by accident.
        if (m_run->isRunning())
            return;
        m_run->reset();
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

SyncPage::~SyncPage() = default;

void SyncPage::enter()
{
    updateReadiness();
}

bool SyncPage::isComplete() const
{
    return m_run->phase() == SyncRun::Phase::Finished && m_run->result().outcome == RunOutcome::Succeeded;
}

QString SyncPage::nextText() const
{
    return tr("See &History");
}

bool SyncPage::isRunning() const
{
    return m_run->isRunning();
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

QString SyncPage::readinessText() const
{
    return m_readiness->text();
}

QString SyncPage::logText() const
{
    return m_log->toPlainText();
}

void SyncPage::updateReadiness()
{
    const Session::Connection c = m_session->connection();
    const bool running = m_run->isRunning();
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
    const bool finished = m_run->phase() == SyncRun::Phase::Finished;
    const RunOutcome outcome = m_run->result().outcome;
    const bool succeeded = finished && outcome == RunOutcome::Succeeded;
    const bool stopped = finished && !succeeded;
    const bool unknown = stopped && m_run->result().syncOutcomeUnknown && !m_run->result().refused;
    if (!running) {
        if (!problem.isEmpty())
            m_readiness->setText(problem);
        else if (succeeded)
            m_readiness->setText(tr("Synced. Load another export or change the mapping to sync again."));
        else if (finished && m_run->result().blockedByRemovals)
            m_readiness->setText(tr("Stopped by the removal guard before anything was sent."));
        else if (unknown)
            m_readiness->setText(tr("Torii may already be syncing this file: check it in Torii, then resume."));
        else if (stopped)
            m_readiness->setText(tr("Stopped. Finished stages are kept: the run continues at the stage that stopped."));
        else
            m_readiness->setText(tr("Ready to send %1 users to %2, app account %3.")
                                     .arg(Format::count(m_session->dryRun().users), c.orgName, c.appAccountId));
    }
    // One start per reviewed payload: a second sync of the same file only through a new dry run.
    m_start->setEnabled(problem.isEmpty() && !running && m_run->phase() == SyncRun::Phase::Idle);
    m_cancel->setEnabled(running);
    m_saveJob->setVisible(finished && !m_session->sourcePath().isEmpty());
    m_retry->setEnabled(!running && m_run->canResume() && problem.isEmpty());
    // The button says what the text above it says.
    m_retry->setText(m_run->result().blockedByRemovals                 ? tr("Review &Removals…")
                         : m_run->result().refused                     ? tr("Send &again")
                         : outcome == RunOutcome::Cancelled || unknown ? tr("&Resume")
                                                                       : tr("&Retry"));
}

void SyncPage::start()
{
    if (m_run->isRunning())
        return;
    const Session::Connection c = m_session->connection();
    const ConvertResult& dry = m_session->dryRun();
    for (StageRow* r : std::as_const(m_rows))
        r->reset();
    m_log->clear();
    m_summary->clear();
    SyncRequest request;
    request.source.path = m_session->sourcePath();
    request.source.preset = m_session->presetName();
    request.reviewed = dry; // stage 2 sends the bytes the admin reviewed
    request.profile = c.profileName;
    request.apiUrl = QUrl(c.apiUrl);
    request.appAccountId = c.appAccountId.toLongLong();
    request.apiKey = m_session->apiKey();
    // Safe sync: compared with the chosen app's users (or the last sync) and stopped by the removal guard
    // exactly as the CLI is; the admin allows removals by typing their number (confirmRemovals()).
    request.appId = c.appId;
    request.removalGuard.profile = c.guard;
    if (const QString preset = m_session->presetName(); !preset.isEmpty()) {
        if (const std::optional<Preset> p = m_services->presets().resolve(preset))
            request.removalGuard.takePreset(*p);
    }
    m_bytesDone = 0;
    m_bytesTotal = dry.payloadBytes;
    m_clock.start();
    m_ticker->start();
    appendLog(tr("Sending %1 users to %2 (app account %3)").arg(Format::count(dry.users), c.orgName, c.appAccountId));
    m_run->start(request);
    updateReadiness();
}

void SyncPage::cancel()
{
    m_run->cancel();
}

void SyncPage::retry()
{
    if (m_run->isRunning())
        return;
    if (m_run->result().blockedByRemovals) {
        confirmRemovals();
        return;
    }
    m_summary->clear();
    if (!m_clock.isValid())
        m_clock.start();
    m_ticker->start();
    m_run->resume(m_session->apiKey());
    updateReadiness();
}

void SyncPage::confirmRemovals()
{
    const SyncRunResult& result = m_run->result();
    if (!result.blockedByRemovals || !result.diff)
        return;
    auto* dialog = new RemovalConfirmDialog(*result.diff, result.error, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("removalConfirm"));
    connect(dialog, &QDialog::accepted, this, [this, removals = dialog->removals()] {
        // Exactly the number typed, for this run only: a later run is guarded afresh.
        RemovalGuard::Allowance allowance;
        allowance.upTo = removals;
        m_run->setAllowRemovals(allowance);
        appendLog(tr("%n removal(s) allowed for this run.", nullptr, int(removals)));
        m_summary->clear();
        if (!m_clock.isValid())
            m_clock.start();
        m_ticker->start();
        m_run->resume(m_session->apiKey());
        updateReadiness();
    });
    dialog->open();
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
    const FormattedPayload& p = m_run->pipeline().payload();
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
        r->setDone(tr("File ID %1").arg(m_run->pipeline().fileId()));
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
    else if (stage == SyncStage::Sync && m_run->pipeline().syncOutcomeUnknown())
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
    const SyncRunResult& result = m_run->result();
    const bool ok = result.outcome == RunOutcome::Succeeded;
    const Session::Connection c = m_session->connection();
    if (result.outcome == RunOutcome::Cancelled) {
        // The pipeline reports no stage failure for a cancel: the stage it stopped in still shows running.
        for (StageRow* r : std::as_const(m_rows)) {
            if (r->state() == StageRow::State::Running || r->state() == StageRow::State::Retrying)
                r->setCancelled();
        }
    }
    if (result.blockedByRemovals) {
        showSummary(result.outcome, tr("Stopped by the removal guard."), result.error + u'\n' + diffText(result));
    } else if (!ok && result.syncOutcomeUnknown && !result.refused) {
        // Not a plain red failure: the request left and its answer did not come back.
        const QString head = tr("Sync sent, outcome unknown.");
        const QString body = tr("The sync request reached the network but Torii's answer did not come back, so "
                                "Torii may have started syncing this file. Check the integration in Torii first. "
                                "If it shows no sync of this file, Resume sends the same file once more; if Torii "
                                "answers that a sync is already running, that counts as success.");
        m_summary->setText(
            QStringLiteral("<b style='color:#8a5a08'>%1</b><br>%2").arg(head.toHtmlEscaped(), body.toHtmlEscaped()));
    } else {
        const QString detail = ok
            ? tr("%1 users and %2 licences synced to %3 (app account %4) in %5. Torii file ID %6.")
                  .arg(Format::count(result.record.users), Format::count(result.record.licenses), c.orgName,
                       c.appAccountId, Format::duration(m_clock.elapsed()))
                  .arg(result.fileId)
            : m_run->advice();
        const QString change = diffText(result);
        showSummary(result.outcome, SyncRun::headline(result), change.isEmpty() ? detail : detail + u'\n' + change);
    }
    if (!result.historyError.isEmpty())
        appendLog(tr("The run could not be written to the history: %1").arg(result.historyError));
    updateReadiness();
    emit completeChanged();
    const SyncStage stoppedAt = result.toriiError.stage;
    m_notifier->notify(ok ? tr("Sync finished") : tr("Sync stopped"),
                       ok ? tr("%1 users synced to %2.").arg(Format::count(result.record.users), c.orgName)
                          : tr("The sync stopped at “%1”.").arg(SyncStages::displayName(stoppedAt)),
                       !ok);
    emit runFinished(ok);
    if (result.blockedByRemovals && isVisible())
        confirmRemovals();
}

QString SyncPage::diffText(const SyncRunResult& result)
{
    if (!result.diff)
        return {};
    QString text =
        tr("Change compared with %1: %2").arg(UserDiff::sourceText(result.diff->source), result.diff->summary());
    if (!result.diffNote.isEmpty())
        text += u'\n' + result.diffNote;
    return text;
}

void SyncPage::showSummary(RunOutcome outcome, const QString& headline, const QString& detail)
{
    // Markup only here, around translated plain text: the colour says how it went, the words what.
    const QString html = detail.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    m_summary->setText(QStringLiteral("<b style='color:%1'>%2</b> %3")
                           .arg(Theme::outcomeColor(outcome).name(), headline.toHtmlEscaped(), html));
}

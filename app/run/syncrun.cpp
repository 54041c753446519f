#include "run/syncrun.h"

#include "common/sha256.h"
#include "history/historystore.h"
#include "payload/converter.h"
#include "payload/payloadworkdir.h"
#include "run/exitcode.h"
#include "torii/apiurl.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QtConcurrent/QtConcurrentRun>

#include <future>
#include <utility>

namespace
{
    QString blockedText(const ConvertResult& converted)
    {
        return InvalidRowPolicies::blockedMessage(converted.policy, converted.maxInvalidPercent, converted.rejected,
                                                  converted.rows);
    }

    // Empty when the file cannot be read or `stop` is set first.
    QByteArray sha256Of(const QString& path, const std::atomic_bool& stop)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? Sha256::hexDigestOf(&file, &stop) : QByteArray();
    }
} // namespace

// Shared with the loading worker, which may outlive the run: it owns its own copy of everything.
struct SyncRun::LoadState
{
    CancelFlag cancel {false};
    std::atomic<qint64> done {0};
    std::atomic<qint64> total {0};
    QByteArray sourceSha256Hex; // written by the worker before its result is ready
};

SyncRun::SyncRun(HistoryStore* history, QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_ownHistory(history ? nullptr : std::make_unique<HistoryStore>())
    , m_history(history ? history : m_ownHistory.get())
    , m_ownNam(nam ? nullptr : std::make_unique<QNetworkAccessManager>())
    , m_client(nam ? nam : m_ownNam.get())
    , m_pipeline(&m_client)
    , m_journal(m_history, &m_pipeline)
    , m_snapshots(m_history->path())
    , m_safety(&m_client, &m_snapshots)
{
    connect(&m_pipeline, &SyncPipeline::stageStarted, this, &SyncRun::stageStarted);
    connect(&m_pipeline, &SyncPipeline::stageProgress, this, &SyncRun::stageProgress);
    connect(&m_pipeline, &SyncPipeline::stageFinished, this, &SyncRun::stageFinished);
    connect(&m_pipeline, &SyncPipeline::stageFailed, this, &SyncRun::stageFailed);
    connect(&m_pipeline, &SyncPipeline::retrying, this, &SyncRun::retrying);
    connect(&m_pipeline, &SyncPipeline::logLine, this, &SyncRun::logLine);
    connect(&m_pipeline, &SyncPipeline::finished, this, &SyncRun::onPipelineFinished);
    connect(&m_journal, &SyncJournal::recorded, this, &SyncRun::recorded);
    connect(&m_safety, &SyncSafety::notice, this, &SyncRun::notice);
    connect(&m_safety, &SyncSafety::preflightFinished, this, &SyncRun::onPreflightFinished);
    connect(&m_safety, &SyncSafety::verificationFinished, this, &SyncRun::onVerified);
    connect(&m_safety, &SyncSafety::snapshotKept, this, &SyncRun::onSnapshotKept);
    connect(&m_loadWatcher, &QFutureWatcher<LoadedSource>::finished, this, &SyncRun::onLoaded);
    m_loadProgress.setInterval(100);
    connect(&m_loadProgress, &QTimer::timeout, this, [this] {
        if (m_load)
            emit loadProgress(m_load->done.load(), m_load->total.load());
    });
}

SyncRun::~SyncRun()
{
    if (m_load)
        m_load->cancel.store(true);
}

QString SyncRun::checkTarget(const SyncRequest& request)
{
    if (const ToriiError error = ToriiClient::checkUrl(request.apiUrl, SyncStage::None); error.isError())
        return error.userText;
    if (request.appAccountId <= 0)
        return tr("no app account id: pass --app-account ID or save it in profile \"%1\" (Torii shows it on the "
                  "custom integration's tile)")
            .arg(request.profile);
    return {};
}

bool SyncRun::start(const SyncRequest& request)
{
    if (isRunning())
        return false;
    reset();
    m_request = request;
    m_clock.start();
    m_client.setBaseUrl(request.apiUrl);
    m_client.setApiKey(request.apiKey);
    m_pipeline.setAppAccountId(request.appAccountId);
    m_pipeline.setStageBudget(request.stageTimeout);
    m_journal.setForce(request.force);

    // History: one row per run, never the key or a signed URL.
    HistoryRecord& r = m_result.record;
    r.started = QDateTime::currentDateTimeUtc();
    r.profile = request.profile;
    r.job = request.job;
    // The normalized target: the lock and the never-twice check see one spelling of each Torii (issue #21/1).
    r.apiUrl = ApiUrl::key(request.apiUrl);
    r.appAccountId = request.appAccountId;
    r.sourceFile = QFileInfo(request.source.path).fileName();
    r.preset = request.source.preset.isEmpty() ? QStringLiteral("auto") : request.source.preset;
    r.payloadPath =
        request.keepPayloadPath.isEmpty() ? QString() : QFileInfo(request.keepPayloadPath).absoluteFilePath();
    r.dryRun = request.dryRun;

    if (const QString problem = request.dryRun ? QString() : checkTarget(request); !problem.isEmpty()) {
        m_result.outcome = RunOutcome::Failed;
        m_result.exitCode = ExitCode::UsageError;
        m_result.error = problem;
        m_result.notStarted = true;
        setPhase(Phase::Loading);
        QTimer::singleShot(0, this, &SyncRun::finish);
        return true;
    }
    if (request.reviewed) {
        // The reviewed dry run's payload: the same bytes the admin reviewed are the bytes sent.
        const ConvertResult& reviewed = *request.reviewed;
        m_converted = std::make_shared<ConvertResult>(reviewed);
        r.users = reviewed.users;
        r.licenses = reviewed.licenses;
        r.rejected = reviewed.rejected;
        r.warnings = reviewed.warnings;
        r.payloadSha256Hex = reviewed.sha256Hex;
        m_pipeline.setPayloadFile(reviewed.payloadPath, reviewed.users, reviewed.licenses);
        runFormat();
    } else {
        runLoad();
    }
    return true;
}

bool SyncRun::resume(const QString& apiKey)
{
    if (!canResume())
        return false;
    if (!apiKey.isEmpty()) {
        m_request.apiKey = apiKey;
        m_client.setApiKey(apiKey);
    }
    // After a refusal (an earlier run's sync may have reached Torii) the user asked to send anyway.
    m_journal.setForce(m_request.force || m_journal.refused());
    m_result.outcome = RunOutcome::Running;
    m_result.exitCode = ExitCode::Success;
    m_result.error.clear();
    m_result.toriiError = {};
    m_result.notStarted = false;
    if (m_result.blockedByRemovals) {
        // Stopped by the removal guard: compare again with the allowance the admin has given since.
        m_result.blockedByRemovals = false;
        runPreflight();
    } else if (m_pipeline.nextStage() == SyncStage::FormatData) {
        runFormat();
    } else {
        emit logLine(tr("Resuming at stage “%1”").arg(SyncStages::displayName(m_pipeline.nextStage())));
        runSend();
    }
    return true;
}

bool SyncRun::canResume() const
{
    if (m_phase != Phase::Finished || m_request.dryRun || !m_converted)
        return false;
    return m_result.outcome == RunOutcome::Failed || m_result.outcome == RunOutcome::Cancelled ||
        m_result.outcome == RunOutcome::Unanswered || m_result.blockedByRemovals;
}

void SyncRun::cancel()
{
    switch (m_phase) {
    case Phase::Loading:
        if (m_load)
            m_load->cancel.store(true); // onLoaded() finishes the run
        break;
    case Phase::Formatting:
    case Phase::Sending:
        m_pipeline.cancel(); // onPipelineFinished() finishes the run
        break;
    case Phase::Preflight:
        m_safety.cancel();
        m_result.outcome = RunOutcome::Cancelled;
        m_result.exitCode = ExitCode::Cancelled;
        m_result.error = tr("cancelled");
        finish();
        break;
    case Phase::Verifying:
        // The sync itself is done (or still unknown): stop waiting for Torii to show it.
        m_keepingSnapshot = false;
        m_safety.cancel();
        finish();
        break;
    case Phase::Recording:
    case Phase::Idle:
    case Phase::Finished:
        break;
    }
}

void SyncRun::reset()
{
    if (isRunning())
        return;
    m_pipeline.reset();
    m_pipeline.setFormatOnly(false);
    m_safety.reset({}, {}, 0);
    m_settling = false;
    m_keepingSnapshot = false;
    m_checkingEarlier = false;
    m_earlierChecked = false;
    m_earlierNote.clear();
    m_result = {};
    m_converted.reset();
    m_workDir.reset();
    m_phase = Phase::Idle;
}

void SyncRun::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void SyncRun::runLoad()
{
    setPhase(Phase::Loading);
    m_load = std::make_shared<LoadState>();
    const std::shared_ptr<LoadState> state = m_load;
    const SourceRequest source = m_request.source;
    m_loadWatcher.setFuture(QtConcurrent::run([state, source] {
        // The source file's hash only labels the history entry: it is computed on a thread of its own while
        // the file is read, instead of a second pass over it. A failed read stops it at its next MiB.
        std::atomic_bool stopHashing = false;
        std::future<QByteArray> hash = std::async(std::launch::async, sha256Of, source.path, std::cref(stopHashing));
        const ProgressCallback progress = [state](qint64 done, qint64 total) {
            state->done.store(done);
            state->total.store(total);
        };
        LoadedSource loaded = SourceLoader::load(source, progress, &state->cancel);
        if (!loaded.ok())
            stopHashing = true;
        state->sourceSha256Hex = hash.get();
        return loaded;
    }));
    m_loadProgress.start();
}

void SyncRun::onLoaded()
{
    m_loadProgress.stop();
    emit loadProgress(m_load->done.load(), m_load->total.load());
    const LoadedSource loaded = m_loadWatcher.result();
    m_result.readMs = loaded.readMs;
    if (!loaded.ok()) {
        // Nothing was formatted or sent: a usage error, not a run for the history.
        m_result.outcome = loaded.exitCode == ExitCode::Cancelled ? RunOutcome::Cancelled : RunOutcome::Failed;
        m_result.exitCode = loaded.exitCode;
        m_result.error = loaded.error;
        m_result.notStarted = true;
        finish();
        return;
    }
    m_result.autoMatchConflicts = loaded.conflicts;
    if (!loaded.shapeNote.isEmpty())
        emit notice(tr("auto-match: %1").arg(loaded.shapeNote));
    for (const QString& warning : loaded.mappingWarnings)
        emit notice(tr("warning: %1").arg(warning));
    for (const QString& conflict : loaded.conflicts)
        emit notice(tr("auto-match: %1").arg(conflict));
    // Every reading notice (e.g. a line that is not valid UTF-8) is shown before anything is sent.
    m_result.notices = loaded.notices;
    for (const ImportNotice& n : loaded.notices)
        emit notice(n.line > 0 ? tr("line %1: %2").arg(n.line).arg(n.message) : n.message);
    m_result.record.sourceSha256Hex = m_load->sourceSha256Hex;
    m_result.record.preset = loaded.presetName.isEmpty() ? QStringLiteral("auto") : loaded.presetName;
    if (!loaded.presetName.isEmpty()) {
        m_request.removalGuard.presetPercent = loaded.guardPercent;
        m_request.removalGuard.presetMinimum = loaded.guardMinimum;
    }
    m_pipeline.setFormatter(formatter(loaded));
    runFormat();
}

PayloadFormatter SyncRun::formatter(const LoadedSource& loaded)
{
    ConvertOptions options;
    if (m_request.keepPayloadPath.isEmpty()) {
        m_workDir = std::make_unique<PayloadWorkDir>();
        options.payloadPath = m_workDir->filePath(QStringLiteral("payload.json"));
    } else {
        options.payloadPath = m_request.keepPayloadPath;
    }
    options.policy = loaded.policy;
    options.maxInvalidPercent = loaded.maxInvalidPercent;
    options.collectUsers = true; // the safe-sync diff compares these with the account's users
    m_converted = std::make_shared<ConvertResult>();
    // Stage 2 as the pipeline's formatter: runs in a worker thread, so it only touches its own copies.
    return [table = loaded.table, mapping = loaded.mapping, options,
            converted = m_converted](const ProgressCallback& report, const CancelFlag& cancel) {
        *converted = Converter::run(*table, mapping, options, report, &cancel);
        FormattedPayload payload;
        payload.path = converted->payloadPath;
        payload.bytes = converted->payloadBytes;
        payload.users = converted->users;
        payload.licenses = converted->licenses;
        payload.sha256Hex = converted->sha256Hex;
        payload.cancelled = converted->cancelled;
        if (converted->blocked)
            payload.error = blockedText(*converted);
        else if (!converted->ok && !converted->cancelled)
            payload.error = converted->error.isEmpty() ? tr("no valid user to send") : converted->error;
        return payload;
    };
}

void SyncRun::runFormat()
{
    setPhase(Phase::Formatting);
    m_pipeline.setFormatOnly(true);
    m_pipeline.start();
}

void SyncRun::runPreflight()
{
    setPhase(Phase::Preflight);
    // Safe sync: compare with the account's users and apply the removal guard before anything is sent.
    const std::shared_ptr<const UserSet> users =
        m_request.reviewed ? m_request.reviewed->userSet : (m_converted ? m_converted->userSet : nullptr);
    if (!users) {
        runSend();
        return;
    }
    SyncSafety::Options options;
    options.appId = m_request.appId;
    options.thresholds = m_request.removalGuard.resolve();
    options.allowance = m_request.allowRemovals;
    options.verifyLimit = m_request.verifyLimit;
    m_safety.reset(options, m_result.record.apiUrl, m_request.appAccountId);
    m_safety.runPreflight(users);
}

void SyncRun::onPreflightFinished(bool proceed)
{
    if (m_phase != Phase::Preflight)
        return;
    const Preflight::Result& preflight = m_safety.preflight();
    m_result.diff = preflight.diff;
    m_result.diffNote = preflight.fallbackReason;
    if (proceed) {
        runSend();
        return;
    }
    // Nothing was sent (not even GET /files/url): the admin checks the change and allows the removals.
    m_result.outcome = RunOutcome::Blocked;
    m_result.exitCode = ExitCode::ValidationBlocked;
    m_result.blockedByRemovals = true;
    m_result.error = preflight.blockMessage;
    finish();
}

void SyncRun::runSend()
{
    if (m_request.dryRun) {
        finish();
        return;
    }
    // The run's history row exists before anything is sent and is kept current stage by stage (SyncJournal),
    // so even a killed run leaves an honest trace and a later run of the same payload continues it instead
    // of syncing twice.
    setPhase(Phase::Recording);
    m_result.record.rejected = m_converted->rejected;
    m_result.record.warnings = m_converted->warnings;
    if (!m_journal.begin(m_result.record)) {
        m_result.outcome = RunOutcome::Failed;
        m_result.exitCode = ExitCode::NetworkFailure;
        m_result.error = m_journal.errorString();
        m_result.notStarted = true;
        finish();
        return;
    }
    setPhase(Phase::Sending);
    m_pipeline.setFormatOnly(false);
    m_pipeline.resume();
}

void SyncRun::runVerify()
{
    setPhase(Phase::Verifying);
    if (!m_safety.canVerify()) {
        onVerified(SyncSafety::Verified::NotChecked);
        return;
    }
    emit notice(tr("Checking that Torii shows the synced users (up to %n min) ...", nullptr,
                   int(std::max<qint64>(1, m_request.verifyLimit.count() / 60000))));
    m_safety.runVerification();
}

void SyncRun::onVerified(SyncSafety::Verified verified)
{
    if (m_phase != Phase::Verifying)
        return;
    if (std::exchange(m_checkingEarlier, false)) {
        onEarlierChecked(verified);
        return;
    }
    m_result.verified = verified;
    if (m_settling && verified == SyncSafety::Verified::Yes) {
        // The answer to the sync was lost, but Torii shows the payload: it was accepted; nothing is re-sent.
        m_pipeline.markSyncAccepted();
        emit notice(tr("Torii shows this payload: the sync whose answer was lost is counted as accepted."));
    }
    m_settling = false;
    if (m_pipeline.syncAccepted()) {
        m_keepingSnapshot = true;
        m_safety.keepSnapshot(); // onSnapshotKept() finishes the run
        return;
    }
    finish();
}

void SyncRun::onSnapshotKept(const QString& error)
{
    if (!std::exchange(m_keepingSnapshot, false))
        return; // cancelled meanwhile: the run finished without waiting (the snapshot is still written)
    if (!error.isEmpty())
        emit notice(tr("The snapshot of this sync could not be kept: %1").arg(error));
    finish();
}

void SyncRun::onPipelineFinished(SyncPipeline::Outcome outcome)
{
    const bool ok = outcome == SyncPipeline::Outcome::Succeeded;
    if (m_phase == Phase::Formatting && ok)
        runPreflight();
    else if (m_phase == Phase::Sending && ok)
        runVerify();
    else if (m_phase == Phase::Sending && m_pipeline.syncOutcomeUnknown() && m_safety.canVerify()) {
        // The sync left and no answer came: Torii's users say whether it arrived.
        m_settling = true;
        runVerify();
    } else if (m_phase == Phase::Sending && m_journal.refused() && !m_earlierChecked && m_safety.canVerify()) {
        // Refused because an earlier run's sync of this payload lost its answer: Torii's users say whether that
        // sync arrived, before the admin is asked to check by hand.
        m_earlierChecked = true;
        m_checkingEarlier = true;
        setPhase(Phase::Verifying);
        emit notice(tr("Asking Torii whether the sync of run #%1 arrived …").arg(m_journal.priorRunId()));
        m_safety.runEarlierSyncCheck();
    } else if (m_phase == Phase::Formatting || m_phase == Phase::Sending)
        finish();
}

void SyncRun::onEarlierChecked(SyncSafety::Verified verified)
{
    const qint64 earlier = m_journal.priorRunId();
    if (verified == SyncSafety::Verified::Yes && m_journal.settleAccepted(earlier)) {
        // That sync was accepted: the history says so now, and this run continues (it sends nothing twice).
        emit notice(
            tr("Torii shows the users of run #%1: its sync was accepted; the history now says so.").arg(earlier));
        setPhase(Phase::Sending);
        m_pipeline.resume();
        return;
    }
    m_earlierNote = verified == SyncSafety::Verified::Yes
        ? tr("Torii shows the users of run #%1, but the history could not be updated: %2")
              .arg(earlier)
              .arg(m_journal.errorString())
        : verified == SyncSafety::Verified::No
        ? tr("Torii does not show the users of run #%1 either, so it is not known whether that sync arrived.")
              .arg(earlier)
        : tr("Torii's users could not be listed to check run #%1.").arg(earlier);
    emit notice(m_earlierNote);
    finish();
}

void SyncRun::finish()
{
    if (m_result.outcome == RunOutcome::Running) {
        settleOutcome();
        if (!m_earlierNote.isEmpty())
            m_result.error += u' ' + m_earlierNote;
    }
    writeHistory();
    m_result.fileId = m_pipeline.fileId();
    m_result.payloadBytes = m_pipeline.payload().bytes;
    m_result.syncOutcomeUnknown = m_pipeline.syncOutcomeUnknown();
    m_result.priorRunId = m_journal.priorRunId();
    m_result.refused = m_journal.refused();
    m_result.elapsedMs = m_clock.elapsed();
    if (m_converted)
        m_result.conversion = *m_converted;
    m_load.reset();
    setPhase(Phase::Finished);
    emit finished(m_result);
}

void SyncRun::settleOutcome()
{
    // Exit codes as DESIGN.md §4 gives them.
    const ConvertResult& converted = *m_converted;
    const SyncPipeline::Outcome outcome = m_pipeline.outcome();
    const ToriiError error = m_pipeline.lastError();
    SyncRunResult& r = m_result;
    if (outcome == SyncPipeline::Outcome::Cancelled || converted.cancelled) {
        r.outcome = RunOutcome::Cancelled;
        r.exitCode = ExitCode::Cancelled;
        r.error = tr("cancelled");
        r.toriiError = error;
    } else if (converted.blocked || (!converted.ok && converted.users == 0 && converted.error.isEmpty())) {
        r.outcome = RunOutcome::Blocked;
        r.exitCode = ExitCode::ValidationBlocked;
        r.error = converted.blocked ? blockedText(converted) : tr("no valid user to send");
    } else if (!converted.ok) {
        r.outcome = RunOutcome::Failed;
        r.exitCode = ExitCode::UsageError;
        r.error = converted.error;
    } else if (outcome == SyncPipeline::Outcome::Failed) {
        r.outcome = RunOutcome::Failed;
        r.exitCode = error.isAuthFailure()                ? ExitCode::AuthFailure
            : error.kind == ToriiError::Kind::InsecureUrl ? ExitCode::UsageError
                                                          : ExitCode::NetworkFailure;
        r.error = error.userText;
        r.toriiError = error;
    } else {
        r.outcome = m_request.dryRun ? RunOutcome::DryRun : RunOutcome::Succeeded;
        r.exitCode = ExitCode::Success;
    }
}

void SyncRun::writeHistory()
{
    HistoryRecord& record = m_result.record;
    if (m_journal.isOpen()) {
        m_journal.record().rejected = m_converted->rejected;
        m_journal.record().warnings = m_converted->warnings;
        m_journal.record().verification = m_safety.verificationRecord(); // before finish() writes the row
        m_journal.finish(m_result.outcome, m_result.error);
        record = m_journal.record();
        m_result.outcome = record.outcome; // Unanswered when Torii may have received the sync
    } else if (!m_result.notStarted && m_converted) {
        // Formatted but never sent (a dry run, or validation blocked it): one row, written once.
        record.finished = QDateTime::currentDateTimeUtc();
        record.stages = SyncJournal::stagesOf(m_pipeline);
        record.outcome = m_result.outcome;
        record.error = m_result.error;
        record.payloadSha256Hex = m_converted->sha256Hex;
        record.users = m_converted->users;
        record.licenses = m_converted->licenses;
        record.rejected = m_converted->rejected;
        record.warnings = m_converted->warnings;
        if (record.id > 0)
            (void)m_history->update(record);
        else
            record.id = m_history->add(record);
    } else {
        return; // nothing was formatted: no run to record
    }
    if (record.id <= 0)
        m_result.historyError = m_history->errorString();
}

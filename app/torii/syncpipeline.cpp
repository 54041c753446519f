#include "torii/syncpipeline.h"

#include "common/logging.h"
#include "torii/clock.h"
#include "torii/toriijob.h"

#include <QtConcurrent/QtConcurrentRun>

using std::chrono::milliseconds;

namespace
{
    constexpr int maxUrlRefreshes = 3;
    constexpr int maxUrlsPerRun = 8; // per start/resume, whatever asked for them
} // namespace

// Shared with the worker thread: it may outlive the pipeline, so it owns its own copy of everything.
struct SyncPipeline::FormatState
{
    CancelFlag cancel {false};
    std::atomic<qint64> done {0};
    std::atomic<qint64> total {0};
};

SyncPipeline::SyncPipeline(ToriiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(SystemClock::instance())
{
    connect(&m_formatWatcher, &QFutureWatcher<FormattedPayload>::finished, this, &SyncPipeline::onFormatted);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_format)
            emit stageProgress(SyncStage::FormatData, m_format->done.load(), m_format->total.load());
    });
}

SyncPipeline::~SyncPipeline()
{
    if (m_format)
        m_format->cancel.store(true);
    if (m_job)
        m_job->disconnect(this);
}

void SyncPipeline::setFormatter(PayloadFormatter formatter)
{
    m_formatter = std::move(formatter);
}

void SyncPipeline::setPayloadFile(const QString& path, qint64 users, qint64 licenses)
{
    m_formatter = payloadFileFormatter(path, users, licenses);
}

void SyncPipeline::setAppAccountId(qint64 id)
{
    m_appAccountId = id;
}

void SyncPipeline::setUploadFileName(const QString& name)
{
    m_uploadName = name;
}

void SyncPipeline::setPriorRunCheck(PriorRunCheck check)
{
    m_priorRunCheck = std::move(check);
}

void SyncPipeline::setClock(Clock* clock)
{
    m_clock = clock ? clock : SystemClock::instance();
}

void SyncPipeline::setRetryPolicy(const RetryPolicy& policy)
{
    m_policy = policy;
}

qint64 SyncPipeline::now() const
{
    return m_clock->nowMs();
}

qint64 SyncPipeline::stageTimeUsed() const
{
    // Waiting out another sync (409) has its own, longer budget.
    return now() - m_stageStartedMs - (m_current == SyncStage::Sync ? m_conflictWaitedMs : 0);
}

SyncPipeline::StageRecord& SyncPipeline::rec(SyncStage stage)
{
    return m_records.at(size_t(SyncStages::index(stage)));
}

SyncPipeline::StageRecord SyncPipeline::record(SyncStage stage) const
{
    const int i = SyncStages::index(stage);
    return i < 0 ? StageRecord {} : m_records.at(size_t(i));
}

SyncStage SyncPipeline::nextStage() const
{
    if (!m_formatted)
        return SyncStage::FormatData;
    if (m_syncDone)
        return SyncStage::None;
    if (m_fileId >= 0)
        return SyncStage::Sync;
    if (m_uploaded)
        return SyncStage::GetFileId;
    return urlStillFresh() ? SyncStage::Upload : SyncStage::CreateFile;
}

void SyncPipeline::start()
{
    if (m_running)
        return;
    resume();
}

void SyncPipeline::resume()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelRequested = false;
    m_outcome = Outcome::None;
    m_lastError = {};
    m_attempts.fill(0);
    m_urlRefreshes = 0;
    m_urlsThisRun = 0;
    m_conflictWaitedMs = 0;
    if (m_syncDone) {
        log(tr("Torii already accepted the sync of this file (id %1); it is not sent again.").arg(m_fileId));
        QTimer::singleShot(0, this, [this] { finishRun(Outcome::Succeeded); });
        return;
    }
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            advance();
    });
}

void SyncPipeline::reset()
{
    if (m_running)
        cancel();
    ++m_generation;
    m_payload = {};
    m_formatted = false;
    m_target = {};
    m_urlObtainedMs = -1;
    m_uploaded = false;
    m_fileId = -1;
    m_syncDone = false;
    m_syncUncertain = false;
    m_priorRunSettled = false;
    m_urlRequests = 0;
    m_outcome = Outcome::None;
    m_lastError = {};
    m_records.fill(StageRecord {});
}

void SyncPipeline::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    ++m_generation;
    log(tr("Cancel requested."));
    if (m_format && m_formatWatcher.isRunning()) {
        m_format->cancel.store(true); // onFormatted() finishes the run
        return;
    }
    if (m_job) {
        m_job->abort(); // onJobFinished() sees Cancelled
        return;
    }
    // Waiting for a retry: nothing in flight.
    QTimer::singleShot(0, this, [this] { finishRun(Outcome::Cancelled, ToriiError::cancelled(m_current)); });
}

bool SyncPipeline::urlStillFresh() const
{
    return !m_target.url.isEmpty() && m_urlObtainedMs >= 0 &&
        ToriiClient::urlUsable(m_target.url, now() - m_urlObtainedMs);
}

void SyncPipeline::advance()
{
    if (!m_running)
        return;
    const SyncStage next = nextStage();
    if (m_formatOnly && m_formatted) {
        finishRun(Outcome::Succeeded);
        return;
    }
    if (next != SyncStage::FormatData && next != SyncStage::None && !m_priorRunSettled && m_priorRunCheck &&
        !applyPriorRun())
        return;
    switch (nextStage()) {
    case SyncStage::FormatData:
        runFormat();
        return;
    case SyncStage::CreateFile:
        runCreateFile();
        return;
    case SyncStage::Upload:
        runUpload();
        return;
    case SyncStage::GetFileId:
        runRegister();
        return;
    case SyncStage::Sync:
        runSync();
        return;
    case SyncStage::None:
        finishRun(Outcome::Succeeded);
        return;
    }
}

void SyncPipeline::markSyncAccepted()
{
    if (m_running || m_fileId < 0)
        return;
    m_syncDone = true;
    m_syncUncertain = false;
    rec(SyncStage::Sync).state = StageState::Done;
    m_outcome = Outcome::Succeeded;
    m_lastError = {};
}

bool SyncPipeline::applyPriorRun()
{
    using Action = PriorRunDecision::Action;
    const PriorRunDecision decision = m_priorRunCheck(m_payload);
    if (decision.action == Action::Refuse) {
        log(decision.message);
        finishRun(Outcome::Failed, ToriiError::local(SyncStage::Sync, decision.message));
        return false;
    }
    m_priorRunSettled = true;
    if (decision.action == Action::Proceed || decision.fileId < 0)
        return true;
    log(decision.message);
    m_fileId = decision.fileId;
    m_uploaded = true;
    for (SyncStage stage : {SyncStage::CreateFile, SyncStage::Upload, SyncStage::GetFileId})
        markSkipped(stage);
    if (decision.action == Action::ResendSync)
        m_syncUncertain = true; // a 409 to this send means the earlier copy is running (handleFailure)
    if (decision.action == Action::AlreadySynced) {
        m_syncDone = true;
        markSkipped(SyncStage::Sync);
    }
    return true;
}

void SyncPipeline::markSkipped(SyncStage stage)
{
    // Done by an earlier run: shown as finished (0 ms, no attempt) so every view and record stays consistent.
    if (rec(stage).state == StageState::Done)
        return;
    enterStage(stage);
    leaveStage(stage, StageState::Done);
}

void SyncPipeline::enterStage(SyncStage stage)
{
    if (m_current == stage && rec(stage).state == StageState::Running)
        return; // a retry inside the same stage
    if (m_current != SyncStage::None && m_current != stage && rec(m_current).state == StageState::Running)
        leaveStage(m_current, StageState::Pending); // e.g. an upload retry that first needs a fresh URL
    m_current = stage;
    m_stageStartedMs = now();
    rec(stage).state = StageState::Running;
    emit stageStarted(stage);
}

void SyncPipeline::leaveStage(SyncStage stage, StageState state)
{
    StageRecord& record = rec(stage);
    record.state = state;
    record.elapsedMs += now() - m_stageStartedMs;
    if (state == StageState::Done)
        emit stageFinished(stage);
}

void SyncPipeline::runFormat()
{
    enterStage(SyncStage::FormatData);
    if (!m_formatter) {
        handleFailure(SyncStage::FormatData,
                      ToriiError::local(SyncStage::FormatData, tr("No payload to format was given.")));
        return;
    }
    ++rec(SyncStage::FormatData).attempts;
    log(tr("Format data: writing the payload."));
    m_format = std::make_shared<FormatState>();
    const std::shared_ptr<FormatState> state = m_format;
    const PayloadFormatter formatter = m_formatter;
    m_formatWatcher.setFuture(QtConcurrent::run([state, formatter] {
        const ProgressCallback progress = [state](qint64 done, qint64 total) {
            state->done.store(done);
            state->total.store(total);
        };
        return formatter(progress, state->cancel);
    }));
    m_progressTimer.start();
}

void SyncPipeline::onFormatted()
{
    m_progressTimer.stop();
    const FormattedPayload result = m_formatWatcher.result();
    if (m_format)
        emit stageProgress(SyncStage::FormatData, m_format->done.load(), m_format->total.load());
    m_format.reset();
    if (m_cancelRequested || result.cancelled) {
        handleFailure(SyncStage::FormatData, ToriiError::cancelled(SyncStage::FormatData));
        return;
    }
    if (!result.error.isEmpty()) {
        handleFailure(SyncStage::FormatData, ToriiError::local(SyncStage::FormatData, result.error));
        return;
    }
    m_payload = result;
    m_formatted = true;
    if (m_uploadName.isEmpty())
        m_uploadName = QStringLiteral("torii-sync-%1.json").arg(QString::fromLatin1(result.sha256Hex.left(12)));
    log(tr("Format data: %1 users, %2 licences, %3 bytes, SHA-256 %4.")
            .arg(result.users)
            .arg(result.licenses)
            .arg(result.bytes)
            .arg(QString::fromLatin1(result.sha256Hex)));
    leaveStage(SyncStage::FormatData, StageState::Done);
    advance();
}

void SyncPipeline::runCreateFile()
{
    enterStage(SyncStage::CreateFile);
    if (++m_urlsThisRun > maxUrlsPerRun) {
        // Every path that refreshes the URL ends here: however S3 and Torii answer, the asking is bounded.
        handleFailure(SyncStage::CreateFile,
                      ToriiError::local(SyncStage::CreateFile,
                                        tr("Torii's upload URLs kept expiring before the upload could use them (%1 "
                                           "URLs requested); stopped asking.")
                                            .arg(maxUrlsPerRun)));
        return;
    }
    ++m_urlRequests;
    startJob(m_client->requestUploadUrl(m_uploadName));
}

void SyncPipeline::runUpload()
{
    enterStage(SyncStage::Upload);
    startJob(m_client->upload(m_target, m_payload.path));
}

void SyncPipeline::runRegister()
{
    enterStage(SyncStage::GetFileId);
    startJob(m_client->registerFile(m_target.filePath));
}

void SyncPipeline::runSync()
{
    enterStage(SyncStage::Sync);
    startJob(m_client->startSync(m_fileId, m_appAccountId));
}

void SyncPipeline::startJob(ToriiJob* job)
{
    const SyncStage stage = job->stage();
    ++rec(stage).attempts;
    ++m_attempts.at(size_t(SyncStages::index(stage)));
    m_job = job;
    m_jobStartedMs = now();
    job->capTimeout(std::max(milliseconds(1000), m_policy.limits().stageBudget - milliseconds(stageTimeUsed())));
    if (stage == SyncStage::Upload) {
        connect(job, &ToriiJob::uploadProgress, this,
                [this](qint64 sent, qint64 total) { emit stageProgress(SyncStage::Upload, sent, total); });
    }
    connect(job, &ToriiJob::finished, this,
            [this, stage](const ToriiResponse& response) { onJobFinished(stage, response); });
    emit attemptStarted(stage, rec(stage).attempts);
    if (const QString unsaved = m_stateSaver ? m_stateSaver(stage) : QString(); !unsaved.isEmpty()) {
        m_job = nullptr;
        job->deleteLater(); // never started: nothing left the machine
        handleFailure(stage, ToriiError::local(stage, unsaved));
        return;
    }
    job->start();
}

void SyncPipeline::onJobFinished(SyncStage stage, const ToriiResponse& response)
{
    m_job = nullptr;
    const QString status = response.httpStatus > 0 ? QString::number(response.httpStatus) : tr("no response");
    log(QStringLiteral("%1: %2 -> %3 (%4 ms)")
            .arg(SyncStages::displayName(stage),
                 stage == SyncStage::Upload ? tr("PUT (pre-signed upload URL)") : tr("request"), status)
            .arg(now() - m_jobStartedMs));
    if (response.resentByTransport) {
        // Only Qt's stack re-sends, and the sync never goes through it (OneShotHttpRequest): harmless here.
        log(tr("%1: the connection dropped and Qt re-sent the request; repeating this call is harmless.")
                .arg(SyncStages::displayName(stage)));
    }
    if (!response.ok()) {
        handleFailure(stage, response.error);
        return;
    }
    switch (stage) {
    case SyncStage::CreateFile: {
        const auto target = ToriiClient::parseUploadTarget(response.json);
        if (!target) {
            handleFailure(stage,
                          ToriiError::invalidResponse(stage, tr("no uploadFileParameters.url/filePath in the answer")));
            return;
        }
        m_target = *target;
        // Its lifetime counts from when we asked (Torii started the clock somewhere in the round trip).
        m_urlObtainedMs = m_jobStartedMs;
        m_uploaded = false;
        if (!urlStillFresh()) {
            // Asking again would get another stale URL, each request carrying the key: stop here.
            const qint64 lifetime = ToriiClient::urlLifetimeSeconds(m_target.url);
            m_target = {};
            m_urlObtainedMs = -1;
            handleFailure(
                stage,
                ToriiError::invalidResponse(stage,
                                            tr("the upload URL had already expired when it arrived (valid %1 s, "
                                               "the request took %2 ms); check this computer's clock and network")
                                                .arg(lifetime)
                                                .arg(now() - m_jobStartedMs)));
            return;
        }
        log(tr("Create file: upload URL for %1 (valid %2 s): %3")
                .arg(m_target.filePath)
                .arg(ToriiClient::urlLifetimeSeconds(m_target.url))
                .arg(QString::fromUtf8(m_target.url)));
        break;
    }
    case SyncStage::Upload:
        m_uploaded = true;
        log(tr("Upload: %1 bytes stored, ETag %2.").arg(m_payload.bytes).arg(QString::fromLatin1(response.etag)));
        break;
    case SyncStage::GetFileId: {
        const auto id = ToriiClient::parseFileId(response.json);
        if (!id) {
            handleFailure(stage, ToriiError::invalidResponse(stage, tr("no file id in the answer")));
            return;
        }
        m_fileId = *id;
        log(tr("Get file ID: Torii file id %1.").arg(m_fileId));
        break;
    }
    case SyncStage::Sync:
        m_syncDone = true;
        m_syncUncertain = false;
        log(tr("Sync: Torii accepted file %1 for app account %2.").arg(m_fileId).arg(m_appAccountId));
        break;
    case SyncStage::FormatData:
    case SyncStage::None:
        break;
    }
    leaveStage(stage, StageState::Done);
    advance();
}

void SyncPipeline::handleFailure(SyncStage stage, ToriiError error)
{
    error.stage = stage;
    if (error.userText.isEmpty())
        error.describe();
    const int attempt = m_attempts.at(size_t(SyncStages::index(stage)));
    const bool cancelled = m_cancelRequested || error.kind == ToriiError::Kind::Cancelled;

    // Only a 4xx proves the sync was not started (429 throttled, 409 another one running, 400 refused). A 5xx
    // may come from a proxy after Torii took the request (503 as much as 502/504), or from Torii failing after
    // it started: like a lost answer, the outcome is unknown.
    const bool serverError = error.kind == ToriiError::Kind::Http && error.httpStatus >= 500;
    if (stage == SyncStage::Sync && error.requestSent &&
        (cancelled || error.kind != ToriiError::Kind::Http || serverError)) {
        m_syncUncertain = true;
    }
    if (cancelled) {
        leaveStage(stage, StageState::Cancelled);
        finishRun(Outcome::Cancelled, ToriiError::cancelled(stage));
        return;
    }
    log(tr("%1 failed: %2").arg(SyncStages::displayName(stage), error.userText));

    const int status = error.kind == ToriiError::Kind::Http ? error.httpStatus : 0;

    if (stage == SyncStage::Upload && status == 403 &&
        (error.isUrlExpired() || error.s3Code == u"SignatureDoesNotMatch") && m_urlRefreshes < maxUrlRefreshes) {
        // A fresh URL fixes expiry; for a signature mismatch it is worth exactly the same one more try.
        ++m_urlRefreshes;
        m_target = {};
        m_urlObtainedMs = -1;
        emit retrying(stage, attempt, 0, tr("the upload URL expired; requesting a new one"));
        log(tr("Upload: the URL is no longer valid; requesting a fresh one (stage 1)."));
        leaveStage(stage, StageState::Pending);
        advance();
        return;
    }

    if (stage == SyncStage::Sync && status == 409) {
        if (m_syncUncertain) {
            // Resent after an unknown outcome: a running sync is most likely the one we sent before.
            m_syncDone = true;
            m_syncUncertain = false;
            log(tr("Sync: Torii reports a sync already running, most likely the request sent before the "
                   "connection dropped; treating it as accepted and not sending again."));
            leaveStage(stage, StageState::Done);
            finishRun(Outcome::Succeeded);
            return;
        }
        if (const auto delay = m_policy.conflictDelay(milliseconds(m_conflictWaitedMs), error)) {
            m_conflictWaitedMs += delay->count();
            scheduleRetry(stage, *delay, tr("another sync is running (409)"));
            return;
        }
        error.userText = tr("Another sync was still running after waiting %1 s. Try again when it has finished.")
                             .arg(m_conflictWaitedMs / 1000);
    }

    const auto delay = RetryPolicy::mayRepeat(stage, error) ? m_policy.delayAfter(attempt, error) : std::nullopt;
    if (delay && milliseconds(stageTimeUsed()) + *delay > m_policy.limits().stageBudget) {
        error.userText += u' ' +
            tr("The stage \"%1\" gave up after %n s, its time limit.", nullptr,
               int(m_policy.limits().stageBudget.count() / 1000))
                .arg(SyncStages::displayName(stage));
    } else if (delay) {
        scheduleRetry(stage, *delay,
                      status > 0                         ? tr("HTTP %1").arg(status)
                          : error.toriiMessage.isEmpty() ? error.userText
                                                         : error.toriiMessage);
        return;
    }
    if (stage == SyncStage::Sync && m_syncUncertain) {
        error.userText += u' ' +
            tr("The sync request may have reached Torii: check the integration's status in Torii before "
               "resuming. Resume sends it once more; a 'sync already running' answer then counts as success.");
    }
    leaveStage(stage, StageState::Failed);
    emit stageFailed(stage, error);
    finishRun(Outcome::Failed, error);
}

void SyncPipeline::scheduleRetry(SyncStage stage, milliseconds delay, const QString& reason)
{
    const int attempt = m_attempts.at(size_t(SyncStages::index(stage)));
    log(tr("%1: retrying in %2 ms (%3).").arg(SyncStages::displayName(stage)).arg(delay.count()).arg(reason));
    emit retrying(stage, attempt, delay.count(), reason);
    const quint64 generation = m_generation;
    m_clock->schedule(delay, this, [this, generation] {
        if (generation == m_generation && m_running)
            advance();
    });
}

void SyncPipeline::finishRun(Outcome outcome, const ToriiError& error)
{
    if (!m_running)
        return;
    m_running = false;
    m_outcome = outcome;
    m_lastError = error;
    if (outcome == Outcome::Succeeded && !m_formatOnly)
        log(tr("Done: file %1 synced to app account %2.").arg(m_fileId).arg(m_appAccountId));
    else if (outcome == Outcome::Cancelled)
        log(tr("Cancelled. Resume continues at stage %1.").arg(SyncStages::displayName(nextStage())));
    emit finished(outcome);
}

void SyncPipeline::log(const QString& text)
{
    const QString line = m_client->redactor().redact(text);
    qCDebug(lcTorii).noquote() << line;
    emit logLine(line);
}

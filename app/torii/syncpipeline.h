#pragma once

#include "torii/payloadformatter.h"
#include "torii/priorrundecision.h"
#include "torii/retrypolicy.h"
#include "torii/syncstage.h"
#include "torii/toriiclient.h"
#include "torii/toriierror.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <array>
#include <functional>
#include <memory>

class Clock;
class ToriiJob;

// Runs Torii's five stages (DESIGN.md §1) for one payload as a state machine: progress, retries, cancel,
// resume. Used by the GUI's Sync page and `torii-sync-cli sync`.
//
// Order: stage 2 "Format data" runs FIRST, then 1, 3, 4, 5, so the 5-minute upload URL is minted only once
// the payload is on disk. The stages keep their numbers; a GUI lists them 1..5 and simply sees stage 2 finish
// before stage 1 starts. Stage 1 can run again later: whenever the URL is older than its lifetime (minus a
// margin) or S3 answers "Request has expired", a fresh URL is fetched before the upload is repeated.
//
// Resume: the pipeline remembers the payload, the URL, whether the upload finished, the file id and whether
// the sync was accepted, so resume() continues at the stage that failed. A sync Torii accepted is never sent
// again (reset() is the explicit way to start over). When the outcome of the sync request is unknown (the
// connection dropped or timed out after the request left, or any 5xx answer), the pipeline does NOT resend
// on its own: it stops, says so (syncOutcomeUnknown()), and only an explicit resume() sends it once more; a 409
// to that resend is read as "the earlier request is running" and counts as success.
class SyncPipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPipeline)

public:
    enum class StageState
    {
        Pending,
        Running,
        Done,
        Failed,
        Cancelled
    };
    Q_ENUM(StageState)

    enum class Outcome
    {
        None, // not finished yet
        Succeeded,
        Failed,
        Cancelled
    };
    Q_ENUM(Outcome)

    struct StageRecord
    {
        StageState state = StageState::Pending;
        qint64 elapsedMs = 0; // wall time spent in the stage, waits included, summed over runs
        int attempts = 0;
    };

    explicit SyncPipeline(ToriiClient* client, QObject* parent = nullptr);
    ~SyncPipeline() override;

    void setFormatter(PayloadFormatter formatter);
    // Shortcut: the payload is already written (stage 2 only hashes it).
    void setPayloadFile(const QString& path, qint64 users = 0, qint64 licenses = 0);
    void setAppAccountId(qint64 id);
    // Name sent in GET /files/url; default "torii-sync-<first 12 hex of sha256>.json".
    void setUploadFileName(const QString& name);
    void setClock(Clock* clock);
    void setRetryPolicy(const RetryPolicy& policy);
    // Only the total time a stage may take (RetryPolicy::Limits::stageBudget), e.g. from --stage-timeout.
    void setStageBudget(std::chrono::milliseconds budget)
    {
        RetryPolicy::Limits limits = m_policy.limits();
        limits.stageBudget = budget;
        m_policy.setLimits(limits);
    }
    // Asked once per start/resume, after stage 2 and before the first request (see PriorRunDecision). A
    // Refuse ends the run as Failed; a later resume() asks again.
    void setPriorRunCheck(PriorRunCheck check);
    // Called right before each request leaves (after attemptStarted) to put the state on disk; a non-empty
    // answer (why it could not be saved) fails the stage without sending: no state-changing request leaves
    // unless the state before it is on disk (SyncJournal installs it).
    using StateSaver = std::function<QString(SyncStage stage)>;
    void setStateSaver(StateSaver saver) { m_stateSaver = std::move(saver); }
    // Stop after stage 2 (a run that formats first and decides later, e.g. SyncRun's dry run or its checks
    // before anything is sent): the run finishes Succeeded with the payload; a later resume() without this
    // continues with the stages that send.
    void setFormatOnly(bool formatOnly) { m_formatOnly = formatOnly; }

    // Starts (or, if there is unfinished work, continues) the run. Does nothing while running.
    void start();
    // Continues a failed or cancelled run at the stage that stopped, keeping finished work.
    void resume();
    // Stops at once: aborts the current request, drops pending retries, stops the formatter.
    void cancel();
    // Forgets everything, including a completed sync: the only way to sync the same payload again.
    void reset();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] Outcome outcome() const { return m_outcome; }
    [[nodiscard]] ToriiError lastError() const { return m_lastError; }
    [[nodiscard]] StageRecord record(SyncStage stage) const;
    [[nodiscard]] const FormattedPayload& payload() const { return m_payload; }
    [[nodiscard]] qint64 fileId() const { return m_fileId; }
    [[nodiscard]] bool syncAccepted() const { return m_syncDone; }
    [[nodiscard]] bool syncOutcomeUnknown() const { return m_syncUncertain; }
    [[nodiscard]] int urlRequests() const { return m_urlRequests; }
    // A sync whose outcome was unknown turned out to have reached Torii (the verification saw its users): it
    // counts as accepted and is never sent again.
    void markSyncAccepted();
    // The stage a resume() would start with (None when the sync is done).
    [[nodiscard]] SyncStage nextStage() const;

signals:
    void stageStarted(SyncStage stage);
    void stageProgress(SyncStage stage, qint64 done, qint64 total);
    void stageFinished(SyncStage stage);
    // Emitted right before each request leaves (first try and every retry), e.g. for SyncJournal.
    void attemptStarted(SyncStage stage, int attempt);
    void stageFailed(SyncStage stage, const ToriiError& error);
    void retrying(SyncStage stage, int attempt, qint64 delayMs, const QString& reason);
    void logLine(const QString& line); // already redacted
    void finished(SyncPipeline::Outcome outcome);

private:
    struct FormatState;

    void advance();
    [[nodiscard]] bool applyPriorRun();
    void markSkipped(SyncStage stage);
    void runFormat();
    void onFormatted();
    void runCreateFile();
    void runUpload();
    void runRegister();
    void runSync();
    void startJob(ToriiJob* job);
    void onJobFinished(SyncStage stage, const ToriiResponse& response);
    void handleFailure(SyncStage stage, ToriiError error);
    void scheduleRetry(SyncStage stage, std::chrono::milliseconds delay, const QString& reason);
    void enterStage(SyncStage stage);
    void leaveStage(SyncStage stage, StageState state);
    void finishRun(Outcome outcome, const ToriiError& error = {});
    void log(const QString& text);
    [[nodiscard]] bool urlStillFresh() const;
    [[nodiscard]] qint64 now() const;
    [[nodiscard]] qint64 stageTimeUsed() const;
    [[nodiscard]] StageRecord& rec(SyncStage stage);

    ToriiClient* m_client;
    Clock* m_clock;
    RetryPolicy m_policy;
    PayloadFormatter m_formatter;
    qint64 m_appAccountId = 0;
    QString m_uploadName;
    PriorRunCheck m_priorRunCheck;
    StateSaver m_stateSaver;
    bool m_formatOnly = false;

    // Run state (what resume() keeps).
    FormattedPayload m_payload;
    bool m_formatted = false;
    ToriiClient::UploadTarget m_target;
    qint64 m_urlObtainedMs = -1;
    bool m_uploaded = false;
    qint64 m_fileId = -1;
    bool m_syncDone = false;
    bool m_syncUncertain = false;
    bool m_priorRunSettled = false;
    int m_urlRequests = 0;
    int m_urlRefreshes = 0;
    int m_urlsThisRun = 0;
    qint64 m_conflictWaitedMs = 0;

    // Current activity.
    bool m_running = false;
    bool m_cancelRequested = false;
    quint64 m_generation = 0; // bumps on cancel so stale timers do nothing
    Outcome m_outcome = Outcome::None;
    ToriiError m_lastError;
    SyncStage m_current = SyncStage::None;
    qint64 m_stageStartedMs = 0;
    qint64 m_jobStartedMs = 0;
    std::array<StageRecord, 5> m_records {};
    std::array<int, 5> m_attempts {};
    QPointer<ToriiJob> m_job;
    std::shared_ptr<FormatState> m_format;
    QFutureWatcher<FormattedPayload> m_formatWatcher;
    QTimer m_progressTimer;
};

Q_DECLARE_METATYPE(SyncPipeline::Outcome)

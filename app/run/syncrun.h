#pragma once

#include "history/snapshotstore.h"
#include "history/syncjournal.h"
#include "run/runwords.h"
#include "run/syncrequest.h"
#include "run/syncrunresult.h"
#include "safesync/syncsafety.h"
#include "torii/syncpipeline.h"
#include "torii/toriiclient.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

class HistoryStore;
class QNetworkAccessManager;
class PayloadWorkDir;

// One sync run from request to result: the single orchestrator behind `torii-sync-cli sync`, the window's
// Sync page and saved jobs. It owns the SyncPipeline and the SyncJournal, writes the history record, and maps
// the outcome to an exit code and to the window's words. Work happens in worker threads or asynchronously on
// the event loop, so it never blocks a GUI; the CLI runs a QEventLoop until finished().
//
// Phases, in order (each step starts the next when it is done; a failure goes straight to Finished):
//   Loading     read, map and validate the source (worker thread; skipped for a reviewed payload)
//   Formatting  stage 2: write (or hash the reviewed) payload (the pipeline, format-only)
//   Preflight   checks before anything leaves (a dry run finishes after it)
//   Recording   the journal takes the app account's lock and writes the row before any request
//   Sending     stages 1, 3, 4, 5 (the pipeline, with the prior-run check after stage 2)
//   Verifying   checks after Torii accepted the sync
//   Finished    the outcome, exit code and history row are final; finished() is emitted once
class SyncRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRun)

public:
    enum class Phase
    {
        Idle,
        Loading,
        Formatting,
        Preflight,
        Recording,
        Sending,
        Verifying,
        Finished
    };
    Q_ENUM(Phase)

    // Either may be null: the run then makes its own (the default history file, a network manager). Both must
    // outlive the run.
    explicit SyncRun(HistoryStore* history = nullptr, QNetworkAccessManager* nam = nullptr, QObject* parent = nullptr);
    ~SyncRun() override;

    // What a request's target lacks, checked before any work (empty when fine): the URL (https, or http on
    // this computer) and the app account id. start() checks it too (dry runs excepted).
    [[nodiscard]] static QString checkTarget(const SyncRequest& request);

    // Starts a new run (forgetting the previous one). False when one is running.
    bool start(const SyncRequest& request);
    // Continues a stopped run at the stage that stopped, keeping finished stages; after a refusal (an earlier
    // run's sync may have reached Torii) it sends anyway. apiKey, when given, replaces the request's.
    bool resume(const QString& apiKey = {});
    // The removals the admin accepts (after the removal guard stopped the run, before resume()).
    void setAllowRemovals(const RemovalGuard::Allowance& allowance) { m_request.allowRemovals = allowance; }
    // Stops at once; finished() follows with RunOutcome::Cancelled.
    void cancel();
    // Forgets a finished run (new data): the next start() begins from scratch.
    void reset();

    [[nodiscard]] bool isRunning() const { return m_phase != Phase::Idle && m_phase != Phase::Finished; }
    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] const SyncRequest& request() const { return m_request; }
    [[nodiscard]] const SyncRunResult& result() const { return m_result; }
    // A stopped run that resume() can continue.
    [[nodiscard]] bool canResume() const;
    // The stage a resume() would start with.
    [[nodiscard]] SyncStage nextStage() const { return m_pipeline.nextStage(); }
    // The payload stage 2 wrote (counts, bytes, hash) and the stages' state.
    [[nodiscard]] const SyncPipeline& pipeline() const { return m_pipeline; }

    // The window's words for a finished run: a short headline ("Done.", "Cancelled.", "Stopped at “Upload”.")
    // and what happened / what to do next. Plain text.
    [[nodiscard]] static QString headline(const SyncRunResult& result) { return RunWords::headline(result); }
    [[nodiscard]] QString advice() const { return RunWords::advice(m_result, m_pipeline.nextStage()); }

signals:
    void phaseChanged(SyncRun::Phase phase);
    void loadProgress(qint64 done, qint64 total);
    void stageStarted(SyncStage stage);
    void stageProgress(SyncStage stage, qint64 done, qint64 total);
    void stageFinished(SyncStage stage);
    void stageFailed(SyncStage stage, const ToriiError& error);
    void retrying(SyncStage stage, int attempt, qint64 delayMs, const QString& reason);
    void notice(const QString& text);  // worth showing without the log (e.g. auto-match conflicts)
    void logLine(const QString& line); // the pipeline's log, already redacted
    void recorded(qint64 historyId);   // the history row was written (begin, each stage, finish)
    void finished(const SyncRunResult& result);

private:
    struct LoadState;

    void setPhase(Phase phase);
    void runLoad();
    void onLoaded();
    void runFormat();
    void runPreflight();
    void runSend();
    void runVerify();
    void onPreflightFinished(bool proceed);
    void onVerified(SyncSafety::Verified verified);
    void onSnapshotKept(const QString& error);
    void onPipelineFinished(SyncPipeline::Outcome outcome);
    void onEarlierChecked(SyncSafety::Verified verified);
    void finish();
    void settleOutcome();
    void writeHistory();
    [[nodiscard]] PayloadFormatter formatter(const LoadedSource& loaded);

    std::unique_ptr<HistoryStore> m_ownHistory;
    HistoryStore* m_history;
    std::unique_ptr<QNetworkAccessManager> m_ownNam;
    ToriiClient m_client;
    SyncPipeline m_pipeline;
    SyncJournal m_journal; // after the pipeline and the store: it writes its last word through both
    SnapshotStore m_snapshots;
    SyncSafety m_safety;
    bool m_settling = false;        // verifying a sync whose answer was lost
    bool m_keepingSnapshot = false; // the run finishes once the accepted payload's snapshot is written
    // Refused for an earlier run whose sync answer was lost: checking Torii for that sync (once per run), and
    // what the check found when it did not settle it.
    bool m_checkingEarlier = false;
    bool m_earlierChecked = false;
    QString m_earlierNote;
    SyncRequest m_request;
    SyncRunResult m_result;
    Phase m_phase = Phase::Idle;
    std::shared_ptr<ConvertResult> m_converted; // written by the formatter in its worker thread
    std::unique_ptr<PayloadWorkDir> m_workDir;
    std::shared_ptr<LoadState> m_load;
    QFutureWatcher<LoadedSource> m_loadWatcher;
    QTimer m_loadProgress;
    QElapsedTimer m_clock;
};

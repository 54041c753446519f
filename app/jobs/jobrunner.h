#pragma once

#include "common/progress.h"
#include "jobs/jobrunreport.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class HistoryStore;
struct Job;

// Runs saved jobs: resolves the job's source (file, or newest match in a folder), skips the run when the
// source is byte-for-byte the one of the job's last accepted sync (a successful no-op, said so), hands the rest
// to the sync orchestrator (SyncRun, which labels the history row with the job), and calls the job's webhook
// when the outcome asks for it (a failing webhook is only logged). Used by `torii-sync-cli job run` and the window's
// Jobs page.
class JobRunner
{
    Q_DECLARE_TR_FUNCTIONS(JobRunner)

public:
    // What the sync orchestrator is asked to do for one job run.
    struct SyncRequest
    {
        QString jobName;
        QString profile;
        QString sourcePath; // resolved: the file to read
        QString preset;     // empty = auto-match
        QString policy;     // empty = the preset's
        qint64 maxInvalidPercent = -1;
        qint64 allowRemovals = -1; // Job::AllRemovalsAllowed = no limit
    };
    // Runs one sync and says how it went (historyId set when a history row was written).
    using SyncFunction = std::function<JobRunReport(const SyncRequest&)>;
    using LogFunction = std::function<void(const QString&)>;

    JobRunner(HistoryStore* history, SyncFunction sync, LogFunction log);

    [[nodiscard]] JobRunReport run(const Job& job);
    // One job after another, in the order given; a job that fails or is stopped by a guard does not stop the
    // others. (Runs never overlap, so one app account is never synced by two jobs at once.) A raised `stop`
    // (Ctrl+C) ends the batch after the current job.
    [[nodiscard]] QList<JobRunReport> runAll(const QList<Job>& jobs, const CancelFlag* stop = nullptr);
    // The worst exit code of a batch: the highest, with 130 (cancelled) above all.
    [[nodiscard]] static int worstExitCode(const QList<JobRunReport>& reports);

private:
    void notify(const Job& job, const JobRunReport& report);

    HistoryStore* m_history;
    SyncFunction m_sync;
    LogFunction m_log;
};

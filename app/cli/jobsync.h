#pragma once

#include "jobs/jobrunner.h"

#include <QCoreApplication>

class Console;
struct SyncRunResult;

// Runs one job's sync through the one orchestrator (SyncRun, by way of SyncCommand::execute: the same profile
// and key resolution, progress and warnings as `torii-sync-cli sync`), so a job run and a hand-typed sync
// cannot drift apart, and turns its result into the job's report.
class JobSync
{
    Q_DECLARE_TR_FUNCTIONS(JobSync)

public:
    [[nodiscard]] static JobRunReport run(const JobRunner::SyncRequest& request, Console& console);
    [[nodiscard]] static JobRunReport reportOf(const SyncRunResult& result);
};

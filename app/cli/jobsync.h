#pragma once

#include "jobs/jobrunner.h"

#include <QCoreApplication>

class Console;

// Runs one job's sync through the same code as `torii-sync-cli sync` (in this process, the report read from
// its JSON), so a job run and a hand-typed sync cannot drift apart. Progress and messages go to the console's
// stderr.
class JobSync
{
    Q_DECLARE_TR_FUNCTIONS(JobSync)

public:
    [[nodiscard]] static JobRunReport run(const JobRunner::SyncRequest& request, Console& console);
    // The sync arguments for a request (without the program and command name).
    [[nodiscard]] static QStringList arguments(const JobRunner::SyncRequest& request);
};

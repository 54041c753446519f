#pragma once

#include "history/historyrecord.h"
#include "payload/convertresult.h"
#include "torii/toriierror.h"

#include <QString>
#include <QStringList>

// How one SyncRun ended: what the CLI prints and exits with, what the window shows, what a job runner
// reports. New checks add their own section here (e.g. a diff against Torii, a verification).
struct SyncRunResult
{
    RunOutcome outcome = RunOutcome::Running; // Running until finished()
    int exitCode = 0;                         // ExitCode (DESIGN.md §4)
    QString error;                            // why it did not succeed, plain translated text; empty on success
    ToriiError toriiError;                    // when Torii, the network or the prior-run check stopped it
    bool notStarted = false;                  // stopped before the first request could leave (lock, history)
    bool refused = false;                     // an earlier run's sync may have reached Torii: not sent unless forced
    bool syncOutcomeUnknown = false;          // the sync request left and no answer came
    qint64 fileId = -1;                       // Torii's file id
    qint64 payloadBytes = 0;
    ConvertResult conversion;       // counts and issues (the reviewed dry run's in the window)
    QStringList autoMatchConflicts; // when the columns were matched by name
    HistoryRecord record;           // as written: stages with results, timings, attempts; record.id is its row
    QString historyError;           // why the history row could not be written (record.id == 0)
    qint64 priorRunId = 0;          // the earlier run of the same payload this one continued or refused
    qint64 readMs = 0;
    qint64 elapsedMs = 0;

    [[nodiscard]] bool succeeded() const { return outcome == RunOutcome::Succeeded || outcome == RunOutcome::DryRun; }
};

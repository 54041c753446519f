#pragma once

#include "diff/userdiff.h"
#include "history/historyrecord.h"
#include "import/importresult.h"
#include "payload/convertresult.h"
#include "safesync/syncsafety.h"
#include "torii/toriierror.h"

#include <QString>
#include <QStringList>

#include <optional>

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
    QList<ImportNotice> notices;    // what the reader noticed (ragged rows, lines that are not valid UTF-8, ...)
    HistoryRecord record;           // as written: stages with results, timings, attempts; record.id is its row
    QString historyError;           // why the history row could not be written (record.id == 0)
    qint64 priorRunId = 0;          // the earlier run of the same payload this one continued or refused
    // Safe sync: what the payload changes in the app account (absent when the run stopped before comparing),
    // why Torii's users were not the source (empty when they were), whether the removal guard stopped the run,
    // and whether Torii shows the sync afterwards.
    std::optional<UserDiff> diff;
    QString diffNote;
    bool blockedByRemovals = false;
    SyncSafety::Verified verified = SyncSafety::Verified::NotChecked;
    qint64 readMs = 0;
    qint64 elapsedMs = 0;

    [[nodiscard]] bool succeeded() const { return outcome == RunOutcome::Succeeded || outcome == RunOutcome::DryRun; }
};

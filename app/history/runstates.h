#pragma once

#include <QCoreApplication>
#include <QString>

// How a sync run ended, as the history, `history`, `sync --json` and the window know it. The words (key()) are
// the SQLite and JSON spelling only; everywhere else the enum is compared.
enum class RunOutcome
{
    Running,     // in progress (or its process died before it could say otherwise)
    Succeeded,   // Torii accepted the sync
    Failed,      // stopped by Torii, the network, the input or the history
    Cancelled,   // stopped by the user (Cancel, Ctrl+C)
    Blocked,     // validation found rows with errors (or no valid user) and nothing was sent
    DryRun,      // formatted only, nothing sent
    Interrupted, // was "running" when a later run of the same app account took the lock: its process died
    Unanswered,  // the sync request left and no answer came: Torii may have received it (stored as "unknown")
    Unrecognized // a word this version does not know
};

// One stage's result in a run's history entry.
enum class StageResult
{
    Pending,  // not reached
    Running,  // its request left (for the sync stage: maybe received by Torii)
    Retrying, // its last attempt was answered and not taken; the next has not left yet
    Done,
    Failed,
    Cancelled,
    Skipped,
    Unrecognized
};

// The one place that spells the states for storage and says them to the user (translated).
class RunStates
{
    Q_DECLARE_TR_FUNCTIONS(RunStates)

public:
    // "running", "succeeded", "failed", "cancelled", "blocked", "dry-run", "interrupted", "unknown".
    [[nodiscard]] static QString key(RunOutcome outcome);
    // Unrecognized for any other word (e.g. written by another version).
    [[nodiscard]] static RunOutcome outcomeFromKey(QStringView key);
    // "pending", "running", "retrying", "done", "failed", "cancelled", "skipped".
    [[nodiscard]] static QString key(StageResult result);
    [[nodiscard]] static StageResult stageResultFromKey(QStringView key);

    // As the admin reads them ("Succeeded", "Sync sent, no answer", "not reached", ...).
    [[nodiscard]] static QString text(RunOutcome outcome);
    [[nodiscard]] static QString text(StageResult result);
    // The run did not end well and needs a look (failed, blocked, unanswered, interrupted).
    [[nodiscard]] static bool isProblem(RunOutcome outcome);
};

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// How one job run ended, as `job run` prints it, the batch table lists it, the webhook reports it and the
// Jobs page shows it.
struct JobRunReport
{
    Q_DECLARE_TR_FUNCTIONS(JobRunReport)

public:
    enum class Outcome
    {
        Succeeded,
        Unchanged,    // the source has the SHA-256 of the job's last accepted sync: nothing sent, success
        Blocked,      // validation blocked the data
        GuardStopped, // a guard (invalid rows, removals) stopped it before the sync
        Failed,       // Torii, the network, the key, or the job's own setup (profile, source) failed
        Unknown,      // the sync request left and no answer came: check Torii before running again
        Cancelled,
    };

    QString job;
    QString file; // the source file's name (no folder)
    Outcome outcome = Outcome::Failed;
    int exitCode = 0;
    qint64 users = -1; // -1: not known (the run stopped before counting)
    qint64 licenses = -1;
    qint64 rejected = -1;
    qint64 removals = -1;
    qint64 fileId = -1;   // Torii's file id
    qint64 historyId = 0; // the history row of the run; 0 = none
    qint64 durationMs = 0;
    QString message; // for the person at the terminal; never sent in a webhook

    [[nodiscard]] static QString outcomeKey(Outcome outcome);  // succeeded, unchanged, blocked, guard-stopped, ...
    [[nodiscard]] static QString outcomeText(Outcome outcome); // translated, for tables
    // Whether a run with this outcome notifies (success only when the job asks for it).
    [[nodiscard]] static bool notifies(Outcome outcome, bool onSuccess);
    [[nodiscard]] QJsonObject toJson() const;
    // The other way (what `job run --json` printed), for the window that runs jobs through the CLI.
    [[nodiscard]] static JobRunReport fromJson(const QJsonObject& json);
};

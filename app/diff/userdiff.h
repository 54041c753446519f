#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// What a sync would change in an app account (or, after it, what is still to show): counts and the e-mails
// behind them. Made by DiffEngine; shown by the CLI's diff and sync (the "diff" object of --json), the
// window's Review and Sync pages, and judged by RemovalGuard.
struct UserDiff
{
    Q_DECLARE_TR_FUNCTIONS(UserDiff)

public:
    // What the payload was compared with.
    enum class Source
    {
        None,     // nothing known about the account: every user counts as added
        Torii,    // GET /apps/{idApp}/users, the account's rows
        LastSync, // the local snapshot of the last accepted sync of the same target
    };
    static constexpr int sampleSize = 20;

    Source source = Source::None;
    qint64 current = 0;                       // the account's active users before the sync
    qint64 unchanged = 0;                     // active before and after (licences may still change)
    QList<QByteArray> added;                  // new active users (absent or never listed before)
    QList<QByteArray> removed;                // active now, absent from the file
    QList<QByteArray> deactivated;            // active now, "deleted" in the file
    QList<QByteArray> reactivated;            // deleted now, active in the file
    QList<QByteArray> licenseChanged;         // users on both sides whose held licences differ
    QMap<QByteArray, qint64> licensesAdded;   // licence name -> users who get it
    QMap<QByteArray, qint64> licensesRemoved; // licence name -> users who lose it

    // Removals the guard weighs: users who stop being active users of the account.
    [[nodiscard]] qint64 removals() const { return qint64(removed.size() + deactivated.size()); }
    // Nothing left to change in the users' presence and status (what verification waits for).
    [[nodiscard]] bool statusesMatch() const
    {
        return added.isEmpty() && removed.isEmpty() && deactivated.isEmpty() && reactivated.isEmpty();
    }

    // {"source", "current", "added", "removed", "deactivated", "reactivated", "unchanged",
    //  "licenses": {"changed", "added": {name: n}, "removed": {name: n}}, "removedSample": [first 20 e-mails]}
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static QString sourceKey(Source source);
    // Translated words for the window and the CLI's text output.
    [[nodiscard]] static QString sourceText(Source source);
    // One line: "+12 added, −3 removed, 1 deactivated, 0 reactivated, 840 unchanged".
    [[nodiscard]] QString summary() const;
};

#pragma once

#include "common/backgroundtask.h"
#include "diff/removalguard.h"
#include "diff/userset.h"
#include "safesync/preflight.h"
#include "safesync/syncverifier.h"

#include <QCoreApplication>
#include <QObject>

#include <chrono>
#include <memory>

class SnapshotStore;
class ToriiClient;

// The safe-sync half of one SyncRun: before anything is sent, what the payload changes in the app account and
// whether the removal guard lets it through (Preflight); after Torii accepted the sync, whether the account shows
// it (SyncVerifier), which also settles a sync whose answer was lost; and the snapshot of each accepted sync
// that later runs compare with when Torii cannot be asked. SyncRun owns one and calls it at its phases.
class SyncSafety final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSafety)

public:
    struct Options
    {
        qint64 appId = 0; // 0: Torii's users cannot be listed; the last sync's snapshot is used
        RemovalGuard::Thresholds thresholds;
        RemovalGuard::Allowance allowance;
        std::chrono::milliseconds verifyLimit {300000}; // 0: no check after the sync
    };
    enum class Verified
    {
        NotChecked, // no app id, no sync, or Torii's users could not be listed ("verified": null)
        Yes,
        No // not visible within the limit
    };

    SyncSafety(ToriiClient* client, SnapshotStore* snapshots, QObject* parent = nullptr);
    ~SyncSafety() override;

    void setClock(Clock* clock);
    // Forgets the previous run's results.
    void reset(const Options& options, const QString& apiUrl, qint64 appAccountId);

    // Compares the payload's users with the account's; preflightFinished(proceed) answers.
    void runPreflight(std::shared_ptr<const UserSet> payload);
    [[nodiscard]] bool hasDiff() const { return m_hasDiff; }
    [[nodiscard]] const Preflight::Result& preflight() const { return m_preflight->result(); }

    // Whether verification can run (an app id and a limit); verificationFinished() answers runVerification().
    [[nodiscard]] bool canVerify() const;
    void runVerification();
    // Whether Torii already shows the payload, sent by an earlier run whose sync answer was lost: polls at once
    // and for at most `limit` (the earlier sync had its time to settle); verificationFinished() answers without
    // a notice of its own, and the next runVerification() waits as usual again.
    void runEarlierSyncCheck(std::chrono::milliseconds limit = std::chrono::seconds(10));
    [[nodiscard]] Verified verified() const { return m_verified; }
    // "Verified after 12 s" / "Not visible in Torii after 5 min" / empty: for the history and the window.
    [[nodiscard]] QString verificationText() const;
    // "verified" / "not visible after N min" / empty, as the history keeps it.
    [[nodiscard]] QString verificationRecord() const;

    // After an accepted sync: the payload becomes the target's snapshot, written on the thread pool (a million
    // users take a quarter of a second and an fsync, too long for the window's thread). snapshotKept() answers,
    // also when there is nothing to keep. cancel() does not stop it: an accepted sync's snapshot is always kept.
    void keepSnapshot();
    void cancel();

signals:
    void preflightFinished(bool proceed);
    void verificationFinished(SyncSafety::Verified verified);
    void progress(qint64 rows, qint64 total);
    void notice(const QString& text);
    // error: why the snapshot could not be kept (empty when it was, or when there was none to keep).
    void snapshotKept(const QString& error);

private:
    SnapshotStore* m_snapshots;
    Options m_options;
    QString m_apiUrl;
    qint64 m_appAccountId = 0;
    std::shared_ptr<const UserSet> m_payload;
    Preflight* m_preflight;
    SyncVerifier* m_verifier;
    bool m_hasDiff = false;
    bool m_earlierCheck = false; // the running verification is runEarlierSyncCheck()'s
    Verified m_verified = Verified::NotChecked;
    BackgroundTask<QString> m_keep {this}; // last: its destructor waits for a snapshot being written
};

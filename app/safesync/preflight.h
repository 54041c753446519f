#pragma once

#include "common/backgroundtask.h"
#include "diff/removalguard.h"
#include "diff/userdiff.h"
#include "diff/userset.h"
#include "torii/accountusersfetch.h"
#include "torii/toriierror.h"

#include <QObject>
#include <QPointer>

#include <memory>
class Clock;
class SnapshotStore;
class ToriiClient;

// What a sync would change, decided before anything is sent: lists the app account's users in Torii (when the
// app id is known), falls back to the snapshot of the last accepted sync of the same target when it is not or
// the listing fails, compares with the payload and applies the removal guard. Used by SyncRun's gate and by
// `torii-sync-cli diff`. The comparison itself runs on the thread pool, so a window stays responsive.
class Preflight final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Preflight)

public:
    struct Target
    {
        QString apiUrl; // as the history and the snapshots name it
        qint64 appId = 0;
        qint64 appAccountId = 0;
    };
    struct Result
    {
        UserDiff diff;
        bool blocked = false;
        QString blockMessage;
        // Why Torii's users were not used (empty when they were, or when no app id was given).
        QString fallbackReason;
        ToriiError toriiError;
    };

    Preflight(ToriiClient* client, SnapshotStore* snapshots, QObject* parent = nullptr);
    ~Preflight() override;

    void setClock(Clock* clock);
    void setThresholds(const RemovalGuard::Thresholds& thresholds) { m_thresholds = thresholds; }
    void setAllowance(const RemovalGuard::Allowance& allowance) { m_allowance = allowance; }
    [[nodiscard]] const RemovalGuard::Thresholds& thresholds() const { return m_thresholds; }

    // Compares `payload` with the target's users; answers with finished(). The payload must outlive the run.
    void start(const Target& target, std::shared_ptr<const UserSet> payload);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_fetch != nullptr || m_comparing; }
    [[nodiscard]] const Result& result() const { return m_result; }

signals:
    void progress(qint64 rows, qint64 total);
    void finished();

private:
    // What the thread pool hands back: the diff, and why the snapshot could not be read when it was asked for.
    struct Compared
    {
        UserDiff diff;
        QString snapshotError;
    };

    void onFetched(bool ok);
    void compareWithSnapshot();
    void conclude(UserSet current, UserDiff::Source source);
    void onCompared(Compared compared);

    ToriiClient* m_client;
    SnapshotStore* m_snapshots;
    Clock* m_clock = nullptr;
    RemovalGuard::Thresholds m_thresholds;
    RemovalGuard::Allowance m_allowance;
    Target m_target;
    std::shared_ptr<const UserSet> m_payload;
    QPointer<AccountUsersFetch> m_fetch;
    Result m_result;
    bool m_comparing = false;
    // Last: gone (cancelled and joined) before what its result arrives at.
    BackgroundTask<Compared> m_compare {this};
};

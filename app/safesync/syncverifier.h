#pragma once

#include "common/backgroundtask.h"
#include "diff/userdiff.h"
#include "diff/userset.h"
#include "torii/accountusersfetch.h"
#include "torii/toriierror.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>
class Clock;
class ToriiClient;

// Checks after a sync that Torii shows it: polls GET /apps/{idApp}/users (each poll pages through the app's
// users within the rate limit; polls back off 2 s, 4 s, 8 s ... up to 30 s apart) until the account lists the
// payload's users with the payload's statuses, or a time limit passes. Torii has no sync status endpoint, so
// this is the only evidence of the result; SyncRun records it, and uses it to settle a sync whose answer was lost.
class SyncVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncVerifier)

public:
    enum class Verdict
    {
        None,       // not finished (or never started)
        Verified,   // the account shows the payload's users
        NotVisible, // the time limit passed first
        Unchecked   // Torii's users could not be listed (error() says why)
    };
    Q_ENUM(Verdict)

    static constexpr std::chrono::milliseconds defaultFirstDelay {2000};

    explicit SyncVerifier(ToriiClient* client, QObject* parent = nullptr);
    ~SyncVerifier() override;

    void setClock(Clock* clock);
    void setTimeLimit(std::chrono::milliseconds limit) { m_limit = limit; }
    [[nodiscard]] std::chrono::milliseconds timeLimit() const { return m_limit; }
    // The wait before the first poll (Torii processes the file after answering the sync).
    void setFirstDelay(std::chrono::milliseconds delay) { m_firstDelay = delay; }

    void start(qint64 appId, qint64 appAccountId, std::shared_ptr<const UserSet> payload);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

    [[nodiscard]] Verdict verdict() const { return m_verdict; }
    [[nodiscard]] int polls() const { return m_polls; }
    [[nodiscard]] qint64 elapsedMs() const;
    [[nodiscard]] const ToriiError& error() const { return m_error; }
    // What the last poll still found different (empty when verified).
    [[nodiscard]] const UserDiff& remaining() const { return m_remaining; }

signals:
    void polled(int poll, qint64 stillDifferent);
    void finished(SyncVerifier::Verdict verdict);

private:
    void poll();
    void onFetched(bool ok);
    void onCompared(UserDiff remaining);
    void finish(Verdict verdict);

    ToriiClient* m_client;
    Clock* m_clock;
    std::chrono::milliseconds m_limit {300000};
    std::chrono::milliseconds m_firstDelay = defaultFirstDelay;
    std::chrono::milliseconds m_nextDelay {2000};
    qint64 m_appId = 0;
    qint64 m_appAccountId = 0;
    std::shared_ptr<const UserSet> m_payload;
    QPointer<AccountUsersFetch> m_fetch;
    Verdict m_verdict = Verdict::None;
    ToriiError m_error;
    UserDiff m_remaining;
    qint64 m_startedMs = 0;
    quint64 m_generation = 0;
    quint64 m_comparedGeneration = 0; // the run a comparison in flight belongs to
    int m_polls = 0;
    bool m_running = false;
    // Comparing a million users takes a few hundred milliseconds: off the caller's (the window's GUI) thread.
    BackgroundTask<UserDiff> m_compare {this};
};

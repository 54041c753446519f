#include "safesync/syncverifier.h"

#include "diff/diffengine.h"
#include "torii/accountusersfetch.h"
#include "torii/clock.h"

using std::chrono::milliseconds;

namespace
{
    constexpr milliseconds maxPollGap {30000};
}

SyncVerifier::SyncVerifier(ToriiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(SystemClock::instance())
{
    m_compare.onFinished([this](UserDiff remaining) { onCompared(std::move(remaining)); });
}

SyncVerifier::~SyncVerifier()
{
    cancel();
}

void SyncVerifier::setClock(Clock* clock)
{
    m_clock = clock ? clock : SystemClock::instance();
}

qint64 SyncVerifier::elapsedMs() const
{
    return m_startedMs > 0 || m_polls > 0 ? m_clock->nowMs() - m_startedMs : 0;
}

void SyncVerifier::start(qint64 appId, qint64 appAccountId, std::shared_ptr<const UserSet> payload)
{
    cancel();
    m_appId = appId;
    m_appAccountId = appAccountId;
    m_payload = std::move(payload);
    m_verdict = Verdict::None;
    m_error = {};
    m_remaining = {};
    m_polls = 0;
    m_running = true;
    m_startedMs = m_clock->nowMs();
    m_nextDelay = std::max(m_firstDelay, milliseconds(500));
    const quint64 generation = ++m_generation;
    m_clock->schedule(m_firstDelay, this, [this, generation] {
        if (generation == m_generation)
            poll();
    });
}

void SyncVerifier::cancel()
{
    ++m_generation;
    m_compare.cancel();
    if (m_fetch) {
        m_fetch->disconnect(this);
        m_fetch->cancel();
        m_fetch->deleteLater();
        m_fetch = nullptr;
    }
    m_running = false;
}

void SyncVerifier::poll()
{
    ++m_polls;
    m_fetch = new AccountUsersFetch(m_client, m_appId, m_appAccountId, this);
    m_fetch->setClock(m_clock);
    connect(m_fetch, &AccountUsersFetch::finished, this, &SyncVerifier::onFetched);
    m_fetch->start();
}

void SyncVerifier::onFetched(bool ok)
{
    AccountUsersFetch* fetch = m_fetch;
    m_fetch = nullptr;
    fetch->deleteLater();
    if (!ok) {
        m_error = fetch->error();
        finish(Verdict::Unchecked);
        return;
    }
    m_comparedGeneration = m_generation;
    m_compare.start([payload = m_payload, current = std::make_shared<const UserSet>(fetch->takeUsers())](
                        const BackgroundTask<UserDiff>::Worker&) {
        static const UserSet none;
        return DiffEngine::compare(payload ? *payload : none, *current, UserDiff::Source::Torii);
    });
}

void SyncVerifier::onCompared(UserDiff remaining)
{
    if (m_comparedGeneration != m_generation)
        return; // cancelled (or started again) while comparing
    m_remaining = std::move(remaining);
    const qint64 different = qint64(m_remaining.added.size() + m_remaining.removed.size() +
                                    m_remaining.deactivated.size() + m_remaining.reactivated.size());
    emit polled(m_polls, different);
    if (m_remaining.statusesMatch()) {
        finish(Verdict::Verified);
        return;
    }
    const milliseconds left = m_limit - milliseconds(m_clock->nowMs() - m_startedMs);
    if (left <= milliseconds(0)) {
        finish(Verdict::NotVisible);
        return;
    }
    // The last poll lands on the limit rather than after it.
    const milliseconds delay = std::min(m_nextDelay, left);
    m_nextDelay = std::min(m_nextDelay * 2, maxPollGap);
    const quint64 generation = m_generation;
    m_clock->schedule(delay, this, [this, generation] {
        if (generation == m_generation)
            poll();
    });
}

void SyncVerifier::finish(Verdict verdict)
{
    m_verdict = verdict;
    m_running = false;
    emit finished(verdict);
}

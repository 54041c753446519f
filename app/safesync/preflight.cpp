#include "safesync/preflight.h"

#include "diff/diffengine.h"
#include "history/snapshotstore.h"
#include "torii/accountusersfetch.h"

#include <QTimer>

#include <utility>

Preflight::Preflight(ToriiClient* client, SnapshotStore* snapshots, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_snapshots(snapshots)
{
    m_compare.onFinished([this](Compared compared) { onCompared(std::move(compared)); });
}

Preflight::~Preflight() = default;

void Preflight::setClock(Clock* clock)
{
    m_clock = clock;
}

void Preflight::start(const Target& target, std::shared_ptr<const UserSet> payload)
{
    cancel();
    m_target = target;
    m_payload = std::move(payload);
    m_result = {};
    if (target.appId <= 0 || !m_client) {
        m_comparing = true; // running from now: a cancel() before the timer fires stops it
        QTimer::singleShot(0, this, [this] {
            if (m_comparing)
                compareWithSnapshot();
        });
        return;
    }
    m_fetch = new AccountUsersFetch(m_client, target.appId, target.appAccountId, this);
    if (m_clock)
        m_fetch->setClock(m_clock);
    connect(m_fetch, &AccountUsersFetch::progress, this, &Preflight::progress);
    connect(m_fetch, &AccountUsersFetch::finished, this, &Preflight::onFetched);
    m_fetch->start();
}

void Preflight::cancel()
{
    m_comparing = false; // a comparison still running is ignored when it arrives
    m_compare.cancel();
    if (!m_fetch)
        return;
    AccountUsersFetch* fetch = m_fetch;
    m_fetch = nullptr;
    fetch->disconnect(this);
    fetch->cancel();
    fetch->deleteLater();
}

void Preflight::onFetched(bool ok)
{
    AccountUsersFetch* fetch = m_fetch;
    m_fetch = nullptr;
    fetch->deleteLater();
    if (ok) {
        conclude(fetch->takeUsers(), UserDiff::Source::Torii);
        return;
    }
    m_result.toriiError = fetch->error();
    m_result.fallbackReason = tr("Torii's list of the app's users could not be read: %1").arg(fetch->error().userText);
    compareWithSnapshot();
}

void Preflight::compareWithSnapshot()
{
    // Reading a million users' snapshot takes as long as comparing them: both on the thread pool.
    m_comparing = true;
    m_compare.start(
        [payload = m_payload, snapshots = m_snapshots, target = m_target](const BackgroundTask<Compared>::Worker&) {
            static const UserSet none;
            Compared compared;
            const std::optional<UserSet> last =
                snapshots ? snapshots->load(target.apiUrl, target.appAccountId, &compared.snapshotError) : std::nullopt;
            compared.diff = DiffEngine::compare(payload ? *payload : none, last ? *last : none,
                                                last ? UserDiff::Source::LastSync : UserDiff::Source::None);
            return compared;
        });
}

void Preflight::conclude(UserSet current, UserDiff::Source source)
{
    // Up to a second for a million users a side: on the thread pool, with what the worker needs shared.
    m_comparing = true;
    m_compare.start([payload = m_payload, current = std::make_shared<const UserSet>(std::move(current)),
                     source](const BackgroundTask<Compared>::Worker&) {
        static const UserSet none;
        return Compared {DiffEngine::compare(payload ? *payload : none, *current, source), {}};
    });
}

void Preflight::onCompared(Compared compared)
{
    if (!std::exchange(m_comparing, false))
        return; // cancelled meanwhile
    if (!compared.snapshotError.isEmpty())
        m_result.fallbackReason += (m_result.fallbackReason.isEmpty() ? QString() : QStringLiteral(" ")) +
            tr("The last sync's snapshot could not be read: %1").arg(compared.snapshotError);
    m_result.diff = std::move(compared.diff);
    m_result.blocked = RemovalGuard::blocks(m_result.diff, m_thresholds, m_allowance);
    if (m_result.blocked)
        m_result.blockMessage = RemovalGuard::explain(m_result.diff, m_thresholds);
    emit finished();
}

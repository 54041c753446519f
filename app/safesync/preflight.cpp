#include "safesync/preflight.h"

#include "diff/diffengine.h"
#include "history/snapshotstore.h"
#include "torii/accountusersfetch.h"

#include <QTimer>

Preflight::Preflight(ToriiClient* client, SnapshotStore* snapshots, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_snapshots(snapshots)
{ }

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
        QTimer::singleShot(0, this, &Preflight::compareWithSnapshot);
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
    QString error;
    const std::optional<UserSet> last =
        m_snapshots ? m_snapshots->load(m_target.apiUrl, m_target.appAccountId, &error) : std::nullopt;
    if (!error.isEmpty())
        m_result.fallbackReason += (m_result.fallbackReason.isEmpty() ? QString() : QStringLiteral(" ")) +
            tr("The last sync's snapshot could not be read: %1").arg(error);
    if (last)
        conclude(*last, UserDiff::Source::LastSync);
    else
        conclude(UserSet(), UserDiff::Source::None);
}

void Preflight::conclude(const UserSet& current, UserDiff::Source source)
{
    static const UserSet none;
    m_result.diff = DiffEngine::compare(m_payload ? *m_payload : none, current, source);
    m_result.blocked = RemovalGuard::blocks(m_result.diff, m_thresholds, m_allowance);
    if (m_result.blocked)
        m_result.blockMessage = RemovalGuard::explain(m_result.diff, m_thresholds);
    emit finished();
}

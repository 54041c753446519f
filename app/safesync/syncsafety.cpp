#include "safesync/syncsafety.h"

#include "history/snapshotstore.h"

#include <utility>

SyncSafety::SyncSafety(ToriiClient* client, SnapshotStore* snapshots, QObject* parent)
    : QObject(parent)
    , m_snapshots(snapshots)
    , m_preflight(new Preflight(client, snapshots, this))
    , m_verifier(new SyncVerifier(client, this))
{
    connect(m_preflight, &Preflight::progress, this, &SyncSafety::progress);
    m_keep.onFinished([this](const QString& error) { emit snapshotKept(error); });
    connect(m_preflight, &Preflight::finished, this, [this] {
        m_hasDiff = true;
        const Preflight::Result& r = m_preflight->result();
        if (!r.fallbackReason.isEmpty())
            emit notice(r.fallbackReason);
        emit notice(tr("Compared with %1: %2").arg(UserDiff::sourceText(r.diff.source), r.diff.summary()));
        emit preflightFinished(!r.blocked);
    });
    connect(m_verifier, &SyncVerifier::finished, this, [this](SyncVerifier::Verdict verdict) {
        const Verified verified = verdict == SyncVerifier::Verdict::Verified ? Verified::Yes
            : verdict == SyncVerifier::Verdict::NotVisible                   ? Verified::No
                                                                             : Verified::NotChecked;
        if (std::exchange(m_earlierCheck, false)) {
            // About an earlier run, not this one: this run's own verification is still to come.
            m_verifier->setTimeLimit(m_options.verifyLimit);
            m_verifier->setFirstDelay(SyncVerifier::defaultFirstDelay);
            emit verificationFinished(verified);
            return;
        }
        m_verified = verified;
        if (verdict == SyncVerifier::Verdict::Unchecked)
            emit notice(tr("The result could not be checked: %1").arg(m_verifier->error().userText));
        else
            emit notice(verificationText());
        emit verificationFinished(m_verified);
    });
}

SyncSafety::~SyncSafety() = default;

void SyncSafety::setClock(Clock* clock)
{
    m_preflight->setClock(clock);
    m_verifier->setClock(clock);
}

void SyncSafety::reset(const Options& options, const QString& apiUrl, qint64 appAccountId)
{
    cancel();
    m_options = options;
    m_apiUrl = apiUrl;
    m_appAccountId = appAccountId;
    m_payload.reset();
    m_hasDiff = false;
    m_verified = Verified::NotChecked;
    m_preflight->setThresholds(options.thresholds);
    m_preflight->setAllowance(options.allowance);
    m_verifier->setTimeLimit(options.verifyLimit);
}

void SyncSafety::runPreflight(std::shared_ptr<const UserSet> payload)
{
    m_payload = std::move(payload);
    m_preflight->start({m_apiUrl, m_options.appId, m_appAccountId}, m_payload);
}

bool SyncSafety::canVerify() const
{
    return m_payload && m_options.appId > 0 && m_options.verifyLimit.count() > 0;
}

void SyncSafety::runVerification()
{
    m_verifier->start(m_options.appId, m_appAccountId, m_payload);
}

void SyncSafety::runEarlierSyncCheck(std::chrono::milliseconds limit)
{
    m_earlierCheck = true;
    m_verifier->setTimeLimit(std::min(limit, m_options.verifyLimit));
    m_verifier->setFirstDelay(std::chrono::milliseconds(0));
    m_verifier->start(m_options.appId, m_appAccountId, m_payload);
}

QString SyncSafety::verificationText() const
{
    switch (m_verified) {
    case Verified::Yes:
        return tr("Verified: Torii shows the synced users (after %n s).", nullptr, int(m_verifier->elapsedMs() / 1000));
    case Verified::No:
        return tr("Not visible in Torii after %n min.", nullptr,
                  int(std::max<qint64>(1, (m_options.verifyLimit.count() + 59999) / 60000)));
    case Verified::NotChecked:
        break;
    }
    return {};
}

QString SyncSafety::verificationRecord() const
{
    // The history's words stay English, as its other stored words do; the window translates what it shows.
    switch (m_verified) {
    case Verified::Yes:
        return QStringLiteral("verified");
    case Verified::No:
        return QStringLiteral("not visible after %1 min")
            .arg(std::max<qint64>(1, (m_options.verifyLimit.count() + 59999) / 60000));
    case Verified::NotChecked:
        break;
    }
    return {};
}

void SyncSafety::keepSnapshot()
{
    if (!m_payload || !m_snapshots || m_appAccountId <= 0) {
        emit snapshotKept(QString());
        return;
    }
    // The worker ignores cancel(): it writes a temporary file and renames it, so a save is never cut short; the
    // previous one (an earlier run's) is waited for, as two must not write the same file at once.
    m_keep.cancelAndWait();
    m_keep.start([snapshots = m_snapshots, apiUrl = m_apiUrl, accountId = m_appAccountId,
                  payload = m_payload](const BackgroundTask<QString>::Worker&) {
        QString error;
        snapshots->save(apiUrl, accountId, *payload, &error);
        return error;
    });
}

void SyncSafety::cancel()
{
    if (std::exchange(m_earlierCheck, false)) {
        m_verifier->setTimeLimit(m_options.verifyLimit);
        m_verifier->setFirstDelay(SyncVerifier::defaultFirstDelay);
    }
    m_preflight->cancel();
    m_verifier->cancel();
}

#include "torii/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using std::chrono::milliseconds;

RetryPolicy::RetryPolicy()
    : RetryPolicy(Limits {})
{ }

RetryPolicy::RetryPolicy(const Limits& limits)
    : m_limits(limits)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{ }

void RetryPolicy::setLimits(const Limits& limits)
{
    m_limits = limits;
}

void RetryPolicy::setRandom(std::function<double()> random)
{
    m_random = std::move(random);
}

milliseconds RetryPolicy::backoff(int attempt) const
{
    const double base = static_cast<double>(m_limits.baseDelay.count());
    const double cap = static_cast<double>(m_limits.maxDelay.count());
    double delay = std::min(cap, base * std::pow(2.0, std::max(0, attempt - 1)));
    // Jitter spreads clients that failed together so they do not come back together.
    const double spread = delay * m_limits.jitter;
    delay += (m_random() * 2.0 - 1.0) * spread;
    return milliseconds(static_cast<qint64>(std::clamp(delay, 0.0, cap)));
}

std::optional<milliseconds> RetryPolicy::delayAfter(int attempt, const ToriiError& error) const
{
    if (attempt >= m_limits.maxAttempts)
        return std::nullopt;
    if (error.retryAfterMs >= 0) {
        if (milliseconds(error.retryAfterMs) > m_limits.maxRetryAfter)
            return std::nullopt;
        return milliseconds(error.retryAfterMs);
    }
    return backoff(attempt);
}

std::optional<milliseconds> RetryPolicy::conflictDelay(milliseconds waitedSoFar, const ToriiError& error) const
{
    milliseconds delay = error.retryAfterMs >= 0 ? milliseconds(error.retryAfterMs) : m_limits.conflictDelay;
    delay = std::min(delay, m_limits.maxRetryAfter);
    if (waitedSoFar + delay > m_limits.conflictBudget)
        return std::nullopt;
    return delay;
}

qint64 RetryPolicy::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    const QString text = QString::fromLatin1(trimmed);
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(when));
}

bool RetryPolicy::mayRepeat(SyncStage stage, const ToriiError& error)
{
    if (error.isAuthFailure() || stage == SyncStage::FormatData)
        return false;
    using Kind = ToriiError::Kind;
    const bool transport = error.kind == Kind::Timeout || error.kind == Kind::ConnectionClosed ||
        error.kind == Kind::ConnectionRefused || error.kind == Kind::HostNotFound || error.kind == Kind::Network;
    const int status = error.kind == Kind::Http ? error.httpStatus : 0;
    if (stage == SyncStage::Sync)
        return status == 429 || (transport && !error.requestSent);
    // URL minting, the idempotent S3 PUT, and file registration (a duplicate registration only leaves an unused
    // file record) are safe to repeat on transient failures.
    return status == 429 || status >= 500 || transport;
}

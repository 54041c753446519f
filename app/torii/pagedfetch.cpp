#include "torii/pagedfetch.h"

#include "torii/clock.h"
#include "torii/toriijob.h"

using std::chrono::milliseconds;

PagedFetch::PagedFetch(PageJob job, PageHandler handler, int perMinute, QObject* parent)
    : QObject(parent)
    , m_job(std::move(job))
    , m_handler(std::move(handler))
    , m_perMinute(perMinute)
    , m_clock(SystemClock::instance())
{ }

PagedFetch::~PagedFetch()
{
    if (m_current)
        m_current->abort();
}

void PagedFetch::setClock(Clock* clock)
{
    m_clock = clock ? clock : SystemClock::instance();
}

void PagedFetch::setRetryPolicy(const RetryPolicy& policy)
{
    m_policy = policy;
}

void PagedFetch::start()
{
    if (m_running)
        return;
    m_running = true;
    m_error = {};
    m_cursor.clear();
    m_rows = 0;
    m_pages = 0;
    m_attempt = 0;
    requestPage();
}

void PagedFetch::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // a scheduled retry or window wait does nothing now
    if (m_current) {
        m_current->abort(); // answers with Cancelled through onPage
        return;
    }
    fail(ToriiError::cancelled(SyncStage::None));
}

qint64 PagedFetch::windowWaitMs() const
{
    if (m_perMinute <= 0 || int(m_sent.size()) < m_perMinute)
        return 0;
    return std::max<qint64>(0, m_sent.front() + 60000 - m_clock->nowMs());
}

void PagedFetch::requestPage()
{
    const qint64 now = m_clock->nowMs();
    while (!m_sent.empty() && m_sent.front() <= now - 60000)
        m_sent.pop_front();
    if (const qint64 wait = windowWaitMs(); wait > 0) {
        // Torii's documented per-minute limit is used up: wait for the oldest request to leave the window.
        const quint64 generation = m_generation;
        m_clock->schedule(milliseconds(wait), this, [this, generation] {
            if (generation == m_generation)
                requestPage();
        });
        return;
    }
    m_sent.push_back(now);
    ++m_requests;
    ++m_attempt;
    ToriiJob* job = m_job(m_cursor);
    m_current = job;
    connect(job, &ToriiJob::finished, this, &PagedFetch::onPage);
    job->start();
}

bool PagedFetch::retryable(const ToriiError& error) const
{
    switch (error.kind) {
    case ToriiError::Kind::Http:
        return error.httpStatus == 429 || error.httpStatus >= 500;
    case ToriiError::Kind::Timeout:
    case ToriiError::Kind::ConnectionClosed:
    case ToriiError::Kind::Network:
        return true;
    default:
        return false;
    }
}

void PagedFetch::onPage(const ToriiResponse& response)
{
    m_current = nullptr;
    if (!m_running)
        return;
    if (!response.ok()) {
        const ToriiError& error = response.error;
        const auto delay = retryable(error) ? m_policy.delayAfter(m_attempt, error) : std::nullopt;
        if (!delay) {
            fail(error);
            return;
        }
        emit retrying(m_attempt, delay->count(), error.userText);
        const quint64 generation = m_generation;
        m_clock->schedule(*delay, this, [this, generation] {
            if (generation == m_generation)
                requestPage();
        });
        return;
    }
    const qint64 rows = m_handler(response.json);
    if (rows < 0) {
        ToriiError error;
        error.kind = ToriiError::Kind::InvalidResponse;
        error.httpStatus = response.httpStatus;
        error.describe();
        fail(error);
        return;
    }
    m_attempt = 0;
    ++m_pages;
    m_rows += rows;
    emit progress(m_rows, response.json.value(QLatin1String("total")).toInteger());
    const QString next = response.json.value(QLatin1String("nextCursor")).toString();
    if (next.isEmpty()) {
        m_running = false;
        emit finished(true);
        return;
    }
    if (next == m_cursor) { // a cursor that does not move would loop forever
        ToriiError error;
        error.kind = ToriiError::Kind::InvalidResponse;
        error.describe();
        fail(error);
        return;
    }
    m_cursor = next;
    requestPage();
}

void PagedFetch::fail(const ToriiError& error)
{
    m_error = error;
    m_running = false;
    emit finished(false);
}

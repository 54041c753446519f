#pragma once

#include "torii/retrypolicy.h"
#include "torii/toriierror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

class Clock;
#include "torii/toriijob.h"
struct ToriiResponse;

// Walks a cursor-paged Torii listing (GET /apps, GET /apps/{idApp}/users; torii-api.md §4) page by page until
// `nextCursor` is absent, handing each page to a handler so a million rows never sit in memory as JSON. Stays
// within the endpoint's per-minute limit (a sliding window of request times), honours Retry-After on 429/503,
// retries network failures and 5xx with capped backoff (the calls are reads, safe to repeat), reports
// progress and can be cancelled. Used by AccountUsersFetch and AppsFetch.
class PagedFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedFetch)

public:
    using PageJob = std::function<ToriiJob*(const QString& cursor)>;
    // Consumes one page's JSON and returns how many rows it held, or -1 when the page is not what the listing
    // promises (the fetch then fails with InvalidResponse).
    using PageHandler = std::function<qint64(const QJsonObject& page)>;

    PagedFetch(PageJob job, PageHandler handler, int perMinute, QObject* parent = nullptr);
    ~PagedFetch() override;

    void setClock(Clock* clock);
    void setRetryPolicy(const RetryPolicy& policy);
    void start();
    // Stops at once: the current request is aborted; finished() reports Cancelled.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] ToriiError error() const { return m_error; }
    [[nodiscard]] int pages() const { return m_pages; }
    [[nodiscard]] int requests() const { return m_requests; }

signals:
    // `rows` read so far of `total` (Torii's "total"; 0 when it gave none).
    void progress(qint64 rows, qint64 total);
    void retrying(int attempt, qint64 delayMs, const QString& reason);
    void finished(bool ok);

private:
    void requestPage();
    void onPage(const ToriiResponse& response);
    void fail(const ToriiError& error);
    [[nodiscard]] bool retryable(const ToriiError& error) const;
    [[nodiscard]] qint64 windowWaitMs() const;

    PageJob m_job;
    PageHandler m_handler;
    int m_perMinute;
    Clock* m_clock;
    RetryPolicy m_policy;
    QString m_cursor;
    std::deque<qint64> m_sent; // request times in the last minute
    QPointer<ToriiJob> m_current;
    ToriiError m_error;
    quint64 m_generation = 0;
    qint64 m_rows = 0;
    int m_pages = 0;
    int m_requests = 0;
    int m_attempt = 0;
    bool m_running = false;
};

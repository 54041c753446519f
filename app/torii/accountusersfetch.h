#pragma once

#include "common/backgroundtask.h"
#include "diff/userset.h"
#include "torii/toriierror.h"

#include <QJsonObject>
#include <QObject>

class Clock;
class PagedFetch;
class RetryPolicy;
class ToriiClient;

// The users Torii lists for one app account: all pages of GET /apps/{idApp}/users, keeping the rows whose
// idAppAccount is the target (Torii has no filter by account, so other accounts' and sources' rows are mixed
// in). Used by the preflight diff before a sync and by the verification after it.
class AccountUsersFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountUsersFetch)

public:
    AccountUsersFetch(ToriiClient* client, qint64 appId, qint64 appAccountId, QObject* parent = nullptr);
    ~AccountUsersFetch() override;

    void setClock(Clock* clock);
    void setRetryPolicy(const RetryPolicy& policy);
    void start();
    void cancel();

    [[nodiscard]] ToriiError error() const;
    // The account's users once finished(true); moved out.
    [[nodiscard]] UserSet takeUsers();
    [[nodiscard]] qint64 otherRows() const { return m_otherRows; }
    [[nodiscard]] int requests() const;

    // Adds a page's rows of `appAccountId` to `users`; counts the others in *other. -1 when the page is not a
    // users listing. Public for tests.
    [[nodiscard]] static qint64 readPage(const QJsonObject& page, qint64 appAccountId, UserSet* users, qint64* other);

signals:
    void progress(qint64 rows, qint64 total);
    void finished(bool ok);

private:
    PagedFetch* m_fetch;
    UserSet m_users;
    qint64 m_otherRows = 0;
    bool m_cancelled = false;
    // Sorting a million users takes hundreds of milliseconds: off the caller's (the window's GUI) thread.
    BackgroundTask<std::shared_ptr<UserSet>> m_finalize {this};
};

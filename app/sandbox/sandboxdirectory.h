#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

// The org's apps, their app accounts and the users Torii lists for them, as the sandbox serves them:
// GET /apps and GET /apps/{idApp}/users (torii-api.md §2), cursor-paged, with users of other accounts of the
// same app (and rows from no account) mixed in. A sync replaces its account's users after a settle delay, as
// Torii processes the file after answering. Owned by Sandbox, which does the HTTP side.
class SandboxDirectory
{
public:
    struct User
    {
        QString email;
        QString status = QStringLiteral("active"); // active | deleted
        QStringList licenses;
        QString idExternalUser;
        QString externalStatus;
        QString role;
    };
    // An answer: status 200 with a JSON body, or an error status with the message for the error body.
    struct Answer
    {
        int status = 200;
        QByteArray json;
        QString message;
    };

    SandboxDirectory();

    void addApp(qint64 id, const QString& name, bool custom = false);
    // Adds (or re-homes) an app account; the app must exist.
    void addAppAccount(qint64 accountId, qint64 appId, const QString& name);
    [[nodiscard]] bool hasAppAccount(qint64 accountId) const;
    // Replaces the account's users at once (tests seed the "current" state with it).
    void setUsers(qint64 accountId, const QList<User>& users);
    [[nodiscard]] QList<User> users(qint64 accountId);
    // Users Torii lists for the app without an app account (another source); shown in every listing.
    void setUnattachedUsers(qint64 appId, const QList<User>& users);
    // How long after a sync's 200 its users become visible.
    void setSettleDelayMs(int ms) { m_settleMs = ms; }

    // A synced payload file: its users replace the account's after the settle delay. Users of the account
    // missing from the file stay listed as "deleted" (Torii's "no longer in app"). The file is read when its
    // users become due (so a large sync costs the sandbox nothing until someone lists users), or by
    // readPending() when it is about to be overwritten.
    void addSync(qint64 accountId, const QString& payloadPath, qint64 nowMs);
    void readPending(const QString& payloadPath);

    [[nodiscard]] Answer listApps(const QByteArray& query) const;
    [[nodiscard]] Answer listUsers(qint64 appId, const QByteArray& query, qint64 nowMs);

private:
    struct App
    {
        qint64 id = 0;
        QString name;
        bool custom = false;
    };
    struct Account
    {
        qint64 appId = 0;
        QString name;
        QList<User> users;
    };
    // One row of an app's listing, pointing into the account it came from.
    struct Row
    {
        const User* user;
        qint64 accountId;
        const QString* accountName;
    };
    // The rows of the last listing asked for, kept while nothing changed: a client pages through a large account
    // a thousand users at a time, and building the whole listing for every page made paging quadratic (a 1M-user
    // sync spent over a minute in the sandbox).
    struct Listing
    {
        quint64 generation = 0;
        qint64 appId = 0;
        QString status;
        QList<User> unattached; // keeps the rows of no account alive
        std::vector<Row> rows;
    };
    struct Pending
    {
        qint64 visibleAtMs = 0;
        qint64 accountId = 0;
        QString path; // empty once read into `users`
        QList<User> users;
    };

    [[nodiscard]] static QList<User> readPayload(const QString& path);

    void settle(qint64 nowMs);
    [[nodiscard]] const std::vector<Row>& rows(qint64 appId, const QString& status);
    void replaceUsers(Account& account, const QList<User>& fileUsers);

    QList<App> m_apps;
    std::map<qint64, Account> m_accounts; // ordered: listings walk accounts by id
    QHash<qint64, QList<User>> m_unattached;
    QList<Pending> m_pending;
    int m_settleMs = 1000;
    quint64 m_generation = 1; // bumped by every change to the accounts or their users
    Listing m_listing;
};

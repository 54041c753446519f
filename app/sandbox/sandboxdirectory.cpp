#include "sandbox/sandboxdirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{
    constexpr int maxPageSize = 1000;

    QByteArray queryValue(const QByteArray& query, const QByteArray& name)
    {
        for (const QByteArray& pair : query.split('&')) {
            if (pair.startsWith(QByteArray(name + '=')))
                return QByteArray::fromPercentEncoding(QByteArray(pair.mid(name.size() + 1)).replace('+', ' '));
        }
        return {};
    }

    // Reads `size` and `cursor` as Torii does: size 1..1000 (default 1000), the cursor an opaque base64 token.
    bool readPaging(const QByteArray& query, qsizetype* offset, qsizetype* size, QString* problem)
    {
        const QByteArray sizeText = queryValue(query, "size");
        bool ok = true;
        *size = sizeText.isEmpty() ? maxPageSize : sizeText.toLongLong(&ok);
        if (!ok || *size < 1 || *size > maxPageSize) {
            *problem = QStringLiteral("\"size\" must be a number between 1 and %1").arg(maxPageSize);
            return false;
        }
        const QByteArray cursor = queryValue(query, "cursor");
        *offset = 0;
        if (cursor.isEmpty())
            return true;
        const QByteArray decoded = QByteArray::fromBase64(cursor, QByteArray::AbortOnBase64DecodingErrors);
        *offset = decoded.startsWith("o:") ? decoded.mid(2).toLongLong(&ok) : -1;
        if (!ok || *offset < 0) {
            *problem = QStringLiteral("\"cursor\" is not a valid cursor");
            return false;
        }
        return true;
    }

    QByteArray page(const char* key, const QJsonArray& items, qsizetype total, qsizetype next)
    {
        QJsonObject body {{QString::fromLatin1(key), items},
                          {QStringLiteral("count"), qint64(items.size())},
                          {QStringLiteral("total"), qint64(total)}};
        if (next < total)
            body.insert(QStringLiteral("nextCursor"),
                        QString::fromLatin1(QByteArray("o:" + QByteArray::number(qint64(next))).toBase64()));
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
} // namespace

SandboxDirectory::SandboxDirectory() = default;

void SandboxDirectory::addApp(qint64 id, const QString& name, bool custom)
{
    for (App& app : m_apps) {
        if (app.id == id) {
            app.name = name;
            app.custom = custom;
            return;
        }
    }
    m_apps.append({id, name, custom});
}

void SandboxDirectory::addAppAccount(qint64 accountId, qint64 appId, const QString& name)
{
    Account& account = m_accounts[accountId];
    account.appId = appId;
    account.name = name;
    ++m_generation;
}

bool SandboxDirectory::hasAppAccount(qint64 accountId) const
{
    return m_accounts.count(accountId) > 0;
}

void SandboxDirectory::setUsers(qint64 accountId, const QList<User>& users)
{
    m_accounts[accountId].users = users;
    ++m_generation;
}

QList<SandboxDirectory::User> SandboxDirectory::users(qint64 accountId)
{
    const auto it = m_accounts.find(accountId);
    return it == m_accounts.end() ? QList<User>() : it->second.users;
}

void SandboxDirectory::setUnattachedUsers(qint64 appId, const QList<User>& users)
{
    m_unattached.insert(appId, users);
    ++m_generation;
}

void SandboxDirectory::addSync(qint64 accountId, const QString& payloadPath, qint64 nowMs)
{
    m_pending.append({nowMs + m_settleMs, accountId, payloadPath, {}});
}

void SandboxDirectory::readPending(const QString& payloadPath)
{
    for (Pending& pending : m_pending) {
        if (pending.path == payloadPath) {
            pending.users = readPayload(pending.path);
            pending.path.clear();
        }
    }
}

QList<SandboxDirectory::User> SandboxDirectory::readPayload(const QString& path)
{
    // The file passed the schema check when it was synced; a file that no longer reads gives no users.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject payload = QJsonDocument::fromJson(file.readAll()).object();
    QList<User> users;
    QHash<QString, qsizetype> byEmail;
    for (const QJsonValue& value : payload.value(QLatin1String("users")).toArray()) {
        const QJsonObject row = value.toObject();
        User user;
        user.email = row.value(QLatin1String("email")).toString().trimmed().toLower();
        user.status = row.value(QLatin1String("status")).toString(QStringLiteral("active"));
        user.idExternalUser = row.value(QLatin1String("id")).toString();
        user.externalStatus = row.value(QLatin1String("externalStatus")).toString();
        user.role = row.value(QLatin1String("roles")).toArray().at(0).toString();
        byEmail.insert(user.email, users.size());
        users.append(user);
    }
    for (const QJsonValue& value : payload.value(QLatin1String("licenses")).toArray()) {
        const QJsonObject license = value.toObject();
        const QString name = license.value(QLatin1String("name")).toString();
        for (const QJsonValue& holder : license.value(QLatin1String("users")).toArray()) {
            const QJsonObject entry = holder.toObject();
            const QString status = entry.value(QLatin1String("licenseStatus")).toString();
            const qsizetype at = byEmail.value(entry.value(QLatin1String("email")).toString().trimmed().toLower(), -1);
            if (at >= 0 && (status.isEmpty() || status == u"active"))
                users[at].licenses.append(name);
        }
    }
    return users;
}

void SandboxDirectory::settle(qint64 nowMs)
{
    for (qsizetype i = 0; i < m_pending.size();) {
        if (m_pending.at(i).visibleAtMs > nowMs) {
            ++i;
            continue;
        }
        const Pending pending = m_pending.takeAt(i);
        replaceUsers(m_accounts[pending.accountId], pending.path.isEmpty() ? pending.users : readPayload(pending.path));
        ++m_generation;
    }
}

void SandboxDirectory::replaceUsers(Account& account, const QList<User>& fileUsers)
{
    QHash<QString, bool> inFile;
    for (const User& user : fileUsers)
        inFile.insert(user.email, true);
    QList<User> next = fileUsers;
    for (const User& user : std::as_const(account.users)) {
        if (inFile.contains(user.email))
            continue;
        User gone = user; // Torii keeps the row: "no longer in app"
        gone.status = QStringLiteral("deleted");
        gone.licenses.clear();
        next.append(gone);
    }
    account.users = next;
}

SandboxDirectory::Answer SandboxDirectory::listApps(const QByteArray& query) const
{
    qsizetype offset = 0, size = 0;
    QString problem;
    if (!readPaging(query, &offset, &size, &problem))
        return {400, {}, problem};
    const QString search = QString::fromUtf8(queryValue(query, "q")).trimmed();
    QList<const App*> matching;
    for (const App& app : m_apps) {
        if (search.isEmpty() || app.name.contains(search, Qt::CaseInsensitive))
            matching.append(&app);
    }
    QJsonArray items;
    for (qsizetype i = offset; i < matching.size() && i < offset + size; ++i) {
        const App& app = *matching.at(i);
        items.append(QJsonObject {{QStringLiteral("id"), app.id},
                                  {QStringLiteral("name"), app.name},
                                  {QStringLiteral("state"), QStringLiteral("discovered")},
                                  {QStringLiteral("isCustom"), app.custom}});
    }
    return {200, page("apps", items, matching.size(), offset + items.size()), {}};
}

const std::vector<SandboxDirectory::Row>& SandboxDirectory::rows(qint64 appId, const QString& status)
{
    if (m_listing.generation == m_generation && m_listing.appId == appId && m_listing.status == status)
        return m_listing.rows;
    // The app's rows in a stable order: account by account, then the rows of no account.
    Listing listing;
    listing.generation = m_generation;
    listing.appId = appId;
    listing.status = status;
    static const QString none;
    for (const auto& [id, account] : m_accounts) {
        if (account.appId != appId)
            continue;
        for (const User& user : account.users)
            listing.rows.push_back({&user, id, &account.name});
    }
    listing.unattached = m_unattached.value(appId);
    for (const User& user : std::as_const(listing.unattached))
        listing.rows.push_back({&user, 0, &none});
    if (!status.isEmpty()) {
        auto& rows = listing.rows;
        rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const Row& r) { return r.user->status != status; }),
                   rows.end());
    }
    m_listing = std::move(listing);
    return m_listing.rows;
}

SandboxDirectory::Answer SandboxDirectory::listUsers(qint64 appId, const QByteArray& query, qint64 nowMs)
{
    const bool known = std::any_of(m_apps.cbegin(), m_apps.cend(), [appId](const App& a) { return a.id == appId; });
    if (!known)
        return {404, {}, QStringLiteral("App %1 not found").arg(appId)};
    qsizetype offset = 0, size = 0;
    QString problem;
    if (!readPaging(query, &offset, &size, &problem))
        return {400, {}, problem};
    const QString status = QString::fromUtf8(queryValue(query, "status"));
    settle(nowMs);
    const std::vector<Row>& rows = this->rows(appId, status);
    QJsonArray items;
    const qsizetype total = qsizetype(rows.size());
    for (qsizetype i = offset; i < total && i < offset + size; ++i) {
        const Row& row = rows[size_t(i)];
        QJsonArray licenses;
        for (const QString& name : row.user->licenses)
            licenses.append(QJsonObject {{QStringLiteral("name"), name}});
        QJsonObject item {{QStringLiteral("idUser"), qint64(100000 + i)},
                          {QStringLiteral("email"), row.user->email},
                          {QStringLiteral("idExternalUser"), row.user->idExternalUser},
                          {QStringLiteral("status"), row.user->status},
                          {QStringLiteral("externalStatus"), row.user->externalStatus},
                          {QStringLiteral("role"), row.user->role},
                          {QStringLiteral("licenses"), licenses},
                          {QStringLiteral("isUserRemovedFromApp"), row.user->status == u"deleted"},
                          {QStringLiteral("lifecycleStatus"), QStringLiteral("activeUser")}};
        if (row.accountId > 0) {
            item.insert(QStringLiteral("idAppAccount"), row.accountId);
            item.insert(QStringLiteral("appAccountName"), *row.accountName);
        } else {
            item.insert(QStringLiteral("idAppAccount"), QJsonValue::Null);
        }
        items.append(item);
    }
    return {200, page("users", items, total, offset + items.size()), {}};
}

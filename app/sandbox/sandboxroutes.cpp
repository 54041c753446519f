// The route handlers of Sandbox (split from sandbox.cpp to keep files small): what Torii and S3 answer.
#include "common/logging.h"
#include "common/sha256.h"
#include "sandbox/payloadschema.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxconnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaMethod>
#include <QUrl>
#include <QUuid>

namespace
{
    const QByteArray s3Prefix = "/s3/torii-sandbox/";

    QByteArray queryValue(const QByteArray& query, const QByteArray& name)
    {
        for (const QByteArray& pair : query.split('&')) {
            if (pair.startsWith(QByteArray(name + '=')))
                return QByteArray::fromPercentEncoding(QByteArray(pair.mid(name.size() + 1)).replace('+', ' '));
        }
        return {};
    }

    // An id given as an integer or a numeric string (the docs' curl example quotes them).
    qint64 idValue(const QJsonValue& value, bool* ok)
    {
        if (value.isDouble()) {
            *ok = value.toDouble() == double(value.toInteger());
            return value.toInteger();
        }
        return value.toString().toLongLong(ok);
    }
} // namespace

void Sandbox::handleOrgs(SandboxConnection* connection, int record)
{
    const QJsonObject org {{QStringLiteral("id"), orgId},
                           {QStringLiteral("companyName"), QString::fromLatin1(orgName)},
                           {QStringLiteral("domain"), QString::fromLatin1(orgDomain)},
                           {QStringLiteral("creationTime"), QStringLiteral("2020-01-01T00:00:00.000Z")}};
    replyJson(connection, record,
              QJsonDocument(QJsonObject {{QStringLiteral("org"), org}}).toJson(QJsonDocument::Compact));
}

void Sandbox::handleFilesUrl(SandboxConnection* connection, const SandboxRequest& request, int record)
{
    const QByteArray name = queryValue(request.query, "name");
    const QByteArray type = queryValue(request.query, "type");
    if (name.isEmpty() || type.isEmpty()) {
        replyError(connection, record, 400, QStringLiteral("\"name\" and \"type\" are required"));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString filePath = QString::number(now.toMSecsSinceEpoch()) + u'/' + QString::fromUtf8(name);
    const QByteArray objectPath = s3Prefix + QUrl::toPercentEncoding(filePath, "/");
    const QByteArray signedTarget = m_signer.sign(objectPath, m_urlTtl, m_signContentType ? type : QByteArray(), now);
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port()) + QString::fromLatin1(signedTarget);
    const QJsonObject params {{QStringLiteral("url"), url}, {QStringLiteral("filePath"), filePath}};
    replyJson(
        connection, record,
        QJsonDocument(QJsonObject {{QStringLiteral("uploadFileParameters"), params}}).toJson(QJsonDocument::Compact));
}

void Sandbox::handleUpload(SandboxConnection* connection, const SandboxRequest& request, int record, bool forceExpired)
{
    // Whatever happens, the spool file is either moved into storage or removed.
    struct SpoolGuard
    {
        QString path;
        ~SpoolGuard()
        {
            if (!path.isEmpty())
                QFile::remove(path);
        }
    } spool {request.bodyFile};

    if (request.method != "PUT") {
        replyS3Error(connection, record, 405, "MethodNotAllowed", "The specified method is not allowed");
        return;
    }
    if (request.hasHeader("Authorization")) {
        replyS3Error(connection, record, 400, "InvalidArgument",
                     "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query "
                     "string parameter or the Authorization header should be specified",
                     "<ArgumentName>Authorization</ArgumentName>");
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    UrlSigner::Check check = m_signer.check(request.target, request.header("Content-Type"), now);
    if (forceExpired && check == UrlSigner::Check::Ok)
        check = UrlSigner::Check::Expired;
    if (check == UrlSigner::Check::Missing || check == UrlSigner::Check::Tampered) {
        replyS3Error(connection, record, 403, "SignatureDoesNotMatch",
                     "The request signature we calculated does not match the signature you provided. Check your "
                     "key and signing method.");
        return;
    }
    if (check == UrlSigner::Check::Expired) {
        const QByteArray expires = UrlSigner::expiry(request.target).toString(Qt::ISODate).toLatin1();
        replyS3Error(connection, record, 403, "AccessDenied", "Request has expired",
                     "<X-Amz-Expires>" + QByteArray::number(m_urlTtl) + "</X-Amz-Expires><Expires>" + expires +
                         "</Expires><ServerTime>" + now.toString(Qt::ISODate).toLatin1() + "</ServerTime>");
        return;
    }
    const QString filePath = QString::fromUtf8(QByteArray::fromPercentEncoding(request.path.mid(s3Prefix.size())));
    const QString stored =
        QDir(m_storage.path())
            .filePath(
                QStringLiteral("object-") +
                QString::fromLatin1(QCryptographicHash::hash(filePath.toUtf8(), QCryptographicHash::Sha1).toHex()) +
                QStringLiteral(".json"));
    hashSynced(stored);              // a payload synced from this path keeps the hash of the bytes it had
    m_directory.readPending(stored); // and the users it had
    QFile::remove(stored);
    if (!QFile::rename(request.bodyFile, stored)) {
        replyS3Error(connection, record, 500, "InternalError", "Sandbox could not store the object");
        return;
    }
    spool.path.clear();
    m_objects.insert(filePath, {stored, request.bodySize, request.bodyCheck});
    qCDebug(lcSandbox) << "stored" << request.bodySize << "bytes";
    // S3's ETag is an opaque tag to its clients (an MD5 of the bytes only for some uploads, and Torii Sync does not
    // compare it): a tag unique to this stored version, in S3's 32-hex form, spares hashing every upload.
    reply(connection, record, 200, {{"ETag", '"' + QUuid::createUuid().toString(QUuid::Id128).toLatin1() + '"'}}, {});
}

void Sandbox::handleFiles(SandboxConnection* connection, const SandboxRequest& request, int record)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString path = body.value(QLatin1String("path")).toString();
    const QString type = body.value(QLatin1String("type")).toString();
    static const QStringList types {QStringLiteral("attachment"), QStringLiteral("expenseReport"),
                                    QStringLiteral("customIntegrationData"), QStringLiteral("plugin")};
    if (path.isEmpty() || type.isEmpty()) {
        replyError(connection, record, 400, QStringLiteral("\"path\" and \"type\" are required"));
        return;
    }
    if (!types.contains(type)) {
        replyError(connection, record, 400, QStringLiteral("\"type\" must be one of [%1]").arg(types.join(u',')));
        return;
    }
    if (!m_objects.contains(path)) {
        replyError(connection, record, 400, QStringLiteral("No uploaded file found at path %1").arg(path));
        return;
    }
    const qint64 id = m_nextFileId++;
    m_files.insert(id, path);
    replyJson(connection, record,
              QJsonDocument(QJsonObject {{QStringLiteral("id"), id}}).toJson(QJsonDocument::Compact));
}

void Sandbox::handleSync(SandboxConnection* connection, const SandboxRequest& request, int record)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    bool fileOk = false, accountOk = false;
    const qint64 fileId = idValue(body.value(QLatin1String("idFile")), &fileOk);
    const qint64 accountId = idValue(body.value(QLatin1String("idAppAccount")), &accountOk);
    if (!fileOk || !accountOk) {
        replyError(connection, record, 400, QStringLiteral("\"idFile\" and \"idAppAccount\" must be integers"));
        return;
    }
    if (!m_files.contains(fileId)) {
        replyError(connection, record, 404, QStringLiteral("File %1 not found").arg(fileId));
        return;
    }
    if (!m_directory.hasAppAccount(accountId)) {
        replyError(connection, record, 404, QStringLiteral("App account %1 not found").arg(accountId));
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() < m_syncBusyUntil) {
        replyError(connection, record, 409, QStringLiteral("Only one sync can run at a time"));
        return;
    }
    const QString filePath = m_files.value(fileId);
    const StoredObject object = m_objects.value(filePath);
    const PayloadSchema::Result& check = object.check;
    if (!check.ok) {
        replyError(connection, record, 400, QStringLiteral("Invalid file: %1").arg(check.message));
        return;
    }
    m_syncBusyUntil = QDateTime::currentMSecsSinceEpoch() + m_syncDurationMs;
    m_synced.append({fileId, accountId, filePath, object.path, object.bytes, {}, check.users, check.licenses});
    m_directory.addSync(accountId, object.path, QDateTime::currentMSecsSinceEpoch());
    replyJson(connection, record, R"({"success":true})");
    if (isSignalConnected(QMetaMethod::fromSignal(&Sandbox::synced)))
        hashSynced(object.path);
    emit this->synced(m_synced.constLast());
}

QList<Sandbox::SyncedPayload> Sandbox::syncedPayloads()
{
    hashSynced();
    return m_synced;
}

void Sandbox::hashSynced(const QString& storedPath)
{
    for (SyncedPayload& payload : m_synced) {
        if (!payload.sha256Hex.isEmpty() || (!storedPath.isEmpty() && payload.storedPath != storedPath))
            continue;
        QFile file(payload.storedPath);
        if (file.open(QIODevice::ReadOnly))
            payload.sha256Hex = Sha256::hexDigestOf(&file);
    }
}

void Sandbox::handleReadBack(SandboxConnection* connection, int record)
{
    QJsonArray list;
    hashSynced();
    for (const SyncedPayload& p : std::as_const(m_synced)) {
        list.append(QJsonObject {{QStringLiteral("idFile"), p.fileId},
                                 {QStringLiteral("idAppAccount"), p.appAccountId},
                                 {QStringLiteral("filePath"), p.filePath},
                                 {QStringLiteral("storedPath"), p.storedPath},
                                 {QStringLiteral("bytes"), p.bytes},
                                 {QStringLiteral("sha256"), QString::fromLatin1(p.sha256Hex)},
                                 {QStringLiteral("users"), p.users},
                                 {QStringLiteral("licenses"), p.licenses}});
    }
    replyJson(connection, record, QJsonDocument(QJsonObject {{QStringLiteral("synced"), list}}).toJson());
}

void Sandbox::replyAnswer(SandboxConnection* connection, int record, const SandboxDirectory::Answer& answer)
{
    if (answer.status == 200)
        replyJson(connection, record, answer.json);
    else
        replyError(connection, record, answer.status, answer.message);
}

void Sandbox::handleApps(SandboxConnection* connection, const SandboxRequest& request, int record)
{
    // GET /apps 1.0 was removed on 2025-07-01; keys made before 2025-02-01 still default to it (torii-api.md §1).
    const QByteArray version = request.header("X-API-Version").trimmed();
    if (version == "1.0" || (version.isEmpty() && m_legacyKey)) {
        replyError(connection, record, 400,
                   QStringLiteral("Version 1.0 of this endpoint is no longer supported; send X-API-Version: 1.1"));
        return;
    }
    if (!version.isEmpty() && version != "1.1") {
        replyError(connection, record, 400, QStringLiteral("Unknown API version %1").arg(QString::fromLatin1(version)));
        return;
    }
    replyAnswer(connection, record, m_directory.listApps(request.query));
}

void Sandbox::handleUsers(SandboxConnection* connection, const SandboxRequest& request, int record)
{
    const QByteArray id = request.path.mid(int(qstrlen("/v1.0/apps/")));
    bool ok = false;
    const qint64 appId = id.left(id.indexOf('/')).toLongLong(&ok);
    if (!ok) {
        replyError(connection, record, 404, QStringLiteral("Not Found"));
        return;
    }
    replyAnswer(connection, record, m_directory.listUsers(appId, request.query, QDateTime::currentMSecsSinceEpoch()));
}

void Sandbox::seedDirectory()
{
    // The demo's target app and account, empty until the first sync; a second account of the same app and rows
    // from no account show what the client must filter out; a few more apps give the picker something to search.
    m_directory.addApp(demoAppId, QString::fromLatin1(demoAppName), true);
    m_directory.addAppAccount(demoAppAccountId, demoAppId, QStringLiteral("Sandbox integration"));
    m_directory.addAppAccount(demoAppAccountId + 1, demoAppId, QStringLiteral("Sandbox EU integration"));
    SandboxDirectory::User other;
    other.email = QStringLiteral("eu.admin@sandbox.example");
    other.licenses = {QStringLiteral("Pro")};
    m_directory.setUsers(demoAppAccountId + 1, {other});
    SandboxDirectory::User discovered;
    discovered.email = QStringLiteral("sso.only@sandbox.example");
    m_directory.setUnattachedUsers(demoAppId, {discovered});
    const char* names[] = {"Slack",         "Zoom",  "Salesforce", "GitHub", "Atlassian Jira", "Google Workspace",
                           "Microsoft 365", "Figma", "Notion",     "Dropbox"};
    qint64 id = 1001;
    for (const char* name : names)
        m_directory.addApp(id++, QString::fromLatin1(name));
}

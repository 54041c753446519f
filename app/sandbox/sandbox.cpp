#include "sandbox/sandbox.h"

#include "common/logging.h"
#include "sandbox/sandboxconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace
{
    QString randomKey()
    {
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        QString key = QStringLiteral("sbx_");
        for (int i = 0; i < 32; ++i)
            key += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet)) - 1)]);
        return key;
    }
} // namespace

QByteArray Sandbox::RecordedRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool Sandbox::RecordedRequest::hasHeader(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Sandbox::Sandbox(QObject* parent)
    : QObject(parent)
    , m_apiKey(randomKey())
{
    // Torii's documented per-minute limits (torii-api.md §4).
    m_rateLimits = {{QStringLiteral("orgs"), 100}, {QStringLiteral("files/url"), 200}, {QStringLiteral("files"), 200},
                    {QStringLiteral("sync"), 200}, {QStringLiteral("apps"), 200},      {QStringLiteral("users"), 600}};
    seedDirectory();
}

Sandbox::~Sandbox()
{
    stop();
}

bool Sandbox::start(quint16 port)
{
    if (!m_storage.isValid()) {
        m_error = tr("Cannot create the sandbox's storage directory.");
        return false;
    }
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::newConnection, this, &Sandbox::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_error = tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_server->errorString());
        m_server.reset();
        return false;
    }
    qCDebug(lcSandbox) << "sandbox listening on port" << m_server->serverPort();
    return true;
}

void Sandbox::stop()
{
    if (m_server)
        m_server->close();
    m_server.reset();
    // Connections are children of this object; closing them lets clients see the end promptly.
    for (SandboxConnection* connection : findChildren<SandboxConnection*>())
        connection->drop();
}

quint16 Sandbox::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl Sandbox::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(QStringLiteral("/v1.0"));
    return url;
}

void Sandbox::setApiKey(const QString& key)
{
    m_apiKey = key;
}

void Sandbox::setUrlTtlSeconds(int seconds)
{
    m_urlTtl = seconds;
}

void Sandbox::setSignContentType(bool sign)
{
    m_signContentType = sign;
}

void Sandbox::setSyncDurationMs(int ms)
{
    m_syncDurationMs = ms;
}

void Sandbox::setRetryAfterSeconds(int seconds)
{
    m_retryAfter = seconds;
}

void Sandbox::setRateLimit(const QString& route, int perMinute)
{
    m_rateLimits.insert(route, perMinute);
    m_rateWindows.remove(route);
}

void Sandbox::addFault(const SandboxFault& fault)
{
    m_faults.append(fault);
}

bool Sandbox::addFault(const QString& spec, QString* error)
{
    SandboxFault fault;
    if (!SandboxFault::parse(spec, &fault, error))
        return false;
    addFault(fault);
    return true;
}

void Sandbox::clearFaults()
{
    m_faults.clear();
}

void Sandbox::addAppAccount(qint64 id, qint64 appId)
{
    if (!m_directory.hasAppAccount(id))
        m_directory.addAppAccount(id, appId, QStringLiteral("Integration %1").arg(id));
}

void Sandbox::setLegacyKey(bool legacy)
{
    m_legacyKey = legacy;
}

int Sandbox::requestCount(const QString& route) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&route](const RecordedRequest& r) { return r.route == route; }));
}

QString Sandbox::storageDir() const
{
    return m_storage.path();
}

void Sandbox::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto* connection = new SandboxConnection(socket, m_storage.path(), this);
        connect(connection, &SandboxConnection::requestReceived, this, &Sandbox::onRequest);
    }
}

QString Sandbox::routeFor(const SandboxRequest& request)
{
    const QByteArray& path = request.path;
    if (path.startsWith("/s3/"))
        return QStringLiteral("upload");
    if (path == "/v1.0/orgs/my")
        return QStringLiteral("orgs");
    if (path == "/v1.0/files/url")
        return QStringLiteral("files/url");
    if (path == "/v1.0/files")
        return QStringLiteral("files");
    if (path == "/v1.0/services/sync/custom")
        return QStringLiteral("sync");
    if (path == "/v1.0/apps")
        return QStringLiteral("apps");
    if (path.startsWith("/v1.0/apps/") && path.endsWith("/users"))
        return QStringLiteral("users");
    if (path == "/sandbox/synced")
        return QStringLiteral("readback");
    return QStringLiteral("other");
}

bool Sandbox::takeFault(const QString& route, SandboxFault* fault)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (m_faults.at(i).route != route)
            continue;
        *fault = m_faults.at(i);
        if (--m_faults[i].count <= 0)
            m_faults.removeAt(i);
        return true;
    }
    return false;
}

int Sandbox::rateLimitWaitSeconds(const QString& route)
{
    const int limit = m_rateLimits.value(route, 0);
    if (limit <= 0)
        return 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::deque<qint64>& window = m_rateWindows[route];
    while (!window.empty() && window.front() <= now - 60000)
        window.pop_front();
    if (int(window.size()) >= limit)
        return int((window.front() + 60000 - now + 999) / 1000);
    window.push_back(now);
    return 0;
}

void Sandbox::onRequest(SandboxConnection* connection, const SandboxRequest& request)
{
    RecordedRequest recorded;
    recorded.route = routeFor(request);
    recorded.method = request.method;
    recorded.target = request.target;
    recorded.headers = request.headers;
    recorded.bodySize = request.bodySize;
    m_requests.append(recorded);
    const int record = int(m_requests.size() - 1);

    SandboxFault fault;
    if (!takeFault(recorded.route, &fault)) {
        handle(connection, request, record);
        return;
    }
    qCDebug(lcSandbox).noquote() << "fault on" << recorded.route;
    const QPointer<SandboxConnection> guard(connection);
    switch (fault.kind) {
    case SandboxFault::Kind::Drop:
        if (!request.bodyFile.isEmpty())
            QFile::remove(request.bodyFile);
        connection->drop();
        emit requestHandled(recorded.route, 0);
        return;
    case SandboxFault::Kind::Hang:
        if (!request.bodyFile.isEmpty())
            QFile::remove(request.bodyFile);
        return; // the client's timeout (or its cancel) ends this
    case SandboxFault::Kind::Delay:
        QTimer::singleShot(fault.delayMs, this, [this, guard, request, record] {
            if (guard)
                handle(guard, request, record);
            else if (!request.bodyFile.isEmpty())
                QFile::remove(request.bodyFile);
        });
        return;
    case SandboxFault::Kind::Lost:
        m_loseAnswerOf = record; // reply() drops the connection instead of answering
        handle(connection, request, record);
        return;
    case SandboxFault::Kind::Expired:
        if (recorded.route == u"upload") {
            handleUpload(connection, request, record, true);
            return;
        }
        break;
    case SandboxFault::Kind::Status:
        break;
    }
    if (!request.bodyFile.isEmpty())
        QFile::remove(request.bodyFile);
    Headers extra;
    if (fault.status == 429 || fault.status == 503)
        extra.append({"Retry-After", QByteArray::number(m_retryAfter)});
    if (recorded.route == u"upload")
        replyS3Error(connection, record, fault.status, fault.status == 503 ? "SlowDown" : "InternalError",
                     "Injected fault", {}, extra);
    else
        replyError(connection, record, fault.status, QStringLiteral("Injected fault"), extra);
}

void Sandbox::handle(SandboxConnection* connection, const SandboxRequest& request, int record)
{
    const QString route = m_requests.at(record).route;
    if (route == u"upload") {
        handleUpload(connection, request, record, false);
        return;
    }
    if (route == u"readback") {
        handleReadBack(connection, record);
        return;
    }
    if (route == u"other") {
        replyError(connection, record, 404, QStringLiteral("Not Found"));
        return;
    }
    if (request.header("Authorization") != "Bearer " + m_apiKey.toUtf8()) {
        replyError(connection, record, 401,
                   request.hasHeader("Authorization") ? QStringLiteral("Invalid API key")
                                                      : QStringLiteral("Missing authentication"));
        return;
    }
    if (const int wait = rateLimitWaitSeconds(route); wait > 0) {
        replyError(connection, record, 429, QStringLiteral("Rate limit exceeded"),
                   {{"Retry-After", QByteArray::number(wait)}});
        return;
    }
    const QByteArray expected = route == u"orgs" || route == u"files/url" || route == u"apps" || route == u"users"
        ? QByteArray("GET")
        : route == u"files" ? QByteArray("POST")
                            : QByteArray("PUT");
    if (request.method != expected) {
        replyError(connection, record, 404, QStringLiteral("Not Found"));
        return;
    }
    if (route == u"orgs")
        handleOrgs(connection, record);
    else if (route == u"files/url")
        handleFilesUrl(connection, request, record);
    else if (route == u"files")
        handleFiles(connection, request, record);
    else if (route == u"apps")
        handleApps(connection, request, record);
    else if (route == u"users")
        handleUsers(connection, request, record);
    else
        handleSync(connection, request, record);
}

void Sandbox::reply(SandboxConnection* connection, int record, int status, const Headers& headers,
                    const QByteArray& body)
{
    m_requests[record].status = status;
    if (record == m_loseAnswerOf) {
        m_loseAnswerOf = -1;
        connection->drop();
        emit requestHandled(m_requests.at(record).route, 0);
        return;
    }
    connection->respond(status, headers, body);
    emit requestHandled(m_requests.at(record).route, status);
}

void Sandbox::replyError(SandboxConnection* connection, int record, int status, const QString& message,
                         const Headers& extra)
{
    QJsonObject body {{QStringLiteral("statusCode"), status},
                      {QStringLiteral("error"), QString::fromLatin1(SandboxConnection::reasonPhrase(status))},
                      {QStringLiteral("message"), message}};
    Headers headers {{"Content-Type", "application/json; charset=utf-8"}};
    headers += extra;
    reply(connection, record, status, headers, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void Sandbox::replyS3Error(SandboxConnection* connection, int record, int status, const QByteArray& code,
                           const QByteArray& message, const QByteArray& extraXml, const Headers& extraHeaders)
{
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" +
        message + "</Message>" + extraXml + "<RequestId>SANDBOX" + QByteArray::number(record) +
        "</RequestId><HostId>sandbox</HostId></Error>";
    Headers headers {{"Content-Type", "application/xml"}};
    headers += extraHeaders;
    reply(connection, record, status, headers, body);
}

void Sandbox::replyJson(SandboxConnection* connection, int record, const QByteArray& json)
{
    reply(connection, record, 200, {{"Content-Type", "application/json; charset=utf-8"}}, json);
}

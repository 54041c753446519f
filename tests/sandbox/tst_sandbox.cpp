// The Sandbox behaves like Torii + S3 (torii-api.md §5), checked with plain HTTP requests over loopback.
#include "sandbox/payloadschema.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxfault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

namespace
{
    const QByteArray key = "sbx_test_key_0815";
    const QByteArray validPayload = R"({"users":[{"email":"a@example.com","status":"active"}]})";
} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void authRequired();
    void org();
    void errorBodyShape();
    void filesUrlNeedsNameAndType();
    void fullFlowAndReadBack();
    void s3RejectsAuthorization();
    void s3RejectsTamperedUrl();
    void s3RejectsReencodedUrl();
    void s3RejectsExpiredUrl();
    void signedContentTypeMustMatch();
    void registerNeedsUploadedObject();
    void syncValidatesSchema_data();
    void syncValidatesSchema();
    void syncUnknownIds();
    void syncConflictWhileRunning();
    void rateLimit();
    void faults();
    void faultSpecParsing_data();
    void faultSpecParsing();
    void streamingSchema_data();
    void streamingSchema();
    void streamingSchemaLargeFile();
    void syncedHashIsOfTheBytesSynced();
    void uploadInPiecesArrivesWhole();
    void droppedUploadLeavesNoSpoolFile();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray retryAfter;
        QByteArray contentType;
        QByteArray etag;
        [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };
    Reply send(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
               const QList<QPair<QByteArray, QByteArray>>& headers = {{"Authorization", "Bearer " + key}});
    QUrl api(const QString& path) const;
    QByteArray mintUrl(QString* filePath = nullptr);
    qint64 uploadAndRegister(const QByteArray& payload);
    [[nodiscard]] QStringList storedFiles(const QString& pattern) const;

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestSandbox::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    m_sandbox->setApiKey(QString::fromLatin1(key));
    QVERIFY(m_sandbox->start());
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestSandbox::cleanup()
{
    m_nam.reset();
    m_sandbox.reset();
}

QUrl TestSandbox::api(const QString& path) const
{
    return QUrl(m_sandbox->baseUrl().toString() + path);
}

TestSandbox::Reply TestSandbox::send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                     const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(url);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setRawHeader("Content-Type", "application/json");
    QNetworkReply* reply = m_nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.retryAfter = reply->rawHeader("Retry-After");
    result.contentType = reply->rawHeader("Content-Type");
    result.etag = reply->rawHeader("ETag");
    reply->deleteLater();
    return result;
}

QByteArray TestSandbox::mintUrl(QString* filePath)
{
    const Reply reply = send("GET", api(QStringLiteral("/files/url?name=p.json&type=customIntegrationData")));
    const QJsonObject params = reply.json().value(QLatin1String("uploadFileParameters")).toObject();
    if (filePath)
        *filePath = params.value(QLatin1String("filePath")).toString();
    return params.value(QLatin1String("url")).toString().toUtf8();
}

qint64 TestSandbox::uploadAndRegister(const QByteArray& payload)
{
    QString filePath;
    const QByteArray url = mintUrl(&filePath);
    if (send("PUT", QUrl::fromEncoded(url, QUrl::StrictMode), payload, {}).status != 200)
        return -1;
    const QByteArray body = R"({"path":")" + filePath.toUtf8() + R"(","type":"customIntegrationData"})";
    return send("POST", api(QStringLiteral("/files")), body).json().value(QLatin1String("id")).toInteger(-1);
}

void TestSandbox::authRequired()
{
    QCOMPARE(send("GET", api(QStringLiteral("/orgs/my")), {}, {}).status, 401);
    QCOMPARE(send("GET", api(QStringLiteral("/orgs/my")), {}, {{"Authorization", "Bearer nope"}}).status, 401);
    QCOMPARE(send("GET", api(QStringLiteral("/orgs/my")), {}, {{"Authorization", key}}).status, 401);
}

void TestSandbox::org()
{
    const Reply reply = send("GET", api(QStringLiteral("/orgs/my")));
    QCOMPARE(reply.status, 200);
    const QJsonObject org = reply.json().value(QLatin1String("org")).toObject();
    QCOMPARE(org.value(QLatin1String("companyName")).toString(), QStringLiteral("Sandbox Org"));
    QCOMPARE(org.value(QLatin1String("id")).toInteger(), Sandbox::orgId);
}

void TestSandbox::errorBodyShape()
{
    const Reply reply = send("GET", api(QStringLiteral("/orgs/my")), {}, {});
    QCOMPARE(reply.contentType, QByteArray("application/json; charset=utf-8"));
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QLatin1String("statusCode")).toInt(), 401);
    QCOMPARE(body.value(QLatin1String("error")).toString(), QStringLiteral("Unauthorized"));
    QVERIFY(!body.value(QLatin1String("message")).toString().isEmpty());
}

void TestSandbox::filesUrlNeedsNameAndType()
{
    QCOMPARE(send("GET", api(QStringLiteral("/files/url?name=a.json"))).status, 400);
    QCOMPARE(send("GET", api(QStringLiteral("/files/url?type=customIntegrationData"))).status, 400);
    QString filePath;
    const QByteArray url = mintUrl(&filePath);
    QVERIFY(filePath.endsWith(QStringLiteral("/p.json")));
    for (const char* part : {"X-Amz-Algorithm=", "X-Amz-Credential=", "X-Amz-Date=", "X-Amz-Expires=300",
                             "X-Amz-SignedHeaders=host", "X-Amz-Signature=", "X-Amz-Security-Token="})
        QVERIFY2(url.contains(part), part);
}

void TestSandbox::fullFlowAndReadBack()
{
    const qint64 id = uploadAndRegister(validPayload);
    QVERIFY(id > 0);
    const QByteArray body = R"({"idFile":)" + QByteArray::number(id) + R"(,"idAppAccount":"4242"})";
    const Reply sync = send("PUT", api(QStringLiteral("/services/sync/custom")), body);
    QCOMPARE(sync.status, 200);
    QCOMPARE(sync.json().value(QLatin1String("success")).toBool(), true);
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);
    QCOMPARE(m_sandbox->syncedPayloads().first().users, 1);
    QFile stored(m_sandbox->syncedPayloads().first().storedPath);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), validPayload);
    QUrl readBack = m_sandbox->baseUrl();
    readBack.setPath(QStringLiteral("/sandbox/synced"));
    const Reply list = send("GET", readBack, {}, {});
    QCOMPARE(list.json().value(QLatin1String("synced")).toArray().size(), 1);
}

void TestSandbox::s3RejectsAuthorization()
{
    const QByteArray url = mintUrl();
    const Reply reply =
        send("PUT", QUrl::fromEncoded(url, QUrl::StrictMode), validPayload, {{"Authorization", "Bearer " + key}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("<Code>InvalidArgument</Code>"));
    QVERIFY(reply.body.contains("Only one auth mechanism allowed"));
}

void TestSandbox::s3RejectsTamperedUrl()
{
    QByteArray url = mintUrl();
    url.replace("X-Amz-Expires=300", "X-Amz-Expires=999");
    const Reply reply = send("PUT", QUrl::fromEncoded(url, QUrl::StrictMode), validPayload, {});
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.body.contains("<Code>SignatureDoesNotMatch</Code>"));
}

void TestSandbox::s3RejectsReencodedUrl()
{
    // What a client does if it decodes the URL: %2B in the token becomes '+', and the signature breaks.
    QByteArray url = mintUrl();
    QVERIFY(url.contains("%2B"));
    url.replace("%2B", "+");
    const Reply reply = send("PUT", QUrl::fromEncoded(url, QUrl::StrictMode), validPayload, {});
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.body.contains("SignatureDoesNotMatch"));
}

void TestSandbox::s3RejectsExpiredUrl()
{
    m_sandbox->setUrlTtlSeconds(1);
    const QByteArray url = mintUrl();
    QTest::qWait(2100);
    const Reply reply = send("PUT", QUrl::fromEncoded(url, QUrl::StrictMode), validPayload, {});
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.body.contains("<Code>AccessDenied</Code><Message>Request has expired</Message>"));
    QVERIFY(reply.body.contains("<X-Amz-Expires>1</X-Amz-Expires>"));
    QCOMPARE(reply.contentType, QByteArray("application/xml"));
}

void TestSandbox::signedContentTypeMustMatch()
{
    m_sandbox->setSignContentType(true);
    const QByteArray url = mintUrl();
    QVERIFY(url.contains("X-Amz-SignedHeaders=content-type%3Bhost"));
    const QUrl target = QUrl::fromEncoded(url, QUrl::StrictMode);
    QCOMPARE(send("PUT", target, validPayload, {{"Content-Type", "application/json"}}).status, 403);
    QCOMPARE(send("PUT", target, validPayload, {{"Content-Type", "customIntegrationData"}}).status, 200);
}

void TestSandbox::registerNeedsUploadedObject()
{
    QString filePath;
    (void)mintUrl(&filePath);
    const QByteArray body = R"({"path":")" + filePath.toUtf8() + R"(","type":"customIntegrationData"})";
    const Reply reply = send("POST", api(QStringLiteral("/files")), body);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.json().value(QLatin1String("message")).toString().contains(QStringLiteral("No uploaded file")));
    QCOMPARE(send("POST", api(QStringLiteral("/files")), R"({"path":"x","type":"bogus"})").status, 400);
    QCOMPARE(send("POST", api(QStringLiteral("/files")), R"({"type":"customIntegrationData"})").status, 400);
}

void TestSandbox::syncValidatesSchema_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{users") << QStringLiteral("not valid JSON");
    QTest::newRow("no users") << QByteArray(R"({"licenses":[]})") << QStringLiteral("\"users\" is required");
    QTest::newRow("empty users") << QByteArray(R"({"users":[]})") << QStringLiteral("at least 1 valid user");
    QTest::newRow("missing email") << QByteArray(R"({"users":[{"firstName":"A"}]})")
                                   << QStringLiteral("users[0].email is required");
    QTest::newRow("bad status") << QByteArray(R"({"users":[{"email":"a@x.io","status":"inactive"}]})")
                                << QStringLiteral("users[0].status must be one of");
    QTest::newRow("roles not array") << QByteArray(R"({"users":[{"email":"a@x.io","roles":"Admin"}]})")
                                     << QStringLiteral("roles must be an array");
    QTest::newRow("license name") << QByteArray(R"({"users":[{"email":"a@x.io"}],"licenses":[{"users":[]}]})")
                                  << QStringLiteral("licenses[0].name is required");
    QTest::newRow("license status")
        << QByteArray(
               R"({"users":[{"email":"a@x.io"}],"licenses":[{"name":"Pro","users":[{"email":"a@x.io","licenseStatus":"on"}]}]})")
        << QStringLiteral("licenseStatus must be one of");
}

void TestSandbox::syncValidatesSchema()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, message);
    const qint64 id = uploadAndRegister(payload);
    QVERIFY(id > 0);
    const QByteArray body = R"({"idFile":)" + QByteArray::number(id) + R"(,"idAppAccount":4242})";
    const Reply reply = send("PUT", api(QStringLiteral("/services/sync/custom")), body);
    QCOMPARE(reply.status, 400);
    const QString text = reply.json().value(QLatin1String("message")).toString();
    QVERIFY2(text.contains(message), qPrintable(text));
    QCOMPARE(m_sandbox->syncedPayloads().size(), 0);
}

void TestSandbox::syncUnknownIds()
{
    const qint64 id = uploadAndRegister(validPayload);
    QCOMPARE(
        send("PUT", api(QStringLiteral("/services/sync/custom")), R"({"idFile":99999,"idAppAccount":4242})").status,
        404);
    QCOMPARE(send("PUT", api(QStringLiteral("/services/sync/custom")),
                  R"({"idFile":)" + QByteArray::number(id) + R"(,"idAppAccount":1})")
                 .status,
             404);
    QCOMPARE(send("PUT", api(QStringLiteral("/services/sync/custom")), R"({"idAppAccount":4242})").status, 400);
    QCOMPARE(send("POST", api(QStringLiteral("/services/sync/custom")), R"({})").status, 404); // PUT only
}

void TestSandbox::syncConflictWhileRunning()
{
    m_sandbox->setSyncDurationMs(60000);
    const QByteArray body =
        R"({"idFile":)" + QByteArray::number(uploadAndRegister(validPayload)) + R"(,"idAppAccount":4242})";
    QCOMPARE(send("PUT", api(QStringLiteral("/services/sync/custom")), body).status, 200);
    const Reply second = send("PUT", api(QStringLiteral("/services/sync/custom")), body);
    QCOMPARE(second.status, 409);
    QCOMPARE(second.json().value(QLatin1String("error")).toString(), QStringLiteral("Conflict"));
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);
}

void TestSandbox::rateLimit()
{
    m_sandbox->setRateLimit(QStringLiteral("orgs"), 2);
    QCOMPARE(send("GET", api(QStringLiteral("/orgs/my"))).status, 200);
    QCOMPARE(send("GET", api(QStringLiteral("/orgs/my"))).status, 200);
    const Reply limited = send("GET", api(QStringLiteral("/orgs/my")));
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.retryAfter.toInt() > 0 && limited.retryAfter.toInt() <= 60);
    QCOMPARE(limited.json().value(QLatin1String("statusCode")).toInt(), 429);
}

void TestSandbox::faults()
{
    QString error;
    QVERIFY(m_sandbox->addFault(QStringLiteral("orgs=503:1"), &error));
    QVERIFY(m_sandbox->addFault(QStringLiteral("orgs=drop:1"), &error));
    const Reply first = send("GET", api(QStringLiteral("/orgs/my")));
    QCOMPARE(first.status, 503);
    QCOMPARE(first.retryAfter, QByteArray("1"));
    // A dropped connection may be retried once by Qt itself on a reused connection; either way it is not a 200
    // until the fault is used up, and afterwards the route works again.
    Reply second = send("GET", api(QStringLiteral("/orgs/my")));
    if (second.status == 200)
        QVERIFY(m_sandbox->requestCount(QStringLiteral("orgs")) >= 3);
    else
        QCOMPARE(second.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(send("GET", api(QStringLiteral("/orgs/my"))).status, 200);

    QVERIFY(m_sandbox->addFault(QStringLiteral("orgs=delay:300"), &error));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(send("GET", api(QStringLiteral("/orgs/my"))).status, 200);
    QVERIFY(timer.elapsed() >= 290);
}

void TestSandbox::faultSpecParsing_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("ok");
    QTest::newRow("status") << QStringLiteral("files/url=429:2") << true;
    QTest::newRow("drop") << QStringLiteral("upload=drop:1") << true;
    QTest::newRow("delay") << QStringLiteral("sync=delay:3000") << true;
    QTest::newRow("delay n") << QStringLiteral("sync=delay:3000:2") << true;
    QTest::newRow("hang") << QStringLiteral("files=hang") << true;
    QTest::newRow("expired") << QStringLiteral("upload=expired:1") << true;
    QTest::newRow("bad route") << QStringLiteral("nope=500") << false;
    QTest::newRow("bad status") << QStringLiteral("sync=200:1") << false;
    QTest::newRow("no spec") << QStringLiteral("sync=") << false;
    QTest::newRow("no equals") << QStringLiteral("sync") << false;
    QTest::newRow("delay no ms") << QStringLiteral("sync=delay") << false;
    QTest::newRow("zero count") << QStringLiteral("sync=500:0") << false;
}

void TestSandbox::faultSpecParsing()
{
    QFETCH(QString, spec);
    QFETCH(bool, ok);
    SandboxFault fault;
    QString error;
    QCOMPARE(SandboxFault::parse(spec, &fault, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
}

void TestSandbox::streamingSchema_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("users");
    QTest::newRow("minimal") << QByteArray(R"({"users":[{"email":"a@x.io"}]})") << true << 1;
    QTest::newRow("spaces") << QByteArray(" {\n \"users\" : [ {\"email\":\"a@x.io\"} ,{\"email\":\"b@x.io\"} ] }\n")
                            << true << 2;
    QTest::newRow("tricky strings") << QByteArray(
                                           R"({"users":[{"email":"a@x.io","firstName":"}],{\"x"}],"licenses":[]})")
                                    << true << 1;
    QTest::newRow("unknown key skipped") << QByteArray(R"({"meta":{"a":[1,{"b":"]"}]},"users":[{"email":"a@x.io"}]})")
                                         << true << 1;
    QTest::newRow("trailing data") << QByteArray(R"({"users":[{"email":"a@x.io"}]} x)") << false << 0;
    QTest::newRow("missing comma") << QByteArray(R"({"users":[{"email":"a@x.io"} {"email":"b@x.io"}]})") << false << 0;
    QTest::newRow("truncated") << QByteArray(R"({"users":[{"email":"a@x.io"})") << false << 0;
    QTest::newRow("bad element") << QByteArray(R"({"users":[{"email":}]})") << false << 0;
    QTest::newRow("not object") << QByteArray(R"([{"email":"a@x.io"}])") << false << 0;
    QTest::newRow("users not array") << QByteArray(R"({"users":{"email":"a@x.io"}})") << false << 0;
}

void TestSandbox::streamingSchema()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(int, users);
    const PayloadSchema::Result result = PayloadSchema::validateJson(json);
    QVERIFY2(result.ok == ok, qPrintable(result.message));
    if (ok)
        QCOMPARE(result.users, users);
    else
        QVERIFY(!result.message.isEmpty());
}

void TestSandbox::streamingSchemaLargeFile()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(R"({"users":[)");
    const int count = 100000;
    for (int i = 0; i < count; ++i)
        file.write((i ? "," : "") + QByteArray(R"({"email":"user)") + QByteArray::number(i) +
                   R"(@example.com","status":"active","roles":["A","B"]})");
    file.write(R"(],"licenses":[{"name":"Pro","users":[{"email":"user1@example.com","licenseStatus":"active"}]}]})");
    file.close();
    const PayloadSchema::Result result = PayloadSchema::validateFile(file.fileName());
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.users, count);
    QCOMPARE(result.licenses, 1);
}

QStringList TestSandbox::storedFiles(const QString& pattern) const
{
    return QDir(m_sandbox->storageDir()).entryList({pattern}, QDir::Files);
}

void TestSandbox::syncedHashIsOfTheBytesSynced()
{
    // The SHA-256 is computed from the stored bytes only when asked for; uploading to the same path again after
    // the sync must not change what the sync is reported to have taken.
    const QByteArray second = R"({"users":[{"email":"b@example.com","status":"active"}]})";
    QString filePath;
    const QUrl url = QUrl::fromEncoded(mintUrl(&filePath), QUrl::StrictMode);
    const Reply first = send("PUT", url, validPayload, {});
    QCOMPARE(first.status, 200);
    QVERIFY(QRegularExpression(QStringLiteral("^\"[0-9a-f]{32}\"$")).match(QString::fromLatin1(first.etag)).hasMatch());
    const QByteArray files = R"({"path":")" + filePath.toUtf8() + R"(","type":"customIntegrationData"})";
    const qint64 id = send("POST", api(QStringLiteral("/files")), files).json().value(QLatin1String("id")).toInteger();
    QVERIFY(id > 0);
    QSignalSpy synced(m_sandbox.get(), &Sandbox::synced);
    const QByteArray body = R"({"idFile":)" + QByteArray::number(id) + R"(,"idAppAccount":"4242"})";
    QCOMPARE(send("PUT", api(QStringLiteral("/services/sync/custom")), body).status, 200);
    const QByteArray expected = QCryptographicHash::hash(validPayload, QCryptographicHash::Sha256).toHex();
    QCOMPARE(synced.size(), 1);
    QCOMPARE(synced.constFirst().constFirst().value<Sandbox::SyncedPayload>().sha256Hex, expected); // a listener

    const Reply again = send("PUT", url, second, {});
    QCOMPARE(again.status, 200);
    QVERIFY(again.etag != first.etag); // a new version of the object
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);
    QCOMPARE(m_sandbox->syncedPayloads().constFirst().sha256Hex, expected);
    QUrl readBack = m_sandbox->baseUrl();
    readBack.setPath(QStringLiteral("/sandbox/synced"));
    const QJsonArray list = send("GET", readBack, {}, {}).json().value(QLatin1String("synced")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QLatin1String("sha256")).toString().toLatin1(), expected);
}

void TestSandbox::uploadInPiecesArrivesWhole()
{
    // A body trickling in: the sandbox reads each piece partly through Qt's socket buffer and partly straight
    // from the socket, and the stored object is still exactly the body, in order.
    QByteArray payload = R"({"users":[)";
    for (int i = 0; payload.size() < (6 << 20); ++i)
        payload += (i ? "," : "") + QByteArray(R"({"email":"user)") + QByteArray::number(i) + R"(@example.com"})";
    payload += "]}";
    const QUrl url = QUrl::fromEncoded(mintUrl(), QUrl::StrictMode);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(
        "PUT " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
        "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(payload.size()) + "\r\n\r\n");
    QRandomGenerator random(7);
    for (qsizetype at = 0; at < payload.size();) {
        const qsizetype size = std::min<qsizetype>(payload.size() - at, 1 + random.bounded(400 * 1024));
        socket.write(payload.constData() + at, size);
        at += size;
        QTest::qWait(1); // the sandbox (same thread) reads what has arrived
    }
    QByteArray response;
    QTRY_VERIFY_WITH_TIMEOUT((response += socket.readAll()).contains("\r\n\r\n"), 10000);
    QVERIFY2(response.startsWith("HTTP/1.1 200"), response.constData());
    const QStringList stored = storedFiles(QStringLiteral("object-*.json"));
    QCOMPARE(stored.size(), 1);
    QFile object(QDir(m_sandbox->storageDir()).filePath(stored.constFirst()));
    QVERIFY(object.open(QIODevice::ReadOnly));
    QVERIFY(object.readAll() == payload);
}

void TestSandbox::droppedUploadLeavesNoSpoolFile()
{
    const QUrl url = QUrl::fromEncoded(mintUrl(), QUrl::StrictMode);
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QVERIFY(socket->waitForConnected(5000));
    socket->write("PUT " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                  " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 50000000\r\n\r\n" + R"({"users":[)" +
                  QByteArray(3 << 20, ' '));
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->requestCount(QStringLiteral("upload")) == 0 &&
                                 !storedFiles(QStringLiteral("upload-*.part")).isEmpty(),
                             5000);
    QTest::qWait(50); // the sandbox takes the bytes sent so far
    socket->abort();  // the client gives up mid-body
    socket.reset();
    QTRY_VERIFY_WITH_TIMEOUT(storedFiles(QStringLiteral("upload-*.part")).isEmpty(), 5000);
    QVERIFY(storedFiles(QStringLiteral("object-*.json")).isEmpty());
    QCOMPARE(send("GET", api(QStringLiteral("/orgs/my"))).status, 200); // and the sandbox still serves
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"

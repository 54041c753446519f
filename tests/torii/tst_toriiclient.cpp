// ToriiClient and ToriiJob: requests as Torii expects them, the one error struct and its user text for every
// status and transport failure, HTTPS-only except loopback, redirects that never carry the key elsewhere.
#include "sandbox/sandbox.h"
#include "sandboxclient.h"
#include "torii/toriiclient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

namespace
{
    const QString key = QStringLiteral("tsk_client_test_key_5521");

    // Answers every request with one canned response (for redirects the Sandbox does not do).
    class CannedServer : public QTcpServer
    {
    public:
        explicit CannedServer(QByteArray response)
            : m_response(std::move(response))
        {
            connect(this, &QTcpServer::newConnection, this, [this] {
                while (QTcpSocket* socket = nextPendingConnection()) {
                    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                        m_received += socket->readAll();
                        if (m_received.contains("\r\n\r\n")) {
                            socket->write(m_response);
                            socket->disconnectFromHost();
                        }
                    });
                }
            });
        }
        QByteArray m_received;

    private:
        QByteArray m_response;
    };
} // namespace

class TestToriiClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void getOrg();
    void httpErrors_data();
    void httpErrors();
    void retryAfterParsed();
    void connectionRefused();
    void timeout();
    void droppedConnection();
    void transportTexts_data();
    void transportTexts();
    void httpsRequiredExceptLoopback_data();
    void httpsRequiredExceptLoopback();
    void insecureBaseUrlNeverSendsKey();
    void missingKey();
    void redirectToOtherHostDropsKey();
    void redirectToSameHostKeepsKey();
    void uploadContentType();
    void uploadUrlUsedByteForByte();
    void s3ExpiredIsRecognised();
    void everyCallOnOneNormalizedBase_data();
    void everyCallOnOneNormalizedBase();
    void hugeAnswerIsNotBuffered_data();
    void hugeAnswerIsNotBuffered();
    void timeoutPrintsNoDeviceNoise();

private:
    std::unique_ptr<SandboxClient> m_net;
    Sandbox* m_sandbox = nullptr;
    ToriiClient* m_client = nullptr;
};

void TestToriiClient::init()
{
    m_net = std::make_unique<SandboxClient>();
    QVERIFY(m_net->start(key, std::chrono::milliseconds(500)));
    m_sandbox = m_net->sandbox();
    m_client = m_net->client();
}

void TestToriiClient::cleanup()
{
    m_client = nullptr;
    m_sandbox = nullptr;
    m_net.reset();
}

void TestToriiClient::getOrg()
{
    const ToriiResponse response = SandboxClient::run(m_client->getOrg());
    QVERIFY2(response.ok(), qPrintable(response.error.userText));
    const auto org = ToriiClient::parseOrg(response.json);
    QVERIFY(org.has_value());
    QCOMPARE(org->companyName, QStringLiteral("Sandbox Org"));
    const Sandbox::RecordedRequest request = m_sandbox->requests().constLast();
    QCOMPARE(request.header("Authorization"), "Bearer " + key.toUtf8());
    QVERIFY(request.header("User-Agent").startsWith("ToriiSync/"));
}

void TestToriiClient::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("400") << 400 << QStringLiteral("invalid");
    QTest::newRow("401") << 401 << QStringLiteral("API key");
    QTest::newRow("403") << 403 << QStringLiteral("full access");
    QTest::newRow("404") << 404 << QStringLiteral("404");
    QTest::newRow("409") << 409 << QStringLiteral("Another sync");
    QTest::newRow("429") << 429 << QStringLiteral("rate limit");
    QTest::newRow("500") << 500 << QStringLiteral("having problems");
    QTest::newRow("502") << 502 << QStringLiteral("having problems");
    QTest::newRow("503") << 503 << QStringLiteral("having problems");
}

void TestToriiClient::httpErrors()
{
    QFETCH(int, status);
    QFETCH(QString, phrase);
    QString error;
    QVERIFY(m_sandbox->addFault(QStringLiteral("orgs=%1:1").arg(status), &error));
    const ToriiResponse response = SandboxClient::run(m_client->getOrg());
    QCOMPARE(response.error.kind, ToriiError::Kind::Http);
    QCOMPARE(response.error.httpStatus, status);
    QCOMPARE(response.error.toriiMessage, QStringLiteral("Injected fault"));
    QVERIFY2(response.error.userText.contains(phrase, Qt::CaseInsensitive), qPrintable(response.error.userText));
    QVERIFY(response.error.userText.contains(QStringLiteral("Injected fault")));
    QCOMPARE(response.error.isAuthFailure(), status == 401 || status == 403);
}

void TestToriiClient::retryAfterParsed()
{
    m_sandbox->setRetryAfterSeconds(7);
    QString error;
    QVERIFY(m_sandbox->addFault(QStringLiteral("orgs=429:1"), &error));
    const ToriiResponse response = SandboxClient::run(m_client->getOrg());
    QCOMPARE(response.error.retryAfterMs, 7000);
}

void TestToriiClient::connectionRefused()
{
    const quint16 port = m_sandbox->port();
    m_sandbox->stop();
    QUrl url = QUrl(QStringLiteral("http://127.0.0.1/v1.0"));
    url.setPort(port);
    m_client->setBaseUrl(url);
    const ToriiResponse response = SandboxClient::run(m_client->getOrg());
    QCOMPARE(response.error.kind, ToriiError::Kind::ConnectionRefused);
    QVERIFY(!response.error.requestSent);
    QVERIFY(response.error.userText.contains(QStringLiteral("refused")));
}

void TestToriiClient::timeout()
{
    QString error;
    QVERIFY(m_sandbox->addFault(QStringLiteral("orgs=hang:1"), &error));
    const ToriiResponse response = SandboxClient::run(m_client->getOrg());
    QCOMPARE(response.error.kind, ToriiError::Kind::Timeout);
    QVERIFY(response.error.requestSent);
    QVERIFY(response.error.userText.contains(QStringLiteral("timeout")));
}

void TestToriiClient::droppedConnection()
{
    QString error;
    QVERIFY(m_sandbox->addFault(QStringLiteral("sync=drop:5"), &error));
    const ToriiResponse response = SandboxClient::run(m_client->startSync(1, 4242));
    QCOMPARE(response.error.kind, ToriiError::Kind::ConnectionClosed);
    QVERIFY(response.error.requestSent); // the sync PUT left: its outcome is unknown
    QVERIFY(response.error.userText.contains(QStringLiteral("closed the connection")));
}

void TestToriiClient::transportTexts_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("dns") << int(ToriiError::Kind::HostNotFound) << QStringLiteral("DNS");
    QTest::newRow("tls") << int(ToriiError::Kind::Tls) << QStringLiteral("TLS");
    QTest::newRow("network") << int(ToriiError::Kind::Network) << QStringLiteral("network");
    QTest::newRow("invalid") << int(ToriiError::Kind::InvalidResponse) << QStringLiteral("unexpected");
    QTest::newRow("cancelled") << int(ToriiError::Kind::Cancelled) << QStringLiteral("Cancelled");
}

void TestToriiClient::transportTexts()
{
    QFETCH(int, kind);
    QFETCH(QString, phrase);
    ToriiError error;
    error.kind = ToriiError::Kind(kind);
    error.stage = SyncStage::CreateFile;
    error.toriiMessage = QStringLiteral("detail");
    error.describe();
    QVERIFY2(error.userText.contains(phrase), qPrintable(error.userText));
    QVERIFY(!error.isAuthFailure());
}

void TestToriiClient::httpsRequiredExceptLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://api.toriihq.com/v1.0") << true;
    QTest::newRow("http remote") << QStringLiteral("http://api.toriihq.com/v1.0") << false;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080/v1.0") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080/v1.0") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/v1.0") << true;
    QTest::newRow("http lan") << QStringLiteral("http://192.168.1.10/v1.0") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://api.toriihq.com/") << false;
    QTest::newRow("no host") << QStringLiteral("https:///v1.0") << false;
}

void TestToriiClient::httpsRequiredExceptLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const ToriiError error = ToriiClient::checkUrl(QUrl(url), SyncStage::None);
    QCOMPARE(!error.isError(), allowed);
    if (!allowed)
        QVERIFY(!error.userText.isEmpty());
}

void TestToriiClient::insecureBaseUrlNeverSendsKey()
{
    CannedServer server("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    QVERIFY(server.listen(QHostAddress::LocalHost));
    // Not loopback by name or address: refused before any connection is made.
    m_client->setBaseUrl(QUrl(QStringLiteral("http://torii.example:%1/v1.0").arg(server.serverPort())));
    const ToriiResponse response = SandboxClient::run(m_client->getOrg());
    QCOMPARE(response.error.kind, ToriiError::Kind::InsecureUrl);
    QVERIFY(server.m_received.isEmpty());
}

void TestToriiClient::missingKey()
{
    m_client->setApiKey(QString());
    const ToriiResponse response = SandboxClient::run(m_client->getOrg());
    QVERIFY(response.error.isError());
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TestToriiClient::redirectToOtherHostDropsKey()
{
    // 127.0.0.1 redirects to "localhost": another host by name, so the key must not follow.
    const QByteArray location = "http://localhost:" + QByteArray::number(m_sandbox->port()) + "/v1.0/orgs/my";
    CannedServer server("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1.0").arg(server.serverPort())));
    const ToriiResponse response = SandboxClient::run(m_client->getOrg());
    QVERIFY(server.m_received.contains("Authorization: Bearer"));
    QCOMPARE(m_sandbox->requests().size(), 1);
    QVERIFY(!m_sandbox->requests().first().hasHeader("Authorization"));
    QCOMPARE(response.error.httpStatus, 401);
}

void TestToriiClient::redirectToSameHostKeepsKey()
{
    // The Sandbox is the same origin as itself: a redirect to its own /v1.0 path keeps the key.
    const QByteArray location = "/v1.0/orgs/my";
    CannedServer server("HTTP/1.1 308 Permanent Redirect\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1.0").arg(server.serverPort())));
    const ToriiResponse response = SandboxClient::run(m_client->getOrg());
    // Same host and port as the original request: the redirect loops to the canned server, which keeps
    // answering 308, and the job gives up after a bounded number of hops with a clear error.
    QCOMPARE(response.error.kind, ToriiError::Kind::InvalidResponse);
    QVERIFY(response.error.toriiMessage.contains(QStringLiteral("redirects")));
    QVERIFY(server.m_received.count("Authorization: Bearer") >= 2);
}

void TestToriiClient::uploadContentType()
{
    QCOMPARE(ToriiClient::uploadContentType("https://b.s3.amazonaws.com/x?X-Amz-SignedHeaders=host&X-Amz-Signature=1"),
             QByteArray("application/json"));
    QCOMPARE(ToriiClient::uploadContentType(
                 "https://b.s3.amazonaws.com/x?X-Amz-SignedHeaders=content-type%3Bhost&X-Amz-Signature=1"),
             QByteArray("customIntegrationData"));
    QCOMPARE(ToriiClient::urlLifetimeSeconds("https://b/x?X-Amz-Expires=300&X-Amz-Signature=1"), 300);
    QCOMPARE(ToriiClient::urlLifetimeSeconds("https://b/x"), -1);
}

void TestToriiClient::uploadUrlUsedByteForByte()
{
    const ToriiResponse minted = SandboxClient::run(m_client->requestUploadUrl(QStringLiteral("a b+c.json")));
    QVERIFY(minted.ok());
    const auto target = ToriiClient::parseUploadTarget(minted.json);
    QVERIFY(target.has_value());
    QVERIFY(target->url.contains("%2B")); // the security token has a '+' that must stay encoded
    QTemporaryFile payload;
    QVERIFY(payload.open());
    payload.write(R"({"users":[{"email":"a@example.com"}]})");
    payload.close();
    const ToriiResponse uploaded = SandboxClient::run(m_client->upload(*target, payload.fileName()));
    QVERIFY2(uploaded.ok(), qPrintable(uploaded.error.userText));
    QVERIFY(!uploaded.etag.isEmpty());
    const Sandbox::RecordedRequest put = m_sandbox->requests().constLast();
    QCOMPARE(QByteArray("http://127.0.0.1:" + QByteArray::number(m_sandbox->port()) + put.target), target->url);
    QVERIFY(!put.hasHeader("Authorization"));
}

void TestToriiClient::s3ExpiredIsRecognised()
{
    const ToriiResponse minted = SandboxClient::run(m_client->requestUploadUrl(QStringLiteral("p.json")));
    const auto target = ToriiClient::parseUploadTarget(minted.json);
    QVERIFY(target.has_value());
    QString error;
    QVERIFY(m_sandbox->addFault(QStringLiteral("upload=expired:1"), &error));
    QTemporaryFile payload;
    QVERIFY(payload.open());
    payload.write("{}");
    payload.close();
    const ToriiResponse response = SandboxClient::run(m_client->upload(*target, payload.fileName()));
    QCOMPARE(response.error.httpStatus, 403);
    QCOMPARE(response.error.s3Code, QStringLiteral("AccessDenied"));
    QVERIFY(response.error.isUrlExpired());
    QVERIFY(!response.error.isAuthFailure()); // S3's 403 is about the URL, not the key
    QVERIFY(response.error.userText.contains(QStringLiteral("expired")));
}

void TestToriiClient::everyCallOnOneNormalizedBase_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::newRow("trailing slash") << QStringLiteral("http://127.0.0.1:%1/v1.0/");
    QTest::newRow("double slash") << QStringLiteral("http://127.0.0.1:%1//v1.0//");
    QTest::newRow("fragment, query, user") << QStringLiteral("http://u:p@127.0.0.1:%1/v1.0/?x=1#frag");
}

void TestToriiClient::everyCallOnOneNormalizedBase()
{
    // Issue #21/1: a "//" in the API URL sent the one-shot sync to "//v1.0/..." while Qt's stack sent the
    // other calls to "/v1.0/...". Every call, whatever its transport, goes to the one normalized base.
    QFETCH(QString, spelling);
    m_client->setBaseUrl(QUrl(spelling.arg(m_sandbox->port())));
    QCOMPARE(m_client->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1/v1.0").arg(m_sandbox->port())));
    (void)SandboxClient::run(m_client->getOrg());
    (void)SandboxClient::run(m_client->requestUploadUrl(QStringLiteral("p.json")));
    (void)SandboxClient::run(m_client->registerFile(QStringLiteral("nowhere/p.json")));
    (void)SandboxClient::run(m_client->startSync(1, 4242));
    const QList<Sandbox::RecordedRequest> requests = m_sandbox->requests();
    QCOMPARE(requests.size(), 4);
    for (const Sandbox::RecordedRequest& request : requests)
        QVERIFY2(request.target.startsWith("/v1.0/") && !request.target.contains("#"), request.target.constData());
    QCOMPARE(requests.constLast().target, QByteArray("/v1.0/services/sync/custom"));
}

void TestToriiClient::hugeAnswerIsNotBuffered_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::newRow("announced 600 MB") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 629145600\r\n\r\n");
    QTest::newRow("announced 5 MB") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5242880\r\n\r\n");
    QTest::newRow("close-delimited") << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
}

void TestToriiClient::hugeAnswerIsNotBuffered()
{
    // Issue #21/14: a 600 MB answer was buffered whole (645 MB) and only then cut to 1 MiB. Reading stops as
    // soon as the answer is bigger than any we expect; the server here sends 3 MiB and then stalls.
    QFETCH(QByteArray, head);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server, head] {
        QTcpSocket* socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, head] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            socket->write(head);
            socket->write(QByteArray(3 << 20, '['));
        });
    });
    m_client->setTimeout(std::chrono::milliseconds(10000));
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1.0").arg(server.serverPort())));
    const ToriiResponse response = SandboxClient::run(m_client->getOrg());
    QCOMPARE(response.error.kind, ToriiError::Kind::InvalidResponse);
    QVERIFY2(response.error.userText.contains(QStringLiteral("larger than")), qPrintable(response.error.userText));
}

namespace
{
    QStringList capturedWarnings;
    void captureWarnings(QtMsgType type, const QMessageLogContext&, const QString& message)
    {
        if (type != QtDebugMsg)
            capturedWarnings.append(message);
    }
} // namespace

void TestToriiClient::timeoutPrintsNoDeviceNoise()
{
    // Issue #21/14: every timed-out call printed "QIODevice::read (QNetworkReplyHttpImpl): device not open".
    QString error;
    QVERIFY(m_sandbox->addFault(QStringLiteral("orgs=hang:1"), &error));
    capturedWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureWarnings);
    const ToriiResponse response = SandboxClient::run(m_client->getOrg());
    qInstallMessageHandler(previous);
    QCOMPARE(response.error.kind, ToriiError::Kind::Timeout);
    QVERIFY2(capturedWarnings.filter(QStringLiteral("device not open")).isEmpty(),
             qPrintable(capturedWarnings.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestToriiClient)
#include "tst_toriiclient.moc"

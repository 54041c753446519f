// Network weather beyond the sync fault matrix (tests/torii): a server that accepts and never answers, half-written
// and never-sent responses per route, TLS against a plain port, a certificate the client must not trust, a name
// that does not resolve, http:// to a non-loopback host. Every run stops with a clear error, resumes to success,
// and the Sandbox sees exactly one sync.
#include "fakeclock.h"
#include "sandbox/sandbox.h"
#include "sandboxclient.h"
#include "tlstrap.h"
#include "torii/syncpipeline.h"
#include "torii/toriiclient.h"
#include "weatherproxy.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace
{
    const QString key = QStringLiteral("tsk_WEATHER_canary_5b1d_never_leaves");
} // namespace

class TestNetworkWeather : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void serverNeverAnswers();
    void spoiledResponse_data();
    void spoiledResponse();
    void tlsAgainstPlainPort();
    void untrustedCertificate();
    void unresolvableHost();
    void insecureUrlRefused_data();
    void insecureUrlRefused();
    void noCodeIgnoresCertificateErrors();

private:
    SyncPipeline::Outcome run(bool resume = false);
    // Points the client back at the Sandbox, resumes until success (at most 3 times), checks one sync.
    void resumeToSuccess();

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxClient> m_net;
    Sandbox* m_sandbox = nullptr;
    ToriiClient* m_client = nullptr;
    std::unique_ptr<SyncPipeline> m_pipeline;
    FakeClock m_clock;
};

void TestNetworkWeather::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile payload(m_dir.filePath(QStringLiteral("payload.json")));
    QVERIFY(payload.open(QIODevice::WriteOnly));
    payload.write(R"({"users":[{"email":"a@example.com","status":"active"},{"email":"b@example.com"}],"licenses":[]})");
}

void TestNetworkWeather::init()
{
    m_net = std::make_unique<SandboxClient>();
    QVERIFY(m_net->start(key, std::chrono::milliseconds(700)));
    m_sandbox = m_net->sandbox();
    m_client = m_net->client();
    m_sandbox->setSyncDurationMs(3000); // a resent sync meets "still running" (409), as on Torii
    m_pipeline = std::make_unique<SyncPipeline>(m_client);
    m_pipeline->setPayloadFile(m_dir.filePath(QStringLiteral("payload.json")), 2, 0);
    m_pipeline->setAppAccountId(Sandbox::demoAppAccountId);
    m_pipeline->setClock(&m_clock);
    RetryPolicy::Limits limits;
    limits.maxAttempts = 3;
    m_pipeline->setRetryPolicy(RetryPolicy(limits));
}

void TestNetworkWeather::cleanup()
{
    // Nothing any server recorded carries the key outside Torii's own Authorization header.
    if (m_sandbox) {
        for (const Sandbox::RecordedRequest& request : m_sandbox->requests()) {
            QVERIFY(!request.target.contains(key.toUtf8()));
            for (const auto& header : request.headers) {
                if (header.second.contains(key.toUtf8()))
                    QVERIFY2(request.route != u"upload" &&
                                 header.first.compare("Authorization", Qt::CaseInsensitive) == 0,
                             qPrintable(QStringLiteral("key in %1 header %2")
                                            .arg(request.route, QString::fromLatin1(header.first))));
            }
        }
    }
    m_pipeline.reset();
    m_client = nullptr;
    m_sandbox = nullptr;
    m_net.reset();
}

SyncPipeline::Outcome TestNetworkWeather::run(bool resume)
{
    QSignalSpy finished(m_pipeline.get(), &SyncPipeline::finished);
    resume ? m_pipeline->resume() : m_pipeline->start();
    if (!finished.wait(20000))
        return SyncPipeline::Outcome::None;
    return finished.first().first().value<SyncPipeline::Outcome>();
}

void TestNetworkWeather::resumeToSuccess()
{
    m_client->setBaseUrl(m_sandbox->baseUrl());
    SyncPipeline::Outcome outcome = SyncPipeline::Outcome::Failed;
    for (int attempt = 0; attempt < 3 && outcome != SyncPipeline::Outcome::Succeeded; ++attempt)
        outcome = run(true);
    QCOMPARE(outcome, SyncPipeline::Outcome::Succeeded);
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);
    QVERIFY(m_pipeline->syncAccepted());
}

void TestNetworkWeather::serverNeverAnswers()
{
    // Accepts, never reads, never writes, never closes.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket*> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* socket = silent.nextPendingConnection())
            held.append(socket);
    });
    m_client->setBaseUrl(
        SandboxClient::apiUrlOn(QStringLiteral("http"), QStringLiteral("127.0.0.1"), silent.serverPort()));
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(run(), SyncPipeline::Outcome::Failed);
    QVERIFY2(clock.elapsed() < 15000, "a silent server held the run too long");
    QCOMPARE(m_pipeline->lastError().kind, ToriiError::Kind::Timeout);
    QVERIFY(!m_pipeline->lastError().userText.isEmpty());
    QVERIFY(!held.isEmpty());
    QCOMPARE(m_sandbox->syncedPayloads().size(), 0);
    resumeToSuccess();
}

void TestNetworkWeather::spoiledResponse_data()
{
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<int>("weather");
    const QList<QPair<const char*, QByteArray>> routes {{"files/url", "GET /v1.0/files/url"},
                                                        {"files", "POST /v1.0/files "},
                                                        {"sync", "PUT /v1.0/services/sync/custom"}};
    for (const auto& route : routes) {
        QTest::addRow("%s half-written", route.first) << route.second << int(WeatherProxy::Weather::HalfWritten);
        QTest::addRow("%s never answered", route.first) << route.second << int(WeatherProxy::Weather::BlackHole);
    }
}

void TestNetworkWeather::spoiledResponse()
{
    QFETCH(QByteArray, requestLine);
    QFETCH(int, weather);
    WeatherProxy proxy(m_sandbox->port());
    QVERIFY(proxy.start());
    proxy.spoil(requestLine, WeatherProxy::Weather(weather), 2);
    m_client->setBaseUrl(SandboxClient::apiUrlOn(QStringLiteral("http"), QStringLiteral("127.0.0.1"), proxy.port()));

    SyncPipeline::Outcome outcome = run();
    QVERIFY(proxy.spoiled() >= 1);
    if (requestLine.startsWith("PUT /v1.0/services/sync")) {
        // The sync request arrived but its answer did not: the pipeline must not resend on its own.
        QCOMPARE(outcome, SyncPipeline::Outcome::Failed);
        QVERIFY(m_pipeline->syncOutcomeUnknown());
        QCOMPARE(m_sandbox->requestCount(QStringLiteral("sync")), 1);
        QCOMPARE(m_sandbox->syncedPayloads().size(), 1);
    }
    for (int attempt = 0; attempt < 3 && outcome == SyncPipeline::Outcome::Failed; ++attempt) {
        QVERIFY(!m_pipeline->lastError().userText.isEmpty());
        outcome = run(true); // still through the proxy: its budget of spoiled answers runs out
    }
    QCOMPARE(outcome, SyncPipeline::Outcome::Succeeded);
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1); // never a second sync
}

void TestNetworkWeather::tlsAgainstPlainPort()
{
    m_client->setBaseUrl(
        SandboxClient::apiUrlOn(QStringLiteral("https"), QStringLiteral("127.0.0.1"), m_sandbox->port()));
    QCOMPARE(run(), SyncPipeline::Outcome::Failed);
    const ToriiError error = m_pipeline->lastError();
    // The plain server either drops the ClientHello or waits for a request that never comes (a timeout).
    QVERIFY2(error.kind == ToriiError::Kind::Tls || error.kind == ToriiError::Kind::Network ||
                 error.kind == ToriiError::Kind::ConnectionClosed || error.kind == ToriiError::Kind::Timeout,
             qPrintable(error.userText));
    QVERIFY(!error.userText.isEmpty());
    QCOMPARE(m_sandbox->syncedPayloads().size(), 0);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("files/url")), 0);
    resumeToSuccess();
}

void TestNetworkWeather::untrustedCertificate()
{
    TlsTrap trap;
    QString error;
    QVERIFY2(trap.setUp(m_dir.path(), &error), qPrintable(error));
    m_client->setBaseUrl(
        SandboxClient::apiUrlOn(QStringLiteral("https"), QStringLiteral("127.0.0.1"), trap.serverPort()));
    QCOMPARE(run(), SyncPipeline::Outcome::Failed);
    QCOMPARE(m_pipeline->lastError().kind, ToriiError::Kind::Tls);
    QVERIFY(trap.connections() >= 1);
    // The handshake was refused, so not one byte of the request (nor the key) reached the server.
    QVERIFY2(trap.received().isEmpty(), trap.received().left(200).constData());
    resumeToSuccess();
}

void TestNetworkWeather::unresolvableHost()
{
    m_client->setBaseUrl(QUrl(QStringLiteral("https://torii-sync-weather.invalid/v1.0")));
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(run(), SyncPipeline::Outcome::Failed);
    const ToriiError error = m_pipeline->lastError();
    QVERIFY2(error.kind == ToriiError::Kind::HostNotFound || error.kind == ToriiError::Kind::Timeout,
             qPrintable(error.userText));
    QVERIFY(!error.userText.isEmpty());
    QVERIFY(clock.elapsed() < 20000);
    resumeToSuccess();
}

void TestNetworkWeather::insecureUrlRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://api.toriihq.com/v1.0") << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080/v1.0") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080/v1.0") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/v1.0") << true;
    QTest::newRow("http public host") << QStringLiteral("http://api.toriihq.com/v1.0") << false;
    QTest::newRow("http private address") << QStringLiteral("http://10.0.0.1/v1.0") << false;
    QTest::newRow("http any address") << QStringLiteral("http://0.0.0.0:8080/v1.0") << false;
    QTest::newRow("http loopback-looking name") << QStringLiteral("http://127.0.0.1.nip.io/v1.0") << false;
    QTest::newRow("http localhost subdomain") << QStringLiteral("http://localhost.example.com/v1.0") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/v1.0") << false;
}

void TestNetworkWeather::insecureUrlRefused()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(!ToriiClient::checkUrl(QUrl(url), SyncStage::CreateFile).isError(), allowed);
    if (allowed)
        return;
    // A whole run with that URL stops before any connection (10.0.0.1 would otherwise time out).
    m_client->setBaseUrl(QUrl(url));
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(run(), SyncPipeline::Outcome::Failed);
    QCOMPARE(m_pipeline->lastError().kind, ToriiError::Kind::InsecureUrl);
    QVERIFY(clock.elapsed() < 2000);
    resumeToSuccess();
}

void TestNetworkWeather::noCodeIgnoresCertificateErrors()
{
    // Certificate errors are never ignored: no code path of the app calls ignoreSslErrors or lowers peer
    // verification (the untrustedCertificate test shows the default behaviour; this keeps it the only one).
    QDirIterator it(QStringLiteral(TORIISYNC_SOURCE_DIR), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int scanned = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(QLatin1String("/app/")) && !path.contains(QLatin1String("/ui/")))
            continue;
        if (path.contains(QLatin1String("/build")))
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        ++scanned;
        QVERIFY2(!text.contains("ignoreSslErrors") && !text.contains("VerifyNone") && !text.contains("QueryPeer"),
                 qPrintable(path));
    }
    QVERIFY(scanned > 20);
}

QTEST_GUILESS_MAIN(TestNetworkWeather)
#include "tst_networkweather.moc"

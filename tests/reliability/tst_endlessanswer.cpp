// Answers without an end (issue #21/14): a server that streams a chunked body for ever (no Content-Length, so
// nothing is announced to refuse up front). The client must stop at its answer limit as the bytes arrive, on
// both of its paths (Qt's network stack for the API calls, the one-shot connection for the sync request),
// with a clear error and without holding what it was sent. The server stops by itself after 256 MiB, so a
// client that does not stop ends in a timeout instead, and the test fails on the error's kind.
#include "memoryprobe.h"
#include "sandboxclient.h"
#include "scriptedserver.h"
#include "torii/toriiclient.h"

#include <QTcpSocket>
#include <QTest>

namespace
{
    constexpr qint64 ServerCap = qint64(256) << 20;

    // Headers, then 64 KiB chunks whenever the socket has room, until the client goes away or the cap.
    ScriptedServer::Script endlessChunks()
    {
        return [](QTcpSocket* socket, const QByteArray&) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, '[') + "\r\n";
            auto sent = std::make_shared<qint64>(0);
            const auto pump = [socket, chunk, sent] {
                while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < (1 << 20) &&
                       *sent < ServerCap) {
                    socket->write(chunk);
                    *sent += chunk.size();
                }
            };
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
            pump();
        };
    }
} // namespace

class TestEndlessAnswer : public QObject
{
    Q_OBJECT

private slots:
    void stopsAtTheLimit_data();
    void stopsAtTheLimit();
};

void TestEndlessAnswer::stopsAtTheLimit_data()
{
    QTest::addColumn<bool>("sync");
    QTest::newRow("API call (Qt network stack)") << false;
    QTest::newRow("sync request (one-shot connection)") << true;
}

void TestEndlessAnswer::stopsAtTheLimit()
{
    QFETCH(bool, sync);
    SandboxClient net;
    QVERIFY(net.start(QStringLiteral("tsk_endless_answer_key_7f"), std::chrono::milliseconds(10000)));
    ScriptedServer server(endlessChunks());
    QVERIFY(server.listen(QHostAddress::LocalHost));
    net.client()->setBaseUrl(
        SandboxClient::apiUrlOn(QStringLiteral("http"), QStringLiteral("127.0.0.1"), server.serverPort()));
    const bool probe = MemoryProbe::resetPeak();
    const qint64 before = MemoryProbe::currentBytes();
    ToriiJob* job = sync ? net.client()->startSync(1, 4242) : net.client()->getOrg();
    const ToriiResponse response = SandboxClient::run(job, 120000);
    QCOMPARE(response.error.kind, ToriiError::Kind::InvalidResponse);
    QVERIFY2(response.error.userText.contains(QStringLiteral("larger than")), qPrintable(response.error.userText));
    if (sync)
        QVERIFY(response.error.requestSent); // the sync's outcome is unknown: it must not be sent again blindly
    if (probe && before > 0) {
        const qint64 grown = MemoryProbe::peakBytes() - before;
        QVERIFY2(grown < qint64(32) << 20, qPrintable(QStringLiteral("grew %1 MiB").arg(grown >> 20)));
    }
}

QTEST_GUILESS_MAIN(TestEndlessAnswer)
#include "tst_endlessanswer.moc"

// The S3 upload streams the payload file over OneShotHttpRequest in large writes: every byte arrives in order,
// progress climbs to the total, and a file that shrinks, a cancel, or a receiver that stops reading each end
// the call with the right error instead of a hang or a short body taken for a whole one.
#include "common/sha256.h"
#include "sandbox/sandbox.h"
#include "sandboxclient.h"
#include "torii/toriiclient.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace
{
    const QString key = QStringLiteral("tsk_streamed_upload_key_0311");

    // A valid payload of about `bytes` bytes (many users), so the upload needs several refills of the socket.
    QByteArray payloadOfSize(qint64 bytes)
    {
        QByteArray out = R"({"users":[)";
        for (int i = 0; out.size() < bytes; ++i)
            out += (i ? "," : "") + QByteArray(R"({"email":"user)") + QByteArray::number(i) +
                R"(@example.com","firstName":"Streamed","lastName":"Upload","status":"active"})";
        return out + "]}";
    }

    // Accepts connections and never reads from them: the client's writes back up until the kernel's buffers
    // are full, and no byte moves any more.
    class DeafServer : public QTcpServer
    {
    public:
        DeafServer()
        {
            connect(this, &QTcpServer::newConnection, this, [this] {
                while (QTcpSocket* socket = nextPendingConnection()) {
                    socket->setParent(this);
                    socket->setReadBufferSize(4096); // Qt stops taking bytes from the kernel beyond this
                }
            });
        }
    };
} // namespace

class TestStreamedUpload : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void largeFileArrivesWhole();
    void fileShrinkingMidUploadFails();
    void cancelMidUpload();
    void receiverStopsReadingTimesOut();

private:
    [[nodiscard]] std::optional<ToriiClient::UploadTarget> mintTarget();
    [[nodiscard]] QString writePayload(qint64 bytes);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxClient> m_net;
    Sandbox* m_sandbox = nullptr;
    ToriiClient* m_client = nullptr;
};

void TestStreamedUpload::init()
{
    QVERIFY(m_dir.isValid());
    m_net = std::make_unique<SandboxClient>();
    QVERIFY(m_net->start(key, std::chrono::milliseconds(2000)));
    m_sandbox = m_net->sandbox();
    m_client = m_net->client();
}

void TestStreamedUpload::cleanup()
{
    m_client = nullptr;
    m_sandbox = nullptr;
    m_net.reset();
}

std::optional<ToriiClient::UploadTarget> TestStreamedUpload::mintTarget()
{
    return ToriiClient::parseUploadTarget(
        SandboxClient::run(m_client->requestUploadUrl(QStringLiteral("streamed.json"))).json);
}

QString TestStreamedUpload::writePayload(qint64 bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("payload-%1.json").arg(bytes));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(payloadOfSize(bytes)) < bytes)
        return {};
    return path;
}

void TestStreamedUpload::largeFileArrivesWhole()
{
    const QString path = writePayload(24 << 20);
    QVERIFY(!path.isEmpty());
    const auto target = mintTarget();
    QVERIFY(target.has_value());

    ToriiJob* job = m_client->upload(*target, path);
    QList<QPair<qint64, qint64>> progress;
    connect(job, &ToriiJob::uploadProgress, this, [&progress](qint64 sent, qint64 total) {
        progress.append({sent, total});
    });
    QSignalSpy finished(job, &ToriiJob::finished);
    job->start();
    QVERIFY(finished.wait(20000));
    const auto response = finished.first().first().value<ToriiResponse>();
    QVERIFY2(response.ok(), qPrintable(response.error.userText));

    // What the sandbox stored is the file's bytes, in order.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList stored = QDir(m_sandbox->storageDir()).entryList({QStringLiteral("object-*.json")}, QDir::Files);
    QCOMPARE(stored.size(), 1);
    QFile object(QDir(m_sandbox->storageDir()).filePath(stored.constFirst()));
    QVERIFY(object.open(QIODevice::ReadOnly));
    QCOMPARE(Sha256::hexDigestOf(&object), Sha256::hexDigestOf(&file));
    QCOMPARE(m_sandbox->requests().constLast().bodySize, file.size());
    QVERIFY(
        QRegularExpression(QStringLiteral("^\"[0-9a-f]{32}\"$")).match(QString::fromLatin1(response.etag)).hasMatch());

    // Several refills (1 MiB reads, at most 4 MiB queued), never backwards, ending at the whole file.
    QVERIFY2(progress.size() >= 4, qPrintable(QString::number(progress.size())));
    for (qsizetype i = 1; i < progress.size(); ++i) {
        QVERIFY(progress.at(i).first >= progress.at(i - 1).first);
        QCOMPARE(progress.at(i).second, file.size());
    }
    QCOMPARE(progress.constLast().first, file.size());
}

void TestStreamedUpload::fileShrinkingMidUploadFails()
{
    const QString path = writePayload(24 << 20);
    QVERIFY(!path.isEmpty());
    const auto target = mintTarget();
    QVERIFY(target.has_value());

    ToriiJob* job = m_client->upload(*target, path);
    bool truncated = false;
    connect(job, &ToriiJob::uploadProgress, this, [&truncated, path](qint64, qint64) {
        if (!truncated)
            truncated = QFile::resize(path, 100); // someone else rewrites the payload while it is sent
    });
    QSignalSpy finished(job, &ToriiJob::finished);
    job->start();
    QVERIFY(finished.wait(20000));
    QVERIFY(truncated);
    const auto response = finished.first().first().value<ToriiResponse>();
    QCOMPARE(response.error.kind, ToriiError::Kind::Local);
    QCOMPARE(response.error.stage, SyncStage::Upload);
    QVERIFY2(response.error.userText.contains(path) && response.error.userText.contains(QStringLiteral("ended after")),
             qPrintable(response.error.userText));
    QVERIFY(response.error.requestSent);
    // The sandbox never got a whole body, so it stored nothing and answered nothing.
    QTRY_COMPARE(m_sandbox->requestCount(QStringLiteral("upload")), 0);
}

void TestStreamedUpload::cancelMidUpload()
{
    const QString path = writePayload(24 << 20);
    QVERIFY(!path.isEmpty());
    const auto target = mintTarget();
    QVERIFY(target.has_value());

    ToriiJob* job = m_client->upload(*target, path);
    connect(job, &ToriiJob::uploadProgress, job, &ToriiJob::abort);
    QSignalSpy finished(job, &ToriiJob::finished);
    job->start();
    QVERIFY(finished.wait(20000));
    const auto response = finished.first().first().value<ToriiResponse>();
    QCOMPARE(response.error.kind, ToriiError::Kind::Cancelled);
    QVERIFY(response.error.requestSent);
    QCOMPARE(finished.size(), 1);
}

void TestStreamedUpload::receiverStopsReadingTimesOut()
{
    DeafServer deaf;
    QVERIFY(deaf.listen(QHostAddress::LocalHost));
    const QString path = writePayload(64 << 20); // more than loopback's socket buffers hold
    QVERIFY(!path.isEmpty());
    ToriiClient::UploadTarget target;
    target.url = "http://127.0.0.1:" + QByteArray::number(deaf.serverPort()) + "/s3/bucket/x.json?sig=1";
    target.filePath = QStringLiteral("x.json");
    m_client->setTimeout(std::chrono::milliseconds(700));

    ToriiJob* job = m_client->upload(target, path);
    qint64 lastSent = 0;
    connect(job, &ToriiJob::uploadProgress, this, [&lastSent](qint64 sent, qint64) { lastSent = sent; });
    QSignalSpy finished(job, &ToriiJob::finished);
    job->start();
    QVERIFY(finished.wait(20000));
    const auto response = finished.first().first().value<ToriiResponse>();
    QCOMPARE(response.error.kind, ToriiError::Kind::Timeout);
    QCOMPARE(response.error.stage, SyncStage::Upload);
    QVERIFY(lastSent < (64 << 20)); // it stopped when the receiver did, it did not pretend to finish
}

QTEST_GUILESS_MAIN(TestStreamedUpload)
#include "tst_streamedupload.moc"

// UploadSink: whatever pieces an upload arrives in, the spool file holds exactly its bytes, the schema verdict is
// that of the whole body, buffers are recycled, and a dropped upload stops without a hang.
#include "sandbox/uploadsink.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace
{
    QByteArray payload(int users)
    {
        QByteArray out = R"({"users":[)";
        for (int i = 0; i < users; ++i)
            out += (i ? "," : "") + QByteArray(R"({"email":"u)") + QByteArray::number(i) + R"(@example.com"})";
        return out + R"(],"licenses":[{"name":"Pro","users":[{"email":"u0@example.com"}]}]})";
    }

} // namespace

class TestUploadSink : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void anySplitGivesTheSameResult_data();
    void anySplitGivesTheSameResult();
    void invalidBodyIsReported();
    void droppedUploadStops();
    void unwritableSpoolIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestUploadSink::anySplitGivesTheSameResult_data()
{
    QTest::addColumn<int>("maxPiece");
    QTest::newRow("1 byte") << 1;
    QTest::newRow("7 bytes") << 7;
    QTest::newRow("4 KiB") << 4096;
    QTest::newRow("1 MiB") << (1 << 20);
}

void TestUploadSink::anySplitGivesTheSameResult()
{
    QFETCH(int, maxPiece);
    const QByteArray body = payload(maxPiece == 1 ? 2000 : 60000); // ~2 MB except byte by byte
    const QString path = m_dir.filePath(QStringLiteral("split-%1.part").arg(maxPiece));
    UploadSink sink(path);
    QVERIFY(sink.open());
    QRandomGenerator random {quint32(maxPiece)};
    for (qsizetype at = 0; at < body.size();) {
        const qsizetype size = std::min<qsizetype>(body.size() - at, 1 + random.bounded(maxPiece));
        QByteArray piece = sink.buffer(size);
        QCOMPARE(piece.size(), size);
        memcpy(piece.data(), body.constData() + at, size_t(size));
        sink.add(piece);
        at += size;
    }
    const UploadSink::Outcome outcome = sink.finish();
    QVERIFY(outcome.writeError.isEmpty());
    QVERIFY2(outcome.check.ok, qPrintable(outcome.check.message));
    QCOMPARE(outcome.check.users, qint64(body.count("@example.com") - 1));
    QCOMPARE(outcome.check.licenses, qint64(1));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), body);
}

void TestUploadSink::invalidBodyIsReported()
{
    UploadSink sink(m_dir.filePath(QStringLiteral("invalid.part")));
    QVERIFY(sink.open());
    sink.add(QByteArray(R"({"users":[{"email":"a@x.io"},{"status":"active"}]})"));
    const UploadSink::Outcome outcome = sink.finish();
    QVERIFY(outcome.writeError.isEmpty()); // stored all the same: S3 stores what it is given
    QVERIFY(!outcome.check.ok);
    QVERIFY2(outcome.check.message.contains(QStringLiteral("users[1].email")), qPrintable(outcome.check.message));
}

void TestUploadSink::droppedUploadStops()
{
    // More than the queue holds, then destroyed without finish(): the worker stops, nothing hangs or crashes.
    auto sink = std::make_unique<UploadSink>(m_dir.filePath(QStringLiteral("dropped.part")));
    QVERIFY(sink->open());
    const QByteArray piece(1 << 20, ' ');
    for (int i = 0; i < 40; ++i)
        sink->add(piece);
    sink.reset();
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("dropped.part")))); // the owner removes it
}

void TestUploadSink::unwritableSpoolIsRefused()
{
    UploadSink sink(m_dir.filePath(QStringLiteral("no/such/dir/x.part")));
    QVERIFY(!sink.open());
    QVERIFY(!sink.errorString().isEmpty());
    sink.add(QByteArray("{}"));       // ignored: there is no worker to take it
    QVERIFY(!sink.finish().check.ok); // returns at once (a hang here would time the test out), and not as a pass
}

QTEST_GUILESS_MAIN(TestUploadSink)
#include "tst_uploadsink.moc"

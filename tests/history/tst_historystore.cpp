// HistoryStore: one row per run in SQLite, round trip, newest first, no secrets on disk, one connection per thread.
#include "history/historystore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void newestFirstAndUpdate();
    void signedUrlsAreScrubbed();
    void otherThread();
    void defaultPathUnderAppData();
    void newerHistoryIsRefused();

private:
    static HistoryRecord sample();
    QTemporaryDir m_dir;
};

void TestHistoryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

HistoryRecord TestHistoryStore::sample()
{
    HistoryRecord r;
    r.started = QDateTime::currentDateTimeUtc().addSecs(-5);
    r.finished = QDateTime::currentDateTimeUtc();
    r.profile = QStringLiteral("acme");
    r.apiUrl = QStringLiteral("https://api.toriihq.com/v1.0");
    r.appAccountId = 4242;
    r.sourceFile = QStringLiteral("okta-users.csv");
    r.sourceSha256Hex = "ab12";
    r.preset = QStringLiteral("Okta");
    r.users = 10;
    r.licenses = 2;
    r.rejected = 1;
    r.warnings = 3;
    r.stages = {{QStringLiteral("format-data"), StageResult::Done, 12, 1},
                {QStringLiteral("create-file"), StageResult::Done, 30, 1},
                {QStringLiteral("upload"), StageResult::Failed, 400, 3}};
    r.outcome = RunOutcome::Failed;
    r.error = QStringLiteral("Upload failed");
    return r;
}

void TestHistoryStore::roundTrip()
{
    HistoryStore store(m_dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    const HistoryRecord written = sample();
    const qint64 id = store.add(written);
    QVERIFY(id > 0);
    const QList<HistoryRecord> runs = store.runs();
    QCOMPARE(runs.size(), 1);
    const HistoryRecord& read = runs.first();
    QCOMPARE(read.id, id);
    QCOMPARE(read.profile, written.profile);
    QCOMPARE(read.appAccountId, 4242);
    QCOMPARE(read.sourceFile, written.sourceFile);
    QCOMPARE(read.sourceSha256Hex, written.sourceSha256Hex);
    QCOMPARE(read.users, 10);
    QCOMPARE(read.rejected, 1);
    QCOMPARE(read.stages.size(), 3);
    QCOMPARE(read.stages.at(2).attempts, 3);
    QCOMPARE(read.stages.at(2).result, StageResult::Failed);
    QCOMPARE(read.fileId, -1);
    QCOMPARE(read.started.toMSecsSinceEpoch(), written.started.toMSecsSinceEpoch());
    QCOMPARE(read.toJson().value(QLatin1String("fileId")).isNull(), true);
}

void TestHistoryStore::newestFirstAndUpdate()
{
    HistoryStore store(m_dir.filePath(QStringLiteral("b.sqlite")));
    HistoryRecord first = sample();
    first.id = store.add(first);
    HistoryRecord second = sample();
    second.sourceFile = QStringLiteral("second.csv");
    second.id = store.add(second);
    QCOMPARE(store.runs().first().sourceFile, QStringLiteral("second.csv"));
    first.outcome = RunOutcome::Succeeded;
    first.fileId = 7001;
    QVERIFY(store.update(first));
    const QList<HistoryRecord> runs = store.runs();
    QCOMPARE(runs.last().outcome, RunOutcome::Succeeded);
    QCOMPARE(runs.last().fileId, 7001);
    QVERIFY(store.remove(second.id));
    QCOMPARE(store.runs().size(), 1);
}

void TestHistoryStore::signedUrlsAreScrubbed()
{
    const QString path = m_dir.filePath(QStringLiteral("c.sqlite"));
    {
        HistoryStore store(path);
        HistoryRecord r = sample();
        r.error = QStringLiteral("PUT https://s3/x?X-Amz-Credential=AKIASECRET&X-Amz-Signature=deadbeefcafe "
                                 "Authorization: Bearer tsk_SECRETKEY");
        QVERIFY(store.add(r) > 0);
        QVERIFY(store.runs().first().error.contains(QStringLiteral("X-Amz-Signature=REDACTED")));
    }
    for (const QString& file : QStringList {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("deadbeefcafe"));
        QVERIFY(!bytes.contains("AKIASECRET"));
        QVERIFY(!bytes.contains("tsk_SECRETKEY"));
    }
}

void TestHistoryStore::otherThread()
{
    HistoryStore store(m_dir.filePath(QStringLiteral("d.sqlite")));
    QVERIFY(store.add(sample()) > 0);
    qint64 idFromThread = 0;
    QThread* thread = QThread::create([&store, &idFromThread] { idFromThread = store.add(sample()); });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(idFromThread > 0);
    QCOMPARE(store.runs().size(), 2);
}

void TestHistoryStore::defaultPathUnderAppData()
{
    QVERIFY(HistoryStore::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

void TestHistoryStore::newerHistoryIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));

    HistoryStore store(path);
    QVERIFY(!store.open());
    QVERIFY2(store.errorString().contains(QLatin1String("newer version")), qPrintable(store.errorString()));
    // Refused every time, not only on the first call: nothing is written into a file this version cannot read.
    QCOMPARE(store.add(sample()), qint64(0));
    QVERIFY(!store.open());
    QVERIFY(store.runs().isEmpty());
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"

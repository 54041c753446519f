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
    void version1GainsTheJobColumn();
    void filters();

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

void TestHistoryStore::version1GainsTheJobColumn()
{
    // A history written before jobs and safe sync keeps its rows; they read as one-off syncs (no job), not
    // checked afterwards (no verification), and new rows carry both.
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT, finished TEXT, profile TEXT,"
            " api_url TEXT, app_account INTEGER, source_file TEXT, source_sha256 TEXT, preset TEXT, users INTEGER,"
            " licenses INTEGER, rejected INTEGER, warnings INTEGER, stages TEXT, file_id INTEGER, outcome TEXT,"
            " error TEXT, payload_path TEXT, payload_sha256 TEXT, dry_run INTEGER)")));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO runs (profile, outcome, users) VALUES ('old', 'succeeded', 7)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    HistoryStore store(path);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QCOMPARE(store.runs().size(), 1);
    QCOMPARE(store.runs().first().users, 7);
    QVERIFY(store.runs().first().job.isEmpty());
    QVERIFY(store.runs().first().verification.isEmpty());
    HistoryRecord record = sample();
    record.job = QStringLiteral("nightly");
    record.verification = QStringLiteral("not visible after 5 min");
    const qint64 id = store.add(record);
    QVERIFY(id > 0);
    QCOMPARE(store.run(id)->job, QStringLiteral("nightly"));
    QCOMPARE(store.run(id)->verification, QStringLiteral("not visible after 5 min"));
}

void TestHistoryStore::filters()
{
    HistoryStore store(m_dir.filePath(QStringLiteral("filters.sqlite")));
    HistoryRecord a = sample();
    a.job = QStringLiteral("a");
    a.outcome = RunOutcome::Succeeded;
    a.started = QDateTime(QDate(2026, 11, 30), QTime(23, 0), Qt::UTC);
    HistoryRecord b = a;
    b.job = QStringLiteral("b");
    b.outcome = RunOutcome::Failed;
    b.started = QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);
    HistoryRecord c = a;
    c.dryRun = true;
    c.started = b.started;
    const qint64 idA = store.add(a), idB = store.add(b), idC = store.add(c);
    QVERIFY(idA > 0 && idB > 0 && idC > 0);
    const auto ids = [&store](const HistoryFilter& filter) {
        QList<qint64> result;
        for (const HistoryRecord& r : store.runs(filter))
            result << r.id;
        return result;
    };
    QCOMPARE(ids({QStringLiteral("a"), {}, {}, {}, {}, 10}), QList<qint64>({idC, idA}));
    QCOMPARE(ids({{}, {}, QStringLiteral("failed"), {}, {}, 10}), QList<qint64>({idB}));
    QCOMPARE(ids({{}, {}, {}, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC), {}, 10}), QList<qint64>({idC, idB}));
    QCOMPARE(ids({{}, {}, {}, {}, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC), 10}), QList<qint64>({idA}));
    // The last accepted run ignores dry runs and failures.
    QCOMPARE(store.lastAcceptedRun(QStringLiteral("a"))->id, idA);
    QVERIFY(!store.lastAcceptedRun(QStringLiteral("b")));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"

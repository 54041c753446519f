// A process killed (SIGKILL) in the middle of saving presets or writing the run history leaves the previous
// version intact: presets are written atomically (QSaveFile), the history database (SQLite, WAL) keeps every
// run it confirmed and passes an integrity check. The victim is savechild, killed at random moments; and a CLI
// killed while its sync request is out leaves a row that keeps the next run from sending it twice.
#include "clirunner.h"
#include "history/historystore.h"
#include "mapping/preset.h"
#include "mapping/presetstore.h"
#include "sandbox/sandbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestKillDuringSave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void presetSurvivesKill();
    void historySurvivesKill();
    void historySurvivesKilledCliSync();

private:
    // Starts savechild, lets it work for a random while, kills it; returns its stdout lines.
    static QList<QByteArray> runAndKill(const QStringList& arguments, int minMs, int maxMs);
};

void TestKillDuringSave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(TORIISYNC_SAVECHILD)), TORIISYNC_SAVECHILD);
}

QList<QByteArray> TestKillDuringSave::runAndKill(const QStringList& arguments, int minMs, int maxMs)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(TORIISYNC_SAVECHILD), arguments);
    if (!child.waitForStarted(10000))
        return {};
    // Wait for the first confirmed save (process start-up varies a lot on a loaded machine), then a random while.
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (!out.contains('\n') && clock.elapsed() < 15000 && child.state() == QProcess::Running) {
        child.waitForReadyRead(100);
        out += child.readAllStandardOutput();
    }
    QTest::qWait(int(QRandomGenerator::global()->bounded(minMs, maxMs)));
    child.kill(); // SIGKILL: no destructor, no QSaveFile cleanup, no SQLite close
    child.waitForFinished(10000);
    out += child.readAllStandardOutput();
    // A line without its '\n' was cut by the kill: the save may or may not have finished.
    QList<QByteArray> lines = out.split('\n');
    lines.removeLast();
    return lines;
}

void TestKillDuringSave::presetSurvivesKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const PresetStore store(dir.path());
    qint64 confirmed = 0;
    for (int round = 0; round < 12; ++round) {
        const QList<QByteArray> lines = runAndKill({QStringLiteral("preset"), dir.path()}, 5, 400);
        QVERIFY2(!lines.isEmpty(), "savechild never confirmed a save");
        const qint64 last = lines.constLast().mid(6).toLongLong();
        QVERIFY(last > 0);
        confirmed = last;

        // The file on disk is a whole preset: the one confirmed last, or the one after it (renamed just before
        // the kill, not yet printed). Never a truncated or mixed one.
        QString error;
        const std::optional<Preset> loaded = store.load(QStringLiteral("victim"), &error);
        QVERIFY2(loaded, qPrintable(error));
        const qint64 generation = loaded->description.mid(11).toLongLong();
        QVERIFY2(generation == confirmed || generation == confirmed + 1,
                 qPrintable(QStringLiteral("on disk %1, confirmed %2").arg(generation).arg(confirmed)));
        QCOMPARE(loaded->fingerprint.size(), 4000);
        QCOMPARE(loaded->fingerprint.constLast(), QStringLiteral("column 3999 of generation %1").arg(generation));

        // Left-over temporary files of the killed save do not disturb the list.
        QStringList warnings;
        const QList<Preset> all = store.list(&warnings);
        QVERIFY(std::any_of(all.cbegin(), all.cend(),
                            [](const Preset& p) { return p.name == QLatin1String("victim") && !p.bundled; }));
    }
}

void TestKillDuringSave::historySurvivesKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("history.sqlite"));
    QSet<qint64> confirmed;
    for (int round = 0; round < 10; ++round) {
        const QList<QByteArray> lines = runAndKill({QStringLiteral("history"), file}, 5, 300);
        QVERIFY2(!lines.isEmpty(), "savechild never confirmed a run");
        for (const QByteArray& line : lines)
            confirmed.insert(line.split(' ').value(1).toLongLong());

        HistoryStore store(file);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        const QList<HistoryRecord> runs = store.runs(100000);
        QSet<qint64> present;
        for (const HistoryRecord& run : runs) {
            present.insert(run.id);
            QVERIFY(run.sourceFile.startsWith(QLatin1String("users-")));
        }
        for (const qint64 id : std::as_const(confirmed))
            QVERIFY2(present.contains(id), qPrintable(QStringLiteral("confirmed run %1 lost").arg(id)));

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    }
}

void TestKillDuringSave::historySurvivesKilledCliSync()
{
    // A real `sync` killed while Torii holds its sync request: the history of earlier runs stays readable and
    // intact. (The CLI records a run when it ends, so the killed run itself leaves no row.)
    CliRunner cli;
    QVERIFY(cli.isValid());
    Sandbox sandbox;
    sandbox.setApiKey(QStringLiteral("tsk_kill_test_key"));
    QVERIFY(sandbox.start());
    const QStringList syncArguments {QStringLiteral("sync"),
                                     QStringLiteral(TORIISYNC_SAMPLES_DIR "/okta-users.csv"),
                                     QStringLiteral("--auto"),
                                     QStringLiteral("--policy"),
                                     QStringLiteral("skip"),
                                     QStringLiteral("--api-url"),
                                     sandbox.baseUrl().toString(),
                                     QStringLiteral("--app-account"),
                                     QString::number(Sandbox::demoAppAccountId)};
    const auto runCli = [&](const QStringList& arguments, bool killAtSync) {
        const int syncsBefore = sandbox.requestCount(QStringLiteral("sync"));
        const auto killAtSyncRequest = [&](QProcess& process) {
            QElapsedTimer clock;
            clock.start();
            while (process.state() != QProcess::NotRunning && clock.elapsed() < 60000) {
                QTest::qWait(10);
                if (sandbox.requestCount(QStringLiteral("sync")) > syncsBefore) {
                    process.kill();
                    return;
                }
            }
        };
        return cli
            .run(arguments, sandbox.apiKey(), {}, killAtSync ? killAtSyncRequest : std::function<void(QProcess&)>())
            .exitCode;
    };
    QCOMPARE(runCli(syncArguments, false), 0);
    QString error;
    QVERIFY(sandbox.addFault(QStringLiteral("sync=delay:3000"), &error));
    QCOMPARE(runCli(syncArguments, true), -1); // killed

    const QString file = cli.path(QStringLiteral("data/ToriiSync/torii-sync/history.sqlite"));
    QVERIFY2(QFile::exists(file), qPrintable(file));
    HistoryStore store(file);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QList<HistoryRecord> runs = store.runs();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(1).outcome, RunOutcome::Succeeded);
    // The killed run left an honest trace: its sync request had left, no answer was recorded.
    const HistoryRecord killed = runs.first();
    QCOMPARE(killed.outcome, RunOutcome::Running);
    QCOMPARE(killed.stageResult(u"sync"), StageResult::Running);
    QCOMPARE(killed.stageResult(u"get-file-id"), StageResult::Done);
    QVERIFY(killed.fileId >= 0);
    QVERIFY(!killed.payloadSha256Hex.isEmpty());

    // Running the same job again must not sync the same payload a second time: refused (exit 3)...
    sandbox.clearFaults();
    const int syncs = sandbox.requestCount(QStringLiteral("sync"));
    const int urls = sandbox.requestCount(QStringLiteral("files/url"));
    QCOMPARE(runCli(syncArguments, false), 3);
    QCOMPARE(sandbox.requestCount(QStringLiteral("sync")), syncs);
    QCOMPARE(sandbox.requestCount(QStringLiteral("files/url")), urls);
    // ... until the admin forces it: then the killed run's registered file is sent once more, nothing else.
    QCOMPARE(runCli(syncArguments + QStringList {QStringLiteral("--force")}, false), 0);
    QCOMPARE(sandbox.requestCount(QStringLiteral("sync")), syncs + 1);
    QCOMPARE(sandbox.requestCount(QStringLiteral("files/url")), urls);
    runs = store.runs();
    QCOMPARE(runs.size(), 4);
    QCOMPARE(runs.at(2).outcome, RunOutcome::Interrupted); // the killed run, once a live run held the lock
    QCOMPARE(runs.at(2).stageResult(u"sync"), StageResult::Running);
    QCOMPARE(runs.at(1).outcome, RunOutcome::Failed);
    QCOMPARE(runs.first().outcome, RunOutcome::Succeeded);
    QCOMPARE(runs.first().fileId, killed.fileId);
    QCOMPARE(runCli({QStringLiteral("history"), QStringLiteral("--json")}, false), 0);
}

QTEST_GUILESS_MAIN(TestKillDuringSave)
#include "tst_killduringsave.moc"

// torii-sync-cli job end to end through the real binary against an in-process sandbox: file and newest-in-
// folder sources, the unchanged-source no-op, a batch's summary and worst exit code (a failing job does not
// stop the others), webhook notifications caught by a loopback receiver, and the history's job filters,
// CSV export and run-again.
#include "clirunner.h"
#include "run/exitcode.h"
#include "sandbox/sandbox.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
    const QString key = QStringLiteral("tsk_JOBS_distinctive_key_51c0");
    const QByteArray goodCsv =
        "Email,First Name,Last Name\nada@example.com,Ada,Lovelace\nalan@example.com,Alan,Turing\n";
    const QByteArray badCsv = "Email,First Name\nnot-an-email,X\ngrace@example.com,Grace\n";
} // namespace

// A loopback incoming-webhook endpoint: records each POST body and answers 200.
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    WebhookReceiver()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    [[nodiscard]] QString url() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort()); }
    QList<QByteArray> bodies;
    QList<QByteArray> heads;

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        heads.append(head);
        bodies.append(buffer.mid(end + 4, length));
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        socket->disconnectFromHost();
    }
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

class TestJobCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fileSourceAndUnchangedNoOp();
    void newestFileInFolder();
    void batchSummaryAndWorstExitCode();
    void guardStopInBatchDoesNotStopOthers();
    void webhookGetsOnlyThePromisedFields();
    void failingWebhookNeverFailsTheRun();
    void historyFiltersCsvAndRunAgain();
    void refusedJobFileNamesThePath();
    void unknownJobIsExit2();

private:
    CliRunner::Run addJob(const QString& name, const QString& source, const QStringList& extra = {});
    std::unique_ptr<CliRunner> m_home;
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestJobCommand::init()
{
    m_home = std::make_unique<CliRunner>();
    m_sandbox = std::make_unique<Sandbox>();
    m_sandbox->setApiKey(key);
    QVERIFY(m_sandbox->start());
    QCOMPARE(m_home
                 ->run({u"profile"_s, u"add"_s, u"sb"_s, u"--api-url"_s, m_sandbox->baseUrl().toString(),
                        u"--app-account"_s, u"4242"_s})
                 .exitCode,
             ExitCode::Success);
}

CliRunner::Run TestJobCommand::addJob(const QString& name, const QString& source, const QStringList& extra)
{
    return m_home->run(
        QStringList {u"job"_s, u"add"_s, name, u"--profile"_s, u"sb"_s, u"--source"_s, source, u"--auto"_s} + extra);
}

void TestJobCommand::fileSourceAndUnchangedNoOp()
{
    const QString csv = m_home->write(u"users.csv"_s, goodCsv);
    const CliRunner::Run added = addJob(u"nightly"_s, csv);
    QVERIFY2(added.exitCode == ExitCode::Success, qPrintable(added.err));
    const CliRunner::Run first = m_home->run({u"job"_s, u"run"_s, u"nightly"_s, u"--json"_s}, key);
    QVERIFY2(first.exitCode == ExitCode::Success, qPrintable(first.err));
    const QJsonObject report = first.json().value(u"jobs"_s).toArray().first().toObject();
    QCOMPARE(report.value(u"outcome"_s).toString(), u"succeeded"_s);
    QCOMPARE(report.value(u"users"_s).toInt(), 2);
    QCOMPARE(report.value(u"file"_s).toString(), u"users.csv"_s);
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);
    QCOMPARE(report.value(u"fileId"_s).toInteger(), m_sandbox->syncedPayloads().first().fileId);

    // The same bytes again: nothing is sent, and the run succeeds saying so.
    const qsizetype requests = m_sandbox->requests().size();
    const CliRunner::Run again = m_home->run({u"job"_s, u"run"_s, u"nightly"_s}, key);
    QCOMPARE(again.exitCode, ExitCode::Success);
    QVERIFY2(again.out.contains(u"unchanged"_s), qPrintable(again.out));
    QCOMPARE(m_sandbox->requests().size(), requests);

    // A changed export is synced again.
    m_home->write(u"users.csv"_s, goodCsv + "grace@example.com,Grace,Hopper\n");
    QCOMPARE(m_home->run({u"job"_s, u"run"_s, u"nightly"_s}, key).exitCode, ExitCode::Success);
    QCOMPARE(m_sandbox->syncedPayloads().size(), 2);
    QCOMPARE(m_sandbox->syncedPayloads().last().users, 3);
}

void TestJobCommand::newestFileInFolder()
{
    const QString older = m_home->write(u"drop/okta-2026-12-01.csv"_s, goodCsv);
    const QString newer = m_home->write(u"drop/okta-2026-12-02.csv"_s, "Email\nkatherine@example.com\n");
    const QString other = m_home->write(u"drop/zoom.csv"_s, goodCsv + "x@example.com,X,Y\n");
    QFile file(older);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1), QFileDevice::FileModificationTime));
    file.close();
    QCOMPARE(addJob(u"okta"_s, m_home->path(u"drop"_s), {u"--pattern"_s, u"okta-*.csv"_s}).exitCode, ExitCode::Success);
    const CliRunner::Run run = m_home->run({u"job"_s, u"run"_s, u"okta"_s, u"--json"_s}, key);
    QVERIFY2(run.exitCode == ExitCode::Success, qPrintable(run.err));
    const QJsonObject report = run.json().value(u"jobs"_s).toArray().first().toObject();
    QCOMPARE(report.value(u"file"_s).toString(), u"okta-2026-12-02.csv"_s);
    QCOMPARE(report.value(u"users"_s).toInt(), 1);
    Q_UNUSED(newer);
    Q_UNUSED(other);
    // A folder without --pattern is refused when the job is added.
    QCOMPARE(addJob(u"nopattern"_s, m_home->path(u"drop"_s)).exitCode, ExitCode::UsageError);
}

void TestJobCommand::batchSummaryAndWorstExitCode()
{
    QCOMPARE(addJob(u"a-good"_s, m_home->write(u"good.csv"_s, goodCsv)).exitCode, ExitCode::Success);
    QCOMPARE(addJob(u"b-blocked"_s, m_home->write(u"bad.csv"_s, badCsv)).exitCode, ExitCode::Success);
    const QString vanishing = m_home->write(u"gone.csv"_s, goodCsv);
    QCOMPARE(addJob(u"c-missing"_s, vanishing).exitCode, ExitCode::Success);
    QVERIFY(QFile::remove(vanishing));
    QCOMPARE(addJob(u"d-good"_s, m_home->write(u"good2.csv"_s, "Email\nmary@example.com\n")).exitCode,
             ExitCode::Success);

    const CliRunner::Run table = m_home->run({u"job"_s, u"run"_s, u"--all"_s}, key);
    QCOMPARE(table.exitCode, ExitCode::UsageError); // worst of 0, 1, 2, 0
    const QStringList lines = table.out.split(u'\n');
    QVERIFY2(lines.first().startsWith(u"job"_s) && lines.first().contains(u"Torii file id"_s) &&
                 lines.first().contains(u"removals"_s) && lines.first().contains(u"duration"_s),
             qPrintable(table.out));
    QVERIFY(lines.at(1).startsWith(u"a-good"_s) && lines.at(1).contains(u"synced"_s));
    QVERIFY(lines.at(2).startsWith(u"b-blocked"_s) && lines.at(2).contains(u"blocked"_s));
    QVERIFY(lines.at(3).startsWith(u"c-missing"_s) && lines.at(3).contains(u"failed"_s));
    QVERIFY(lines.at(4).startsWith(u"d-good"_s) && lines.at(4).contains(u"synced"_s));
    QCOMPARE(m_sandbox->syncedPayloads().size(), 2); // the jobs after the failures ran

    const CliRunner::Run json = m_home->run({u"job"_s, u"run"_s, u"--all"_s, u"--json"_s}, key);
    QCOMPARE(json.exitCode, ExitCode::UsageError);
    QCOMPARE(json.json().value(u"exitCode"_s).toInt(), ExitCode::UsageError);
    const QJsonArray jobs = json.json().value(u"jobs"_s).toArray();
    QCOMPARE(jobs.size(), 4);
    QStringList outcomes;
    for (const QJsonValue& job : jobs)
        outcomes << job.toObject().value(u"outcome"_s).toString();
    QCOMPARE(outcomes, QStringList({u"unchanged"_s, u"blocked"_s, u"failed"_s, u"unchanged"_s}));
    for (const char* field : {"job", "file", "users", "removals", "outcome", "fileId", "durationMs", "exitCode"})
        QVERIFY2(jobs.first().toObject().contains(QLatin1String(field)), field);
}

void TestJobCommand::guardStopInBatchDoesNotStopOthers()
{
    // 20 users synced; the export then shrinks to 5: 15 removals (75%) trip the removal guard, judged against the
    // last accepted sync's snapshot (the profile has no app id). The other account's job in the batch still runs.
    QCOMPARE(m_home
                 ->run({u"profile"_s, u"add"_s, u"sb2"_s, u"--api-url"_s, m_sandbox->baseUrl().toString(),
                        u"--app-account"_s, u"4243"_s})
                 .exitCode,
             ExitCode::Success);
    QByteArray twenty = "Email\n";
    for (int i = 0; i < 20; ++i)
        twenty += "user" + QByteArray::number(i) + "@example.com\n";
    const QString shrinking = m_home->write(u"shrinking.csv"_s, twenty);
    QCOMPARE(addJob(u"a-shrinking"_s, shrinking).exitCode, ExitCode::Success);
    const CliRunner::Run first = m_home->run({u"job"_s, u"run"_s, u"a-shrinking"_s}, key);
    QVERIFY2(first.exitCode == ExitCode::Success, qPrintable(first.err));
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);

    m_home->write(u"shrinking.csv"_s, twenty.left(twenty.indexOf("user5@")));
    QCOMPARE(m_home
                 ->run({u"job"_s, u"add"_s, u"b-other"_s, u"--profile"_s, u"sb2"_s, u"--source"_s,
                        m_home->write(u"other.csv"_s, goodCsv), u"--auto"_s})
                 .exitCode,
             ExitCode::Success);
    const CliRunner::Run batch = m_home->run({u"job"_s, u"run"_s, u"--all"_s, u"--json"_s}, key);
    QCOMPARE(batch.exitCode, ExitCode::ValidationBlocked);
    const QJsonArray jobs = batch.json().value(u"jobs"_s).toArray();
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs.at(0).toObject().value(u"exitCode"_s).toInt(), ExitCode::ValidationBlocked);
    QCOMPARE(jobs.at(1).toObject().value(u"outcome"_s).toString(), u"succeeded"_s);
    QCOMPARE(m_sandbox->syncedPayloads().size(), 2); // the other job's sync only

    // The job's own allowance reaches the guard exactly as `sync --allow-removals` does.
    QCOMPARE(addJob(u"c-allowed"_s, shrinking, {u"--allow-removals"_s, u"15"_s}).exitCode, ExitCode::Success);
    const CliRunner::Run allowed = m_home->run({u"job"_s, u"run"_s, u"c-allowed"_s}, key);
    QVERIFY2(allowed.exitCode == ExitCode::Success, qPrintable(allowed.err));
    QCOMPARE(m_sandbox->syncedPayloads().size(), 3);
}

void TestJobCommand::webhookGetsOnlyThePromisedFields()
{
    WebhookReceiver receiver;
    QCOMPARE(addJob(u"blocked"_s, m_home->write(u"bad.csv"_s, badCsv), {u"--webhook"_s, receiver.url()}).exitCode,
             ExitCode::Success);
    QCOMPARE(addJob(u"quiet"_s, m_home->write(u"good.csv"_s, goodCsv), {u"--webhook"_s, receiver.url()}).exitCode,
             ExitCode::Success);
    QCOMPARE(m_home->run({u"job"_s, u"run"_s, u"blocked"_s}, key).exitCode, ExitCode::ValidationBlocked);
    QCOMPARE(receiver.bodies.size(), 1);
    QCOMPARE(m_home->run({u"job"_s, u"run"_s, u"quiet"_s}, key).exitCode, ExitCode::Success);
    QCOMPARE(receiver.bodies.size(), 1); // success is quiet unless asked
    QCOMPARE(m_home->run({u"job"_s, u"edit"_s, u"quiet"_s, u"--notify-success"_s}).exitCode, ExitCode::Success);
    m_home->write(u"good.csv"_s, goodCsv + "grace@example.com,Grace,Hopper\n");
    QCOMPARE(m_home->run({u"job"_s, u"run"_s, u"quiet"_s}, key).exitCode, ExitCode::Success);
    QCOMPARE(receiver.bodies.size(), 2);

    const QStringList promised = {u"exitCode"_s, u"historyRunId"_s, u"job"_s,  u"licenses"_s,    u"outcome"_s,
                                  u"rejected"_s, u"removals"_s,     u"text"_s, u"toriiFileId"_s, u"users"_s};
    const QJsonObject blocked = QJsonDocument::fromJson(receiver.bodies.at(0)).object();
    QCOMPARE(blocked.keys(), promised);
    QCOMPARE(blocked.value(u"job"_s).toString(), u"blocked"_s);
    QCOMPARE(blocked.value(u"outcome"_s).toString(), u"blocked"_s);
    QCOMPARE(blocked.value(u"exitCode"_s).toInt(), ExitCode::ValidationBlocked);
    QVERIFY(blocked.value(u"historyRunId"_s).toInteger() > 0);
    const QJsonObject synced = QJsonDocument::fromJson(receiver.bodies.at(1)).object();
    QCOMPARE(synced.keys(), promised);
    QCOMPARE(synced.value(u"users"_s).toInt(), 3);
    QCOMPARE(synced.value(u"toriiFileId"_s).toInteger(), m_sandbox->syncedPayloads().last().fileId);
    for (int i = 0; i < receiver.bodies.size(); ++i) {
        const QByteArray all = receiver.heads.at(i) + receiver.bodies.at(i);
        QVERIFY(!all.contains(key.toUtf8()));
        QVERIFY2(!all.contains('@'), all.constData()); // no e-mail address, not even the invalid one
        QVERIFY(!all.toLower().contains("authorization"));
    }
}

void TestJobCommand::failingWebhookNeverFailsTheRun()
{
    QString deadUrl;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        deadUrl = QStringLiteral("http://127.0.0.1:%1/hook").arg(closed.serverPort());
    }
    QCOMPARE(addJob(u"good"_s, m_home->write(u"good.csv"_s, goodCsv), {u"--webhook"_s, deadUrl, u"--notify-success"_s})
                 .exitCode,
             ExitCode::Success);
    const CliRunner::Run run = m_home->run({u"job"_s, u"run"_s, u"good"_s}, key);
    QCOMPARE(run.exitCode, ExitCode::Success);
    QVERIFY2(run.err.contains(u"webhook"_s), qPrintable(run.err));
    QVERIFY(!run.err.contains(u"/hook"_s)); // only the host is logged: the URL is a capability
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);
}

void TestJobCommand::historyFiltersCsvAndRunAgain()
{
    QCOMPARE(addJob(u"alpha"_s, m_home->write(u"good.csv"_s, goodCsv)).exitCode, ExitCode::Success);
    QCOMPARE(addJob(u"beta"_s, m_home->write(u"bad.csv"_s, badCsv)).exitCode, ExitCode::Success);
    QCOMPARE(m_home->run({u"job"_s, u"run"_s, u"--all"_s}, key).exitCode, ExitCode::ValidationBlocked);
    QCOMPARE(m_home->run({u"sync"_s, m_home->path(u"good.csv"_s), u"--auto"_s, u"--profile"_s, u"sb"_s}, key).exitCode,
             ExitCode::Success);

    const auto runs = [this](const QStringList& filter) {
        return QJsonDocument::fromJson(m_home->run(QStringList {u"history"_s, u"--json"_s} + filter).out.toUtf8())
            .array();
    };
    QCOMPARE(runs({}).size(), 3);
    const QJsonArray alpha = runs({u"--job"_s, u"alpha"_s});
    QCOMPARE(alpha.size(), 1);
    QCOMPARE(alpha.first().toObject().value(u"job"_s).toString(), u"alpha"_s);
    QCOMPARE(runs({u"--outcome"_s, u"blocked"_s}).size(), 1);
    QCOMPARE(runs({u"--profile"_s, u"sb"_s, u"--outcome"_s, u"succeeded"_s}).size(), 2);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(runs({u"--since"_s, today, u"--until"_s, today}).size(), 3);
    QCOMPARE(runs({u"--until"_s, QDate::currentDate().addDays(-1).toString(Qt::ISODate)}).size(), 0);
    QCOMPARE(m_home->run({u"history"_s, u"--since"_s, u"yesterday"_s}).exitCode, ExitCode::UsageError);

    const QString csvPath = m_home->path(u"history.csv"_s);
    QCOMPARE(m_home->run({u"history"_s, u"--csv"_s, csvPath, u"--job"_s, u"beta"_s}).exitCode, ExitCode::Success);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csv.readAll().split('\n');
    QVERIFY(rows.first().contains("id,started,finished,job,profile"));
    QVERIFY(rows.at(1).contains(",beta,sb,"));
    QVERIFY(rows.at(1).contains(",blocked,"));

    // Run again: a job's run runs the job (here unchanged, so nothing is sent); a one-off sync cannot.
    const qint64 alphaId = alpha.first().toObject().value(u"id"_s).toInteger();
    const CliRunner::Run again = m_home->run({u"history"_s, u"run-again"_s, QString::number(alphaId)}, key);
    QVERIFY2(again.exitCode == ExitCode::Success, qPrintable(again.err));
    QVERIFY(again.out.contains(u"unchanged"_s));
    const qint64 oneOff = runs({}).first().toObject().value(u"id"_s).toInteger();
    QCOMPARE(m_home->run({u"history"_s, u"run-again"_s, QString::number(oneOff)}, key).exitCode, ExitCode::UsageError);
}

void TestJobCommand::refusedJobFileNamesThePath()
{
    QCOMPARE(addJob(u"hand-edited"_s, m_home->write(u"good.csv"_s, goodCsv)).exitCode, ExitCode::Success);
    const QString path = m_home->path(u"data/ToriiSync/torii-sync/jobs/hand-edited.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    json.insert(u"guards"_s, QJsonObject {{u"maxRemovalz"_s, 3}});
    m_home->write(u"data/ToriiSync/torii-sync/jobs/hand-edited.json"_s, QJsonDocument(json).toJson());
    for (const QStringList& command :
         {QStringList {u"job"_s, u"show"_s, u"hand-edited"_s}, QStringList {u"job"_s, u"run"_s, u"hand-edited"_s}}) {
        const CliRunner::Run run = m_home->run(command, key);
        QCOMPARE(run.exitCode, ExitCode::UsageError);
        QVERIFY2(run.err.contains(u"guards.maxRemovalz"_s), qPrintable(run.err));
    }
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TestJobCommand::unknownJobIsExit2()
{
    for (const char* action : {"show", "run", "edit", "delete"}) {
        const CliRunner::Run run = m_home->run({u"job"_s, QString::fromLatin1(action), u"nope"_s}, key);
        QCOMPARE(run.exitCode, ExitCode::UsageError);
        QVERIFY2(run.err.contains(u"no job named \"nope\""_s), qPrintable(run.err));
    }
    QCOMPARE(m_home->run({u"job"_s, u"run"_s, u"../x"_s}).exitCode, ExitCode::UsageError);
}

QTEST_GUILESS_MAIN(TestJobCommand)
#include "tst_jobcommand.moc"

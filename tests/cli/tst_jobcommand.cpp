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

namespace
{
    const QString key = QStringLiteral("tsk_JOBS_distinctive_key_51c0");
    QString s(const char* text)
    {
        return QString::fromLatin1(text);
    }
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
                 ->run({s("profile"), s("add"), s("sb"), s("--api-url"), m_sandbox->baseUrl().toString(),
                        s("--app-account"), s("4242")})
                 .exitCode,
             ExitCode::Success);
}

CliRunner::Run TestJobCommand::addJob(const QString& name, const QString& source, const QStringList& extra)
{
    return m_home->run(
        QStringList {s("job"), s("add"), name, s("--profile"), s("sb"), s("--source"), source, s("--auto")} + extra);
}

void TestJobCommand::fileSourceAndUnchangedNoOp()
{
    const QString csv = m_home->write(s("users.csv"), goodCsv);
    const CliRunner::Run added = addJob(s("nightly"), csv);
    QVERIFY2(added.exitCode == ExitCode::Success, qPrintable(added.err));
    const CliRunner::Run first = m_home->run({s("job"), s("run"), s("nightly"), s("--json")}, key);
    QVERIFY2(first.exitCode == ExitCode::Success, qPrintable(first.err));
    const QJsonObject report = first.json().value(s("jobs")).toArray().first().toObject();
    QCOMPARE(report.value(s("outcome")).toString(), s("succeeded"));
    QCOMPARE(report.value(s("users")).toInt(), 2);
    QCOMPARE(report.value(s("file")).toString(), s("users.csv"));
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);
    QCOMPARE(report.value(s("fileId")).toInteger(), m_sandbox->syncedPayloads().first().fileId);

    // The same bytes again: nothing is sent, and the run succeeds saying so.
    const qsizetype requests = m_sandbox->requests().size();
    const CliRunner::Run again = m_home->run({s("job"), s("run"), s("nightly")}, key);
    QCOMPARE(again.exitCode, ExitCode::Success);
    QVERIFY2(again.out.contains(s("unchanged")), qPrintable(again.out));
    QCOMPARE(m_sandbox->requests().size(), requests);

    // A changed export is synced again.
    m_home->write(s("users.csv"), goodCsv + "grace@example.com,Grace,Hopper\n");
    QCOMPARE(m_home->run({s("job"), s("run"), s("nightly")}, key).exitCode, ExitCode::Success);
    QCOMPARE(m_sandbox->syncedPayloads().size(), 2);
    QCOMPARE(m_sandbox->syncedPayloads().last().users, 3);
}

void TestJobCommand::newestFileInFolder()
{
    const QString older = m_home->write(s("drop/okta-2026-12-01.csv"), goodCsv);
    const QString newer = m_home->write(s("drop/okta-2026-12-02.csv"), "Email\nkatherine@example.com\n");
    const QString other = m_home->write(s("drop/zoom.csv"), goodCsv + "x@example.com,X,Y\n");
    QFile file(older);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1), QFileDevice::FileModificationTime));
    file.close();
    QCOMPARE(addJob(s("okta"), m_home->path(s("drop")), {s("--pattern"), s("okta-*.csv")}).exitCode, ExitCode::Success);
    const CliRunner::Run run = m_home->run({s("job"), s("run"), s("okta"), s("--json")}, key);
    QVERIFY2(run.exitCode == ExitCode::Success, qPrintable(run.err));
    const QJsonObject report = run.json().value(s("jobs")).toArray().first().toObject();
    QCOMPARE(report.value(s("file")).toString(), s("okta-2026-12-02.csv"));
    QCOMPARE(report.value(s("users")).toInt(), 1);
    Q_UNUSED(newer);
    Q_UNUSED(other);
    // A folder without --pattern is refused when the job is added.
    QCOMPARE(addJob(s("nopattern"), m_home->path(s("drop"))).exitCode, ExitCode::UsageError);
}

void TestJobCommand::batchSummaryAndWorstExitCode()
{
    QCOMPARE(addJob(s("a-good"), m_home->write(s("good.csv"), goodCsv)).exitCode, ExitCode::Success);
    QCOMPARE(addJob(s("b-blocked"), m_home->write(s("bad.csv"), badCsv)).exitCode, ExitCode::Success);
    const QString vanishing = m_home->write(s("gone.csv"), goodCsv);
    QCOMPARE(addJob(s("c-missing"), vanishing).exitCode, ExitCode::Success);
    QVERIFY(QFile::remove(vanishing));
    QCOMPARE(addJob(s("d-good"), m_home->write(s("good2.csv"), "Email\nmary@example.com\n")).exitCode,
             ExitCode::Success);

    const CliRunner::Run table = m_home->run({s("job"), s("run"), s("--all")}, key);
    QCOMPARE(table.exitCode, ExitCode::UsageError); // worst of 0, 1, 2, 0
    const QStringList lines = table.out.split(u'\n');
    QVERIFY2(lines.first().startsWith(s("job")) && lines.first().contains(s("Torii file id")) &&
                 lines.first().contains(s("removals")) && lines.first().contains(s("duration")),
             qPrintable(table.out));
    QVERIFY(lines.at(1).startsWith(s("a-good")) && lines.at(1).contains(s("synced")));
    QVERIFY(lines.at(2).startsWith(s("b-blocked")) && lines.at(2).contains(s("blocked")));
    QVERIFY(lines.at(3).startsWith(s("c-missing")) && lines.at(3).contains(s("failed")));
    QVERIFY(lines.at(4).startsWith(s("d-good")) && lines.at(4).contains(s("synced")));
    QCOMPARE(m_sandbox->syncedPayloads().size(), 2); // the jobs after the failures ran

    const CliRunner::Run json = m_home->run({s("job"), s("run"), s("--all"), s("--json")}, key);
    QCOMPARE(json.exitCode, ExitCode::UsageError);
    QCOMPARE(json.json().value(s("exitCode")).toInt(), ExitCode::UsageError);
    const QJsonArray jobs = json.json().value(s("jobs")).toArray();
    QCOMPARE(jobs.size(), 4);
    QStringList outcomes;
    for (const QJsonValue& job : jobs)
        outcomes << job.toObject().value(s("outcome")).toString();
    QCOMPARE(outcomes, QStringList({s("unchanged"), s("blocked"), s("failed"), s("unchanged")}));
    for (const char* field : {"job", "file", "users", "removals", "outcome", "fileId", "durationMs", "exitCode"})
        QVERIFY2(jobs.first().toObject().contains(QLatin1String(field)), field);
}

void TestJobCommand::guardStopInBatchDoesNotStopOthers()
{
    // 20 users synced; the export then shrinks to 5: 15 removals (75%) trip the removal guard, judged against the
    // last accepted sync's snapshot (the profile has no app id). The other account's job in the batch still runs.
    QCOMPARE(m_home
                 ->run({s("profile"), s("add"), s("sb2"), s("--api-url"), m_sandbox->baseUrl().toString(),
                        s("--app-account"), s("4243")})
                 .exitCode,
             ExitCode::Success);
    QByteArray twenty = "Email\n";
    for (int i = 0; i < 20; ++i)
        twenty += "user" + QByteArray::number(i) + "@example.com\n";
    const QString shrinking = m_home->write(s("shrinking.csv"), twenty);
    QCOMPARE(addJob(s("a-shrinking"), shrinking).exitCode, ExitCode::Success);
    const CliRunner::Run first = m_home->run({s("job"), s("run"), s("a-shrinking")}, key);
    QVERIFY2(first.exitCode == ExitCode::Success, qPrintable(first.err));
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);

    m_home->write(s("shrinking.csv"), twenty.left(twenty.indexOf("user5@")));
    QCOMPARE(m_home
                 ->run({s("job"), s("add"), s("b-other"), s("--profile"), s("sb2"), s("--source"),
                        m_home->write(s("other.csv"), goodCsv), s("--auto")})
                 .exitCode,
             ExitCode::Success);
    const CliRunner::Run batch = m_home->run({s("job"), s("run"), s("--all"), s("--json")}, key);
    QCOMPARE(batch.exitCode, ExitCode::ValidationBlocked);
    const QJsonArray jobs = batch.json().value(s("jobs")).toArray();
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs.at(0).toObject().value(s("exitCode")).toInt(), ExitCode::ValidationBlocked);
    QCOMPARE(jobs.at(1).toObject().value(s("outcome")).toString(), s("succeeded"));
    QCOMPARE(m_sandbox->syncedPayloads().size(), 2); // the other job's sync only

    // The job's own allowance reaches the guard exactly as `sync --allow-removals` does.
    QCOMPARE(addJob(s("c-allowed"), shrinking, {s("--allow-removals"), s("15")}).exitCode, ExitCode::Success);
    const CliRunner::Run allowed = m_home->run({s("job"), s("run"), s("c-allowed")}, key);
    QVERIFY2(allowed.exitCode == ExitCode::Success, qPrintable(allowed.err));
    QCOMPARE(m_sandbox->syncedPayloads().size(), 3);
}

void TestJobCommand::webhookGetsOnlyThePromisedFields()
{
    WebhookReceiver receiver;
    QCOMPARE(addJob(s("blocked"), m_home->write(s("bad.csv"), badCsv), {s("--webhook"), receiver.url()}).exitCode,
             ExitCode::Success);
    QCOMPARE(addJob(s("quiet"), m_home->write(s("good.csv"), goodCsv), {s("--webhook"), receiver.url()}).exitCode,
             ExitCode::Success);
    QCOMPARE(m_home->run({s("job"), s("run"), s("blocked")}, key).exitCode, ExitCode::ValidationBlocked);
    QCOMPARE(receiver.bodies.size(), 1);
    QCOMPARE(m_home->run({s("job"), s("run"), s("quiet")}, key).exitCode, ExitCode::Success);
    QCOMPARE(receiver.bodies.size(), 1); // success is quiet unless asked
    QCOMPARE(m_home->run({s("job"), s("edit"), s("quiet"), s("--notify-success")}).exitCode, ExitCode::Success);
    m_home->write(s("good.csv"), goodCsv + "grace@example.com,Grace,Hopper\n");
    QCOMPARE(m_home->run({s("job"), s("run"), s("quiet")}, key).exitCode, ExitCode::Success);
    QCOMPARE(receiver.bodies.size(), 2);

    const QStringList promised = {s("exitCode"), s("historyRunId"), s("job"),  s("licenses"),    s("outcome"),
                                  s("rejected"), s("removals"),     s("text"), s("toriiFileId"), s("users")};
    const QJsonObject blocked = QJsonDocument::fromJson(receiver.bodies.at(0)).object();
    QCOMPARE(blocked.keys(), promised);
    QCOMPARE(blocked.value(s("job")).toString(), s("blocked"));
    QCOMPARE(blocked.value(s("outcome")).toString(), s("blocked"));
    QCOMPARE(blocked.value(s("exitCode")).toInt(), ExitCode::ValidationBlocked);
    QVERIFY(blocked.value(s("historyRunId")).toInteger() > 0);
    const QJsonObject synced = QJsonDocument::fromJson(receiver.bodies.at(1)).object();
    QCOMPARE(synced.keys(), promised);
    QCOMPARE(synced.value(s("users")).toInt(), 3);
    QCOMPARE(synced.value(s("toriiFileId")).toInteger(), m_sandbox->syncedPayloads().last().fileId);
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
    QCOMPARE(addJob(s("good"), m_home->write(s("good.csv"), goodCsv), {s("--webhook"), deadUrl, s("--notify-success")})
                 .exitCode,
             ExitCode::Success);
    const CliRunner::Run run = m_home->run({s("job"), s("run"), s("good")}, key);
    QCOMPARE(run.exitCode, ExitCode::Success);
    QVERIFY2(run.err.contains(s("webhook")), qPrintable(run.err));
    QVERIFY(!run.err.contains(s("/hook"))); // only the host is logged: the URL is a capability
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);
}

void TestJobCommand::historyFiltersCsvAndRunAgain()
{
    QCOMPARE(addJob(s("alpha"), m_home->write(s("good.csv"), goodCsv)).exitCode, ExitCode::Success);
    QCOMPARE(addJob(s("beta"), m_home->write(s("bad.csv"), badCsv)).exitCode, ExitCode::Success);
    QCOMPARE(m_home->run({s("job"), s("run"), s("--all")}, key).exitCode, ExitCode::ValidationBlocked);
    QCOMPARE(m_home->run({s("sync"), m_home->path(s("good.csv")), s("--auto"), s("--profile"), s("sb")}, key).exitCode,
             ExitCode::Success);

    const auto runs = [this](const QStringList& filter) {
        return QJsonDocument::fromJson(m_home->run(QStringList {s("history"), s("--json")} + filter).out.toUtf8())
            .array();
    };
    QCOMPARE(runs({}).size(), 3);
    const QJsonArray alpha = runs({s("--job"), s("alpha")});
    QCOMPARE(alpha.size(), 1);
    QCOMPARE(alpha.first().toObject().value(s("job")).toString(), s("alpha"));
    QCOMPARE(runs({s("--outcome"), s("blocked")}).size(), 1);
    QCOMPARE(runs({s("--profile"), s("sb"), s("--outcome"), s("succeeded")}).size(), 2);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(runs({s("--since"), today, s("--until"), today}).size(), 3);
    QCOMPARE(runs({s("--until"), QDate::currentDate().addDays(-1).toString(Qt::ISODate)}).size(), 0);
    QCOMPARE(m_home->run({s("history"), s("--since"), s("yesterday")}).exitCode, ExitCode::UsageError);

    const QString csvPath = m_home->path(s("history.csv"));
    QCOMPARE(m_home->run({s("history"), s("--csv"), csvPath, s("--job"), s("beta")}).exitCode, ExitCode::Success);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csv.readAll().split('\n');
    QVERIFY(rows.first().contains("id,started,finished,job,profile"));
    QVERIFY(rows.at(1).contains(",beta,sb,"));
    QVERIFY(rows.at(1).contains(",blocked,"));

    // Run again: a job's run runs the job (here unchanged, so nothing is sent); a one-off sync cannot.
    const qint64 alphaId = alpha.first().toObject().value(s("id")).toInteger();
    const CliRunner::Run again = m_home->run({s("history"), s("run-again"), QString::number(alphaId)}, key);
    QVERIFY2(again.exitCode == ExitCode::Success, qPrintable(again.err));
    QVERIFY(again.out.contains(s("unchanged")));
    const qint64 oneOff = runs({}).first().toObject().value(s("id")).toInteger();
    QCOMPARE(m_home->run({s("history"), s("run-again"), QString::number(oneOff)}, key).exitCode, ExitCode::UsageError);
}

void TestJobCommand::refusedJobFileNamesThePath()
{
    QCOMPARE(addJob(s("hand-edited"), m_home->write(s("good.csv"), goodCsv)).exitCode, ExitCode::Success);
    const QString path = m_home->path(s("data/ToriiSync/torii-sync/jobs/hand-edited.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    json.insert(s("guards"), QJsonObject {{s("maxRemovalz"), 3}});
    m_home->write(s("data/ToriiSync/torii-sync/jobs/hand-edited.json"), QJsonDocument(json).toJson());
    for (const QStringList& command :
         {QStringList {s("job"), s("show"), s("hand-edited")}, QStringList {s("job"), s("run"), s("hand-edited")}}) {
        const CliRunner::Run run = m_home->run(command, key);
        QCOMPARE(run.exitCode, ExitCode::UsageError);
        QVERIFY2(run.err.contains(s("guards.maxRemovalz")), qPrintable(run.err));
    }
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TestJobCommand::unknownJobIsExit2()
{
    for (const char* action : {"show", "run", "edit", "delete"}) {
        const CliRunner::Run run = m_home->run({s("job"), QString::fromLatin1(action), s("nope")}, key);
        QCOMPARE(run.exitCode, ExitCode::UsageError);
        QVERIFY2(run.err.contains(s("no job named \"nope\"")), qPrintable(run.err));
    }
    QCOMPARE(m_home->run({s("job"), s("run"), s("../x")}).exitCode, ExitCode::UsageError);
}

QTEST_GUILESS_MAIN(TestJobCommand)
#include "tst_jobcommand.moc"

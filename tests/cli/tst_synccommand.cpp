// torii-sync-cli sync / key / history through the real binary against an in-process Sandbox: exit codes
// (DESIGN.md §4), the JSON report, history rows, SIGINT, and the key appearing nowhere it should not.
#include "clirunner.h"
#include "common/sha256.h"
#include "run/exitcode.h"
#include "sandbox/sandbox.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>

namespace
{
    const QString key = QStringLiteral("tsk_CLI_DISTINCTIVE_key_4f1e9a");
} // namespace

class TestSyncCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void syncSucceeds();
    void wrongKeyIsExit4();
    void toriiFailureIsExit3();
    void dryRunSendsNothing();
    void blockedIsExit1();
    void usageErrors();
    void readingOverrides();
    void sigintIsExit130();
    void keyCheck();
    void historyJson();
    void keyNeverLeaks();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList& arguments, const QString& apiKey = key,
            const std::function<void(QProcess&)>& whileRunning = {});
    [[nodiscard]] QStringList syncArgs(const QString& file) const;
    [[nodiscard]] QString writeCsv(const QString& name, const QByteArray& content);

    CliRunner m_cli;
    std::unique_ptr<Sandbox> m_sandbox;
    QString m_csv;
};

void TestSyncCommand::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    m_sandbox->setApiKey(key);
    QVERIFY(m_sandbox->start());
    m_csv = writeCsv(QStringLiteral("users.csv"),
                     "Email,First Name,Last Name,Status\n"
                     "ada@example.com,Ada,Lovelace,Active\n"
                     "alan@example.com,Alan,Turing,Suspended\n"
                     "grace@example.com,Grace,Hopper,Active\n");
}

void TestSyncCommand::cleanup()
{
    m_sandbox.reset();
}

QString TestSyncCommand::writeCsv(const QString& name, const QByteArray& content)
{
    return m_cli.write(name, content);
}

QStringList TestSyncCommand::syncArgs(const QString& file) const
{
    return {QStringLiteral("sync"),          file,
            QStringLiteral("--auto"),        QStringLiteral("--api-url"),
            m_sandbox->baseUrl().toString(), QStringLiteral("--app-account"),
            QStringLiteral("4242")};
}

TestSyncCommand::Run TestSyncCommand::cli(const QStringList& arguments, const QString& apiKey,
                                          const std::function<void(QProcess&)>& whileRunning)
{
    return m_cli.run(arguments, apiKey, {}, whileRunning, 20000);
}

void TestSyncCommand::syncSucceeds()
{
    const QString kept = m_cli.path(QStringLiteral("sent.json"));
    const Run run = cli(syncArgs(m_csv) << QStringLiteral("--json") << QStringLiteral("--keep-payload") << kept);
    QVERIFY2(run.exitCode == ExitCode::Success, qPrintable(run.err));
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(json.value(QLatin1String("users")).toInt(), 3);
    const QList<Sandbox::SyncedPayload> synced = m_sandbox->syncedPayloads();
    QCOMPARE(synced.size(), 1);
    QCOMPARE(json.value(QLatin1String("fileId")).toInteger(), synced.first().fileId);
    const QJsonArray stages = json.value(QLatin1String("stages")).toArray();
    QCOMPARE(stages.size(), 5);
    for (const QJsonValue& stage : stages)
        QCOMPARE(stage.toObject().value(QLatin1String("result")).toString(), QStringLiteral("done"));
    QCOMPARE(stages.at(2).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Upload"));
    // The history labels the run with the source file's hash (computed beside the reading) and the payload's.
    QFile source(m_csv);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(json.value(QLatin1String("sourceSha256")).toString().toLatin1(), Sha256::hexDigestOf(&source));
    QCOMPARE(json.value(QLatin1String("payloadSha256")).toString().toLatin1(), synced.first().sha256Hex);

    QFile sent(kept), stored(synced.first().storedPath);
    QVERIFY(sent.open(QIODevice::ReadOnly) && stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), sent.readAll());
    for (const Sandbox::RecordedRequest& request : m_sandbox->requests()) {
        if (request.route == u"upload")
            QVERIFY(!request.hasHeader("Authorization"));
        else
            QCOMPARE(request.header("Authorization"), "Bearer " + key.toUtf8());
    }
    QVERIFY(run.err.contains(QStringLiteral("[3/5] Upload")));
}

void TestSyncCommand::wrongKeyIsExit4()
{
    const Run run = cli(syncArgs(m_csv), QStringLiteral("wrong-key-000000"));
    QCOMPARE(run.exitCode, ExitCode::AuthFailure);
    QVERIFY2(run.err.contains(QStringLiteral("API key")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("401")));
    QCOMPARE(m_sandbox->syncedPayloads().size(), 0);
}

void TestSyncCommand::toriiFailureIsExit3()
{
    // An app account Torii does not know: a definite failure, so no retries and no waiting.
    QStringList args = syncArgs(m_csv);
    args[args.indexOf(QStringLiteral("4242"))] = QStringLiteral("999");
    const Run run = cli(args << QStringLiteral("--json"));
    QCOMPARE(run.exitCode, ExitCode::NetworkFailure);
    const QJsonObject failure = run.json().value(QLatin1String("error")).toObject();
    QCOMPARE(failure.value(QLatin1String("stage")).toString(), QStringLiteral("sync"));
    QCOMPARE(failure.value(QLatin1String("httpStatus")).toInt(), 404);
    QVERIFY2(run.err.contains(QStringLiteral("app account")), qPrintable(run.err));
    QCOMPARE(m_sandbox->syncedPayloads().size(), 0);
}

void TestSyncCommand::dryRunSendsNothing()
{
    const Run run = cli(syncArgs(m_csv) << QStringLiteral("--dry-run") << QStringLiteral("--json"), QString());
    QVERIFY2(run.exitCode == ExitCode::Success, qPrintable(run.err));
    QCOMPARE(run.json().value(QLatin1String("outcome")).toString(), QStringLiteral("dry-run"));
    QCOMPARE(run.json().value(QLatin1String("users")).toInt(), 3);
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TestSyncCommand::blockedIsExit1()
{
    const QString bad = writeCsv(QStringLiteral("bad.csv"), "Email,First Name\nnot-an-email,X\nok@example.com,Y\n");
    const Run run = cli(syncArgs(bad));
    QCOMPARE(run.exitCode, ExitCode::ValidationBlocked);
    QVERIFY(run.err.contains(QStringLiteral("blocked")));
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TestSyncCommand::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("sync"), m_csv, QStringLiteral("--auto"), QStringLiteral("--api-url"),
                  m_sandbox->baseUrl().toString()})
                 .exitCode,
             ExitCode::UsageError); // no app account id
    QCOMPARE(cli({QStringLiteral("sync"), m_csv, QStringLiteral("--auto"), QStringLiteral("--app-account"),
                  QStringLiteral("4242"), QStringLiteral("--api-url"), QStringLiteral("http://torii.example/v1.0")})
                 .exitCode,
             ExitCode::UsageError); // plain http to a remote host
    QCOMPARE(cli({QStringLiteral("sync"), m_csv}).exitCode, ExitCode::UsageError);
    QCOMPARE(cli(syncArgs(m_cli.path(QStringLiteral("missing.csv")))).exitCode, ExitCode::UsageError);
    const Run badHeader = cli(syncArgs(m_csv) << QStringLiteral("--header-row") << QStringLiteral("0"));
    QCOMPARE(badHeader.exitCode, ExitCode::UsageError);
    QVERIFY2(badHeader.err.contains(QStringLiteral("--header-row")), qPrintable(badHeader.err));
    QCOMPARE(cli(syncArgs(m_csv) << QStringLiteral("--encoding") << QStringLiteral("EBCDIC")).exitCode,
             ExitCode::UsageError);
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TestSyncCommand::readingOverrides()
{
    // The same reading flags as convert: a title line above the header, ';' that sniffing would also find.
    const QString titled = writeCsv(QStringLiteral("titled.csv"),
                                    "Export of 2026-11-28;;\nEmail;First Name;Status\nada@example.com;Ada;Active\n");
    const Run run =
        cli(syncArgs(titled) << QStringLiteral("--header-row") << QStringLiteral("2") << QStringLiteral("--delimiter")
                             << QStringLiteral(";") << QStringLiteral("--dry-run") << QStringLiteral("--json"),
            QString());
    QVERIFY2(run.exitCode == ExitCode::Success, qPrintable(run.err));
    QCOMPARE(run.json().value(QLatin1String("users")).toInt(), 1);
    // The flag is really applied: the title line as header leaves no e-mail column to map.
    const Run wrongRow =
        cli(syncArgs(titled) << QStringLiteral("--header-row") << QStringLiteral("1") << QStringLiteral("--dry-run"),
            QString());
    QVERIFY2(wrongRow.exitCode != ExitCode::Success, qPrintable(wrongRow.err));
}

void TestSyncCommand::sigintIsExit130()
{
    QString error;
    QVERIFY(m_sandbox->addFault(QStringLiteral("upload=hang:1"), &error));
    const Run run = cli(syncArgs(m_csv), key, [this](QProcess& process) {
        QSignalSpy handled(m_sandbox.get(), &Sandbox::requestHandled);
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->requestCount(QStringLiteral("upload")) == 1, 10000);
        ::kill(pid_t(process.processId()), SIGINT);
    });
    QCOMPARE(run.exitCode, ExitCode::Cancelled);
    QCOMPARE(m_sandbox->syncedPayloads().size(), 0);
}

void TestSyncCommand::keyCheck()
{
    const QStringList args {QStringLiteral("key"), QStringLiteral("check"), QStringLiteral("--api-url"),
                            m_sandbox->baseUrl().toString()};
    const Run ok = cli(args);
    QCOMPARE(ok.exitCode, ExitCode::Success);
    QVERIFY(ok.out.contains(QStringLiteral("Sandbox Org")));
    const Run bad = cli(args, QStringLiteral("wrong-key-000000"));
    QCOMPARE(bad.exitCode, ExitCode::AuthFailure);
    QVERIFY(bad.err.contains(QStringLiteral("API key")));
    // `key set` takes the key from stdin only: an extra argument is refused, not stored.
    QCOMPARE(cli({QStringLiteral("key"), QStringLiteral("set"), key}).exitCode, ExitCode::UsageError);
}

void TestSyncCommand::historyJson()
{
    QCOMPARE(cli(syncArgs(m_csv)).exitCode, ExitCode::Success);
    QCOMPARE(cli(syncArgs(m_csv), QStringLiteral("wrong-key-000000")).exitCode, ExitCode::AuthFailure);
    const Run run = cli({QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, ExitCode::Success);
    const QJsonArray runs = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QVERIFY(runs.size() >= 2);
    QCOMPARE(runs.at(0).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
    QCOMPARE(runs.at(1).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(runs.at(1).toObject().value(QLatin1String("sourceFile")).toString(), QStringLiteral("users.csv"));
    QCOMPARE(runs.at(1).toObject().value(QLatin1String("appAccountId")).toInt(), 4242);
    QCOMPARE(runs.at(1).toObject().value(QLatin1String("stages")).toArray().size(), 5);
    QCOMPARE(cli({QStringLiteral("history")}).exitCode, ExitCode::Success);
}

void TestSyncCommand::keyNeverLeaks()
{
    // Runs with retries, an expired URL and a failure, then search every output, file and S3 request.
    QString error;
    QVERIFY(m_sandbox->addFault(QStringLiteral("upload=expired:1"), &error));
    QVERIFY(m_sandbox->addFault(QStringLiteral("files/url=503:1"), &error));
    QCOMPARE(cli(syncArgs(m_csv) << QStringLiteral("--verbose") << QStringLiteral("--json")).exitCode,
             ExitCode::Success);
    QVERIFY(m_sandbox->addFault(QStringLiteral("sync=500:1"), &error));
    QCOMPARE(cli(syncArgs(m_csv) << QStringLiteral("--verbose")).exitCode, ExitCode::NetworkFailure);
    (void)cli({QStringLiteral("history"), QStringLiteral("--json")});

    const QByteArray needle = key.toUtf8();
    for (const QString& output : m_cli.outputs())
        QVERIFY2(!output.contains(key), qPrintable(output));
    int filesChecked = 0;
    QDirIterator it(m_cli.home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(needle), qPrintable(file.fileName()));
        ++filesChecked;
    }
    QVERIFY(filesChecked >= 2); // at least the CSV and the history database
    for (const Sandbox::RecordedRequest& request : m_sandbox->requests()) {
        if (request.route != u"upload")
            continue;
        QVERIFY(!request.target.contains(needle));
        for (const auto& header : request.headers)
            QVERIFY(!header.second.contains(needle));
    }
}

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_synccommand.moc"

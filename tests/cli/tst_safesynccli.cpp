// Safe sync through the real torii-sync-cli against an in-process Sandbox: the removal guard stops a truncated
// export before any request of the sync flow (not even GET /files/url) with exit 1, "blockedBy" and the diff;
// --allow-removals sends exactly one sync; `diff` and `apps` print what the issue specifies; a sync is verified
// and its snapshot is what a later run without --app compares with.
#include "clirunner.h"
#include "run/exitcode.h"
#include "sandbox/sandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace
{
    const QString key = QStringLiteral("tsk_safesync_cli_key_0917");

    QByteArray csv(int from, int to)
    {
        QByteArray text = "Email,First Name,Last Name,Status\n";
        for (int i = from; i < to; ++i)
            text += "user" + QByteArray::number(i) + "@corp.example,U,N" + QByteArray::number(i) + ",Active\n";
        return text;
    }
} // namespace

class TestSafeSyncCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void guardStopsBeforeAnyRequest();
    void overrideSendsExactlyOneSync();
    void diffCommand();
    void appsCommand();
    void snapshotWithoutApp();
    void thresholdsFromPresetAndFlag();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList& arguments);
    [[nodiscard]] QString write(const QString& name, const QByteArray& content);
    [[nodiscard]] QStringList target(bool withApp = true) const;
    // The same for diff, which takes no --verify-timeout.
    [[nodiscard]] QStringList diffTarget(bool withApp = true) const;
    [[nodiscard]] int flowRequests() const;
    void seedAccount(int users);

    CliRunner m_cli;
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestSafeSyncCli::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    m_sandbox->setApiKey(key);
    m_sandbox->directory().setSettleDelayMs(300);
    QVERIFY(m_sandbox->start());
}

void TestSafeSyncCli::cleanup()
{
    m_sandbox.reset();
}

TestSafeSyncCli::Run TestSafeSyncCli::cli(const QStringList& arguments)
{
    return m_cli.run(arguments, key);
}

QString TestSafeSyncCli::write(const QString& name, const QByteArray& content)
{
    return m_cli.write(name, content);
}

QStringList TestSafeSyncCli::target(bool withApp) const
{
    QStringList args {QStringLiteral("--auto"),
                      QStringLiteral("--api-url"),
                      m_sandbox->baseUrl().toString(),
                      QStringLiteral("--app-account"),
                      QString::number(Sandbox::demoAppAccountId),
                      QStringLiteral("--verify-timeout"),
                      QStringLiteral("30"),
                      QStringLiteral("--json")};
    if (withApp)
        args << QStringLiteral("--app") << QString::number(Sandbox::demoAppId);
    return args;
}

QStringList TestSafeSyncCli::diffTarget(bool withApp) const
{
    QStringList args = target(withApp);
    const qsizetype at = args.indexOf(QStringLiteral("--verify-timeout"));
    args.remove(at, 2);
    return args;
}

int TestSafeSyncCli::flowRequests() const
{
    int n = 0;
    for (const QString& route :
         {QStringLiteral("files/url"), QStringLiteral("upload"), QStringLiteral("files"), QStringLiteral("sync")})
        n += m_sandbox->requestCount(route);
    return n;
}

void TestSafeSyncCli::seedAccount(int users)
{
    QList<SandboxDirectory::User> current;
    for (int i = 0; i < users; ++i) {
        SandboxDirectory::User user;
        user.email = QStringLiteral("user%1@corp.example").arg(i);
        current.append(user);
    }
    m_sandbox->directory().setUsers(Sandbox::demoAppAccountId, current);
}

void TestSafeSyncCli::guardStopsBeforeAnyRequest()
{
    seedAccount(200);
    const Run run = cli(QStringList {QStringLiteral("sync"), write(QStringLiteral("t.csv"), csv(0, 150))} << target());
    QCOMPARE(run.exitCode, ExitCode::ValidationBlocked);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1String("blockedBy")).toString(), QStringLiteral("removals"));
    const QJsonObject diff = json.value(QLatin1String("diff")).toObject();
    QCOMPARE(diff.value(QLatin1String("source")).toString(), QStringLiteral("torii"));
    QCOMPARE(diff.value(QLatin1String("current")).toInt(), 200);
    QCOMPARE(diff.value(QLatin1String("removed")).toInt(), 50);
    QCOMPARE(diff.value(QLatin1String("removedSample")).toArray().size(), 20);
    QCOMPARE(diff.value(QLatin1String("removedSample")).toArray().at(0).toString(),
             QStringLiteral("user150@corp.example"));
    QVERIFY(json.value(QLatin1String("verified")).isNull());
    // Only the read of the account's users went out: no GET /files/url, no upload, nothing synced.
    QCOMPARE(flowRequests(), 0);
    QVERIFY(m_sandbox->requestCount(QStringLiteral("users")) > 0);
    QVERIFY(m_sandbox->syncedPayloads().isEmpty());
    // Allowing fewer removals than the change needs still stops it.
    const Run tooFew = cli(QStringList {QStringLiteral("sync"), write(QStringLiteral("t.csv"), csv(0, 150))}
                           << target() << QStringLiteral("--allow-removals") << QStringLiteral("49"));
    QCOMPARE(tooFew.exitCode, ExitCode::ValidationBlocked);
    QCOMPARE(flowRequests(), 0);
}

void TestSafeSyncCli::overrideSendsExactlyOneSync()
{
    seedAccount(200);
    const Run run = cli(QStringList {QStringLiteral("sync"), write(QStringLiteral("t.csv"), csv(0, 150))}
                        << target() << QStringLiteral("--allow-removals") << QStringLiteral("50"));
    QVERIFY2(run.exitCode == ExitCode::Success, qPrintable(run.err));
    const QJsonObject json = run.json();
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("sync")), 1);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("files/url")), 1);
    QCOMPARE(json.value(QLatin1String("diff")).toObject().value(QLatin1String("removed")).toInt(), 50);
    QVERIFY(!json.contains(QLatin1String("blockedBy")));
    // Verified: Torii lists the 150 as active and the 50 as deleted.
    QCOMPARE(json.value(QLatin1String("verified")).toBool(false), true);
    QCOMPARE(json.value(QLatin1String("verification")).toString(), QStringLiteral("verified"));
    int deleted = 0;
    for (const SandboxDirectory::User& user : m_sandbox->directory().users(Sandbox::demoAppAccountId))
        deleted += user.status == u"deleted";
    QCOMPARE(deleted, 50);
    // "all" lets any number through.
    const Run again = cli(QStringList {QStringLiteral("sync"), write(QStringLiteral("u.csv"), csv(0, 10))}
                          << target() << QStringLiteral("--allow-removals") << QStringLiteral("all"));
    QVERIFY2(again.exitCode == ExitCode::Success, qPrintable(again.err));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("sync")), 2);
}

void TestSafeSyncCli::diffCommand()
{
    seedAccount(20);
    const QString file = write(QStringLiteral("d.csv"), csv(5, 30));
    Run run = cli(QStringList {QStringLiteral("diff"), file} << diffTarget());
    QCOMPARE(run.exitCode, ExitCode::Success);
    const QJsonObject diff = run.json().value(QLatin1String("diff")).toObject();
    QCOMPARE(diff.value(QLatin1String("added")).toInt(), 10);
    QCOMPARE(diff.value(QLatin1String("removed")).toInt(), 5);
    QCOMPARE(diff.value(QLatin1String("unchanged")).toInt(), 15);
    QCOMPARE(flowRequests(), 0);
    // As text: the counts and the e-mails.
    QStringList args = QStringList {QStringLiteral("diff"), file} << diffTarget();
    args.removeAll(QStringLiteral("--json"));
    run = cli(args);
    QCOMPARE(run.exitCode, ExitCode::Success);
    QVERIFY2(run.out.contains(QLatin1String("user0@corp.example")), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("+10")));
}

void TestSafeSyncCli::appsCommand()
{
    const Run run = cli({QStringLiteral("apps"), QStringLiteral("--api-url"), m_sandbox->baseUrl().toString(),
                         QStringLiteral("--search"), QStringLiteral("sandbox"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == ExitCode::Success, qPrintable(run.err));
    const QJsonArray apps = run.json().value(QLatin1String("apps")).toArray();
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps.at(0).toObject().value(QLatin1String("id")).toInteger(), Sandbox::demoAppId);
    QCOMPARE(apps.at(0).toObject().value(QLatin1String("name")).toString(), QLatin1String(Sandbox::demoAppName));
}

void TestSafeSyncCli::snapshotWithoutApp()
{
    // A first sync (with the app) keeps a snapshot; a later diff without --app compares with it.
    const Run first = cli(QStringList {QStringLiteral("sync"), write(QStringLiteral("a.csv"), csv(0, 40))} << target());
    QVERIFY2(first.exitCode == ExitCode::Success, qPrintable(first.err));
    const int usersRequests = m_sandbox->requestCount(QStringLiteral("users"));
    const Run run =
        cli(QStringList {QStringLiteral("diff"), write(QStringLiteral("b.csv"), csv(0, 30))} << diffTarget(false));
    QVERIFY2(run.exitCode == ExitCode::ValidationBlocked, qPrintable(run.err)); // 10 of 40 is over 10%
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1String("blockedBy")).toString(), QStringLiteral("removals"));
    const QJsonObject diff = json.value(QLatin1String("diff")).toObject();
    QCOMPARE(diff.value(QLatin1String("source")).toString(), QStringLiteral("last-sync"));
    QCOMPARE(diff.value(QLatin1String("removed")).toInt(), 10);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("users")), usersRequests); // Torii was not asked
}

void TestSafeSyncCli::thresholdsFromPresetAndFlag()
{
    // 5 of 20 removed: 25 % but fewer than the default 10 users, so the profile's defaults let it through.
    seedAccount(20);
    const QString file = write(QStringLiteral("g.csv"), csv(5, 20));
    const QString preset = write(QStringLiteral("guarded.json"),
                                 R"({"format": "torii-sync-preset", "formatVersion": 2, "name": "Guarded",
                                     "mapping": {"fields": {"email": {"column": "Email"}}},
                                     "removalGuard": {"percent": 10, "minimum": 5}})");
    QStringList args = QStringList {QStringLiteral("diff"), file} << diffTarget();
    args.replace(args.indexOf(QStringLiteral("--auto")), QStringLiteral("--preset"));
    args.insert(args.indexOf(QStringLiteral("--preset")) + 1, preset);
    // The preset's minimum of 5: stopped.
    Run run = cli(args);
    QCOMPARE(run.exitCode, ExitCode::ValidationBlocked);
    QCOMPARE(run.json().value(QLatin1String("blockedBy")).toString(), QStringLiteral("removals"));
    // The flag wins over the preset.
    run = cli(QStringList(args) << QStringLiteral("--removal-guard") << QStringLiteral("10,6"));
    QCOMPARE(run.exitCode, ExitCode::Success);
    run = cli(QStringList(args) << QStringLiteral("--removal-guard") << QStringLiteral("30"));
    QCOMPARE(run.exitCode, ExitCode::Success); // 25 % is not more than 30 %
    // Without the preset, the flag alone.
    run = cli(QStringList {QStringLiteral("diff"), file} << diffTarget() << QStringLiteral("--removal-guard")
                                                         << QStringLiteral("20,5"));
    QCOMPARE(run.exitCode, ExitCode::ValidationBlocked);
    run = cli(QStringList {QStringLiteral("diff"), file} << diffTarget() << QStringLiteral("--removal-guard")
                                                         << QStringLiteral("120"));
    QCOMPARE(run.exitCode, ExitCode::UsageError);
    QCOMPARE(flowRequests(), 0);
}

QTEST_GUILESS_MAIN(TestSafeSyncCli)
#include "tst_safesynccli.moc"

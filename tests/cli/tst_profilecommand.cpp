// torii-sync-cli profile, and the promise that an unknown profile name (or an empty --api-url) is exit 2
// before any traffic in every command, never a silent fall-back to the default (production) profile.
#include "clirunner.h"
#include "run/exitcode.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace
{
    const QString key = QStringLiteral("tsk_PROFILE_test_key_77aa");
    QString s(const char* text)
    {
        return QString::fromLatin1(text);
    }
} // namespace

class TestProfileCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addListShowSetDelete();
    void addRefusesBadInput();
    void removalGuardPerProfile();
    void unknownProfileIsExit2Everywhere();
    void emptyApiUrlIsExit2();
    void keySetRefusesUnusedOptions();

private:
    std::unique_ptr<CliRunner> m_home;
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestProfileCommand::init()
{
    m_home = std::make_unique<CliRunner>();
    m_sandbox = std::make_unique<Sandbox>();
    m_sandbox->setApiKey(key);
    QVERIFY(m_sandbox->start());
}

void TestProfileCommand::addListShowSetDelete()
{
    const QString url = m_sandbox->baseUrl().toString();
    const CliRunner::Run added = m_home->run(
        {s("profile"), s("add"), s("acme"), s("--api-url"), url, s("--app"), s("77"), s("--app-account"), s("4242")});
    QVERIFY2(added.exitCode == ExitCode::Success, qPrintable(added.err));
    const CliRunner::Run list = m_home->run({s("profile"), s("list"), s("--json")});
    QCOMPARE(list.exitCode, ExitCode::Success);
    const QJsonArray profiles = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(profiles.size(), 1);
    const QJsonObject acme = profiles.first().toObject();
    QCOMPARE(acme.value(s("name")).toString(), s("acme"));
    QCOMPARE(acme.value(s("apiUrl")).toString(), url);
    QCOMPARE(acme.value(s("appId")).toInt(), 77);
    QCOMPARE(acme.value(s("appAccountId")).toInt(), 4242);

    QCOMPARE(m_home->run({s("profile"), s("set"), s("acme"), s("--app-account"), s("5151")}).exitCode,
             ExitCode::Success);
    const CliRunner::Run shown = m_home->run({s("profile"), s("show"), s("acme"), s("--json")});
    QCOMPARE(shown.json().value(s("appAccountId")).toInt(), 5151);
    QCOMPARE(shown.json().value(s("appId")).toInt(), 77); // untouched by set

    // A sync through the profile uses its URL and app account.
    const QString csv = m_home->write(s("u.csv"), "Email\nada@example.com\n");
    QCOMPARE(m_home->run({s("profile"), s("set"), s("acme"), s("--app-account"), s("4242")}).exitCode,
             ExitCode::Success);
    QCOMPARE(m_home->run({s("sync"), csv, s("--auto"), s("--profile"), s("acme")}, key).exitCode, ExitCode::Success);
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);

    QCOMPARE(m_home->run({s("profile"), s("delete"), s("acme")}).exitCode, ExitCode::Success);
    QCOMPARE(QJsonDocument::fromJson(m_home->run({s("profile"), s("list"), s("--json")}).out.toUtf8()).array().size(),
             0);
}

// The profile's removal-guard thresholds are set from the command line and are what `diff`/`sync` apply
// when neither the flag nor the preset says otherwise.
void TestProfileCommand::removalGuardPerProfile()
{
    const QString url = m_sandbox->baseUrl().toString();
    const QStringList add {s("profile"),
                           s("add"),
                           s("acme"),
                           s("--api-url"),
                           url,
                           s("--app"),
                           QString::number(Sandbox::demoAppId),
                           s("--app-account"),
                           QString::number(Sandbox::demoAppAccountId)};
    QCOMPARE(m_home->run(QStringList(add) << s("--removal-guard") << s("101")).exitCode, ExitCode::UsageError);
    QCOMPARE(m_home->run(QStringList(add) << s("--removal-guard") << s("20,x")).exitCode, ExitCode::UsageError);
    const CliRunner::Run added = m_home->run(QStringList(add) << s("--removal-guard") << s("30") << s("--json"));
    QVERIFY2(added.exitCode == ExitCode::Success, qPrintable(added.err));
    QCOMPARE(added.json().value(s("removalGuard")).toObject().value(s("percent")).toInt(), 30);
    QCOMPARE(added.json().value(s("removalGuard")).toObject().value(s("minimum")).toInt(), 10); // the default kept

    // 40 active users, a file that keeps 30: 10 removals = 25 %, under the profile's 30 %.
    QList<SandboxDirectory::User> current;
    for (int i = 0; i < 40; ++i) {
        SandboxDirectory::User user;
        user.email = s("user%1@corp.example").arg(i);
        current.append(user);
    }
    m_sandbox->directory().setUsers(Sandbox::demoAppAccountId, current);
    QByteArray rows = "Email\n";
    for (int i = 0; i < 30; ++i)
        rows += QByteArrayLiteral("user") + QByteArray::number(i) + "@corp.example\n";
    const QString csv = m_home->write(s("u.csv"), rows);
    const QStringList diff {s("diff"), csv, s("--auto"), s("--profile"), s("acme"), s("--json")};
    QCOMPARE(m_home->run(diff, key).exitCode, ExitCode::Success);
    // Tightened to 20 % (and 5 users), the same change is stopped.
    const CliRunner::Run set = m_home->run({s("profile"), s("set"), s("acme"), s("--removal-guard"), s("20,5")});
    QVERIFY2(set.exitCode == ExitCode::Success, qPrintable(set.err));
    QVERIFY2(set.out.contains(s("more than 20 % and at least 5 users")), qPrintable(set.out));
    const CliRunner::Run stopped = m_home->run(diff, key);
    QCOMPARE(stopped.exitCode, ExitCode::ValidationBlocked);
    QCOMPARE(stopped.json().value(s("blockedBy")).toString(), s("removals"));
    // The flag still wins over the profile.
    QCOMPARE(m_home->run(QStringList(diff) << s("--removal-guard") << s("50"), key).exitCode, ExitCode::Success);
}

void TestProfileCommand::addRefusesBadInput()
{
    const QString url = m_sandbox->baseUrl().toString();
    QCOMPARE(m_home->run({s("profile"), s("add"), s("x")}).exitCode, ExitCode::UsageError); // no URL
    QCOMPARE(m_home->run({s("profile"), s("add"), s("x"), s("--api-url"), s("")}).exitCode, ExitCode::UsageError);
    QCOMPARE(m_home->run({s("profile"), s("add"), s("x"), s("--api-url"), s("http://torii.example/v1.0")}).exitCode,
             ExitCode::UsageError); // plain http off this computer
    QCOMPARE(m_home->run({s("profile"), s("add"), s("x"), s("--api-url"), url, s("--app-account"), s("-3")}).exitCode,
             ExitCode::UsageError);
    QCOMPARE(m_home->run({s("profile"), s("add"), s("x"), s("--api-url"), url, s("--colour"), s("red")}).exitCode,
             ExitCode::UsageError);
    QCOMPARE(m_home->run({s("profile"), s("add"), s("x"), s("--api-url"), url}).exitCode, ExitCode::Success);
    const CliRunner::Run twice = m_home->run({s("profile"), s("add"), s("x"), s("--api-url"), url});
    QCOMPARE(twice.exitCode, ExitCode::UsageError);
    QVERIFY2(twice.err.contains(s("exists already")), qPrintable(twice.err));
    QCOMPARE(m_home->run({s("profile"), s("set"), s("x")}).exitCode, ExitCode::UsageError); // nothing to set
}

void TestProfileCommand::unknownProfileIsExit2Everywhere()
{
    const QString csv = m_home->write(s("u.csv"), "Email\nada@example.com\n");
    const QString url = m_sandbox->baseUrl().toString();
    const QList<QStringList> commands = {
        {s("profile"), s("show"), s("typo")},
        {s("profile"), s("set"), s("typo"), s("--app"), s("3")},
        {s("profile"), s("delete"), s("typo")},
        // With the key in the environment and every connection detail on the command line, a misspelt profile
        // used to sync through the default profile.
        {s("sync"), csv, s("--auto"), s("--profile"), s("typo"), s("--api-url"), url, s("--app-account"), s("4242")},
        {s("sync"), csv, s("--auto"), s("--profile"), s("typo"), s("--dry-run")},
        {s("key"), s("check"), s("--profile"), s("typo"), s("--api-url"), url},
        {s("key"), s("set"), s("--profile"), s("typo")},
        {s("job"), s("add"), s("j"), s("--profile"), s("typo"), s("--source"), csv, s("--auto")},
    };
    for (const QStringList& command : commands) {
        const CliRunner::Run run = m_home->run(command, key);
        QVERIFY2(run.exitCode == ExitCode::UsageError, qPrintable(command.join(u' ') + u'\n' + run.err));
        QVERIFY2(run.err.contains(s("no profile named \"typo\"")), qPrintable(run.err));
    }
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TestProfileCommand::emptyApiUrlIsExit2()
{
    const QString csv = m_home->write(s("u.csv"), "Email\nada@example.com\n");
    const CliRunner::Run sync =
        m_home->run({s("sync"), csv, s("--auto"), s("--api-url"), s(""), s("--app-account"), s("4242")}, key);
    QCOMPARE(sync.exitCode, ExitCode::UsageError);
    QVERIFY2(sync.err.contains(s("--api-url")), qPrintable(sync.err));
    QCOMPARE(m_home->run({s("key"), s("check"), s("--api-url"), s("")}, key).exitCode, ExitCode::UsageError);
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TestProfileCommand::keySetRefusesUnusedOptions()
{
    // `key set --api-url URL` used to store the key under the default profile and drop the URL.
    const CliRunner::Run run = m_home->run({s("key"), s("set"), s("--api-url"), m_sandbox->baseUrl().toString()});
    QCOMPARE(run.exitCode, ExitCode::UsageError);
    QVERIFY2(run.err.contains(s("does not take --api-url")), qPrintable(run.err));
    QCOMPARE(m_home->run({s("key"), s("delete"), s("--api-url"), s("https://x.example")}).exitCode,
             ExitCode::UsageError);
    QCOMPARE(QJsonDocument::fromJson(m_home->run({s("profile"), s("list"), s("--json")}).out.toUtf8()).array().size(),
             0); // nothing saved
}

QTEST_GUILESS_MAIN(TestProfileCommand)
#include "tst_profilecommand.moc"

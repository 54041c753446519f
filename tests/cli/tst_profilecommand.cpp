// torii-sync-cli profile, and the promise that an unknown profile name (or an empty --api-url) is exit 2
// before any traffic in every command, never a silent fall-back to the default (production) profile.
#include "clirunner.h"
#include "run/exitcode.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
    const QString key = QStringLiteral("tsk_PROFILE_test_key_77aa");
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
        {u"profile"_s, u"add"_s, u"acme"_s, u"--api-url"_s, url, u"--app"_s, u"77"_s, u"--app-account"_s, u"4242"_s});
    QVERIFY2(added.exitCode == ExitCode::Success, qPrintable(added.err));
    const CliRunner::Run list = m_home->run({u"profile"_s, u"list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, ExitCode::Success);
    const QJsonArray profiles = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(profiles.size(), 1);
    const QJsonObject acme = profiles.first().toObject();
    QCOMPARE(acme.value(u"name"_s).toString(), u"acme"_s);
    QCOMPARE(acme.value(u"apiUrl"_s).toString(), url);
    QCOMPARE(acme.value(u"appId"_s).toInt(), 77);
    QCOMPARE(acme.value(u"appAccountId"_s).toInt(), 4242);

    QCOMPARE(m_home->run({u"profile"_s, u"set"_s, u"acme"_s, u"--app-account"_s, u"5151"_s}).exitCode,
             ExitCode::Success);
    const CliRunner::Run shown = m_home->run({u"profile"_s, u"show"_s, u"acme"_s, u"--json"_s});
    QCOMPARE(shown.json().value(u"appAccountId"_s).toInt(), 5151);
    QCOMPARE(shown.json().value(u"appId"_s).toInt(), 77); // untouched by set

    // A sync through the profile uses its URL and app account.
    const QString csv = m_home->write(u"u.csv"_s, "Email\nada@example.com\n");
    QCOMPARE(m_home->run({u"profile"_s, u"set"_s, u"acme"_s, u"--app-account"_s, u"4242"_s}).exitCode,
             ExitCode::Success);
    QCOMPARE(m_home->run({u"sync"_s, csv, u"--auto"_s, u"--profile"_s, u"acme"_s}, key).exitCode, ExitCode::Success);
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);

    QCOMPARE(m_home->run({u"profile"_s, u"delete"_s, u"acme"_s}).exitCode, ExitCode::Success);
    QCOMPARE(QJsonDocument::fromJson(m_home->run({u"profile"_s, u"list"_s, u"--json"_s}).out.toUtf8()).array().size(),
             0);
}

// The profile's removal-guard thresholds are set from the command line and are what `diff`/`sync` apply
// when neither the flag nor the preset says otherwise.
void TestProfileCommand::removalGuardPerProfile()
{
    const QString url = m_sandbox->baseUrl().toString();
    const QStringList add {u"profile"_s,
                           u"add"_s,
                           u"acme"_s,
                           u"--api-url"_s,
                           url,
                           u"--app"_s,
                           QString::number(Sandbox::demoAppId),
                           u"--app-account"_s,
                           QString::number(Sandbox::demoAppAccountId)};
    QCOMPARE(m_home->run(QStringList(add) << u"--removal-guard"_s << u"101"_s).exitCode, ExitCode::UsageError);
    QCOMPARE(m_home->run(QStringList(add) << u"--removal-guard"_s << u"20,x"_s).exitCode, ExitCode::UsageError);
    const CliRunner::Run added = m_home->run(QStringList(add) << u"--removal-guard"_s << u"30"_s << u"--json"_s);
    QVERIFY2(added.exitCode == ExitCode::Success, qPrintable(added.err));
    QCOMPARE(added.json().value(u"removalGuard"_s).toObject().value(u"percent"_s).toInt(), 30);
    QCOMPARE(added.json().value(u"removalGuard"_s).toObject().value(u"minimum"_s).toInt(), 10); // the default kept

    // 40 active users, a file that keeps 30: 10 removals = 25 %, under the profile's 30 %.
    QList<SandboxDirectory::User> current;
    for (int i = 0; i < 40; ++i) {
        SandboxDirectory::User user;
        user.email = u"user%1@corp.example"_s.arg(i);
        current.append(user);
    }
    m_sandbox->directory().setUsers(Sandbox::demoAppAccountId, current);
    QByteArray rows = "Email\n";
    for (int i = 0; i < 30; ++i)
        rows += QByteArrayLiteral("user") + QByteArray::number(i) + "@corp.example\n";
    const QString csv = m_home->write(u"u.csv"_s, rows);
    const QStringList diff {u"diff"_s, csv, u"--auto"_s, u"--profile"_s, u"acme"_s, u"--json"_s};
    QCOMPARE(m_home->run(diff, key).exitCode, ExitCode::Success);
    // Tightened to 20 % (and 5 users), the same change is stopped.
    const CliRunner::Run set = m_home->run({u"profile"_s, u"set"_s, u"acme"_s, u"--removal-guard"_s, u"20,5"_s});
    QVERIFY2(set.exitCode == ExitCode::Success, qPrintable(set.err));
    QVERIFY2(set.out.contains(u"more than 20 % and at least 5 users"_s), qPrintable(set.out));
    const CliRunner::Run stopped = m_home->run(diff, key);
    QCOMPARE(stopped.exitCode, ExitCode::ValidationBlocked);
    QCOMPARE(stopped.json().value(u"blockedBy"_s).toString(), u"removals"_s);
    // The flag still wins over the profile.
    QCOMPARE(m_home->run(QStringList(diff) << u"--removal-guard"_s << u"50"_s, key).exitCode, ExitCode::Success);
}

void TestProfileCommand::addRefusesBadInput()
{
    const QString url = m_sandbox->baseUrl().toString();
    QCOMPARE(m_home->run({u"profile"_s, u"add"_s, u"x"_s}).exitCode, ExitCode::UsageError); // no URL
    QCOMPARE(m_home->run({u"profile"_s, u"add"_s, u"x"_s, u"--api-url"_s, u""_s}).exitCode, ExitCode::UsageError);
    QCOMPARE(m_home->run({u"profile"_s, u"add"_s, u"x"_s, u"--api-url"_s, u"http://torii.example/v1.0"_s}).exitCode,
             ExitCode::UsageError); // plain http off this computer
    QCOMPARE(m_home->run({u"profile"_s, u"add"_s, u"x"_s, u"--api-url"_s, url, u"--app-account"_s, u"-3"_s}).exitCode,
             ExitCode::UsageError);
    QCOMPARE(m_home->run({u"profile"_s, u"add"_s, u"x"_s, u"--api-url"_s, url, u"--colour"_s, u"red"_s}).exitCode,
             ExitCode::UsageError);
    QCOMPARE(m_home->run({u"profile"_s, u"add"_s, u"x"_s, u"--api-url"_s, url}).exitCode, ExitCode::Success);
    const CliRunner::Run twice = m_home->run({u"profile"_s, u"add"_s, u"x"_s, u"--api-url"_s, url});
    QCOMPARE(twice.exitCode, ExitCode::UsageError);
    QVERIFY2(twice.err.contains(u"exists already"_s), qPrintable(twice.err));
    QCOMPARE(m_home->run({u"profile"_s, u"set"_s, u"x"_s}).exitCode, ExitCode::UsageError); // nothing to set
}

void TestProfileCommand::unknownProfileIsExit2Everywhere()
{
    const QString csv = m_home->write(u"u.csv"_s, "Email\nada@example.com\n");
    const QString url = m_sandbox->baseUrl().toString();
    const QList<QStringList> commands = {
        {u"profile"_s, u"show"_s, u"typo"_s},
        {u"profile"_s, u"set"_s, u"typo"_s, u"--app"_s, u"3"_s},
        {u"profile"_s, u"delete"_s, u"typo"_s},
        // With the key in the environment and every connection detail on the command line, a misspelt profile
        // used to sync through the default profile.
        {u"sync"_s, csv, u"--auto"_s, u"--profile"_s, u"typo"_s, u"--api-url"_s, url, u"--app-account"_s, u"4242"_s},
        {u"sync"_s, csv, u"--auto"_s, u"--profile"_s, u"typo"_s, u"--dry-run"_s},
        {u"key"_s, u"check"_s, u"--profile"_s, u"typo"_s, u"--api-url"_s, url},
        {u"key"_s, u"set"_s, u"--profile"_s, u"typo"_s},
        {u"job"_s, u"add"_s, u"j"_s, u"--profile"_s, u"typo"_s, u"--source"_s, csv, u"--auto"_s},
    };
    for (const QStringList& command : commands) {
        const CliRunner::Run run = m_home->run(command, key);
        QVERIFY2(run.exitCode == ExitCode::UsageError, qPrintable(command.join(u' ') + u'\n' + run.err));
        QVERIFY2(run.err.contains(u"no profile named \"typo\""_s), qPrintable(run.err));
    }
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TestProfileCommand::emptyApiUrlIsExit2()
{
    const QString csv = m_home->write(u"u.csv"_s, "Email\nada@example.com\n");
    const CliRunner::Run sync =
        m_home->run({u"sync"_s, csv, u"--auto"_s, u"--api-url"_s, u""_s, u"--app-account"_s, u"4242"_s}, key);
    QCOMPARE(sync.exitCode, ExitCode::UsageError);
    QVERIFY2(sync.err.contains(u"--api-url"_s), qPrintable(sync.err));
    QCOMPARE(m_home->run({u"key"_s, u"check"_s, u"--api-url"_s, u""_s}, key).exitCode, ExitCode::UsageError);
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TestProfileCommand::keySetRefusesUnusedOptions()
{
    // `key set --api-url URL` used to store the key under the default profile and drop the URL.
    const CliRunner::Run run = m_home->run({u"key"_s, u"set"_s, u"--api-url"_s, m_sandbox->baseUrl().toString()});
    QCOMPARE(run.exitCode, ExitCode::UsageError);
    QVERIFY2(run.err.contains(u"does not take --api-url"_s), qPrintable(run.err));
    QCOMPARE(m_home->run({u"key"_s, u"delete"_s, u"--api-url"_s, u"https://x.example"_s}).exitCode,
             ExitCode::UsageError);
    QCOMPARE(QJsonDocument::fromJson(m_home->run({u"profile"_s, u"list"_s, u"--json"_s}).out.toUtf8()).array().size(),
             0); // nothing saved
}

QTEST_GUILESS_MAIN(TestProfileCommand)
#include "tst_profilecommand.moc"

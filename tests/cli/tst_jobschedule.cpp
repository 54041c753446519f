// torii-sync-cli job schedule on Linux: the systemd user units are written under $XDG_CONFIG_HOME/systemd/user
// with the right content (and pass `systemd-analyze verify` where it exists), systemctl --user is asked to
// reload and enable the timer (a recording stand-in on PATH, so the test never touches a real user manager),
// and without a reachable manager the files stay and the message says how to enable them.
#include "clirunner.h"
#include "run/exitcode.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace
{
    QString s(const char* text)
    {
        return QString::fromLatin1(text);
    }
} // namespace

class TestJobSchedule : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void dailyTimerIsWrittenAndEnabled();
    void weeklyAndOff();
    void withoutUserManagerFilesStay();
    void badSchedulesAreRefused();

private:
    [[nodiscard]] QString unitPath(const QString& name) const;
    [[nodiscard]] QStringList systemctlCalls() const;
    std::unique_ptr<CliRunner> m_home;
};

void TestJobSchedule::init()
{
    m_home = std::make_unique<CliRunner>();
    // A stand-in systemctl that records its arguments and succeeds.
    const QString bin = m_home->path(s("bin"));
    QVERIFY(QDir().mkpath(bin));
    const QString fake = m_home->write(
        s("bin/systemctl"),
        QStringLiteral("#!/bin/sh\necho \"$*\" >> '%1'\nexit 0\n").arg(m_home->path(s("calls"))).toUtf8());
    QVERIFY(QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_home->setEnvironment(s("PATH"), bin + u':' + qEnvironmentVariable("PATH"));
    QCOMPARE(m_home->run({s("profile"), s("add"), s("p"), s("--api-url"), s("http://127.0.0.1:9/v1.0")}).exitCode,
             ExitCode::Success);
    const QString csv = m_home->write(s("u.csv"), "Email\nada@example.com\n");
    QCOMPARE(
        m_home->run({s("job"), s("add"), s("okta"), s("--profile"), s("p"), s("--source"), csv, s("--auto")}).exitCode,
        ExitCode::Success);
}

QString TestJobSchedule::unitPath(const QString& name) const
{
    return m_home->path(s("config/systemd/user/") + name);
}

QStringList TestJobSchedule::systemctlCalls() const
{
    QFile file(m_home->path(s("calls")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

void TestJobSchedule::dailyTimerIsWrittenAndEnabled()
{
    const CliRunner::Run run = m_home->run({s("job"), s("schedule"), s("okta"), s("--daily"), s("02:30")});
    QVERIFY2(run.exitCode == ExitCode::Success, qPrintable(run.err));
    QVERIFY2(run.out.contains(s("enabled")), qPrintable(run.out));
    QFile timer(unitPath(s("torii-sync-job-okta.timer")));
    QFile service(unitPath(s("torii-sync-job-okta.service")));
    QVERIFY(timer.open(QIODevice::ReadOnly) && service.open(QIODevice::ReadOnly));
    const QString timerText = QString::fromUtf8(timer.readAll());
    const QString serviceText = QString::fromUtf8(service.readAll());
    QVERIFY(timerText.contains(s("\nOnCalendar=*-*-* 02:30:00\n")));
    QVERIFY(timerText.contains(s("\nUnit=torii-sync-job-okta.service\n")));
    QVERIFY2(serviceText.contains(QStringLiteral("\nExecStart=\"%1\" job run okta\n").arg(s(TORIISYNC_CLI))),
             qPrintable(serviceText));
    QCOMPARE(systemctlCalls(),
             QStringList({s("--user daemon-reload"), s("--user enable --now torii-sync-job-okta.timer")}));
    // The job remembers its schedule.
    QVERIFY(m_home->run({s("job"), s("show"), s("okta")}).out.contains(s("daily 02:30")));

    const QString analyze = QStandardPaths::findExecutable(s("systemd-analyze"));
    if (analyze.isEmpty())
        return;
    QProcess verify;
    verify.start(analyze, {s("verify"), timer.fileName(), service.fileName()});
    QVERIFY(verify.waitForFinished(60000));
    const QString said = QString::fromLocal8Bit(verify.readAllStandardError() + verify.readAllStandardOutput());
    // Without a running user manager verify may still complain about the environment; the units themselves
    // must draw no complaint.
    QVERIFY2(!said.contains(s("torii-sync-job-okta")) || verify.exitCode() == 0, qPrintable(said));
}

void TestJobSchedule::weeklyAndOff()
{
    QCOMPARE(m_home->run({s("job"), s("schedule"), s("okta"), s("--weekly"), s("friday"), s("18:05")}).exitCode,
             ExitCode::Success);
    QFile timer(unitPath(s("torii-sync-job-okta.timer")));
    QVERIFY(timer.open(QIODevice::ReadOnly));
    QVERIFY(timer.readAll().contains("\nOnCalendar=Fri *-*-* 18:05:00\n"));
    timer.close();
    const CliRunner::Run off = m_home->run({s("job"), s("schedule"), s("okta"), s("--off")});
    QCOMPARE(off.exitCode, ExitCode::Success);
    QVERIFY(!QFile::exists(unitPath(s("torii-sync-job-okta.timer"))));
    QVERIFY(!QFile::exists(unitPath(s("torii-sync-job-okta.service"))));
    QVERIFY(systemctlCalls().contains(s("--user disable --now torii-sync-job-okta.timer")));
    QVERIFY(m_home->run({s("job"), s("show"), s("okta")}).out.contains(s("schedule  off")));
    // Deleting a scheduled job takes its timer away too.
    QCOMPARE(m_home->run({s("job"), s("schedule"), s("okta"), s("--daily"), s("01:00")}).exitCode, ExitCode::Success);
    QCOMPARE(m_home->run({s("job"), s("delete"), s("okta")}).exitCode, ExitCode::Success);
    QVERIFY(!QFile::exists(unitPath(s("torii-sync-job-okta.timer"))));
}

void TestJobSchedule::withoutUserManagerFilesStay()
{
    // A systemctl that cannot reach a user manager, as on a server without a login session.
    m_home->write(s("bin/systemctl"), "#!/bin/sh\necho 'Failed to connect to bus: No medium found' >&2\nexit 1\n");
    const CliRunner::Run run = m_home->run({s("job"), s("schedule"), s("okta"), s("--daily"), s("03:00")});
    QCOMPARE(run.exitCode, ExitCode::Success);
    QVERIFY(QFile::exists(unitPath(s("torii-sync-job-okta.timer"))));
    QVERIFY2(run.out.contains(s("systemctl --user enable --now torii-sync-job-okta.timer")), qPrintable(run.out));
    QVERIFY(run.out.contains(s("Failed to connect to bus")));
}

void TestJobSchedule::badSchedulesAreRefused()
{
    for (const QStringList& args : {QStringList {s("--daily"), s("24:00")}, QStringList {s("--daily")},
                                    QStringList {s("--weekly"), s("Funday"), s("10:00")},
                                    QStringList {s("--weekly"), s("10:00")}, QStringList {s("--hourly")}}) {
        QCOMPARE(m_home->run(QStringList {s("job"), s("schedule"), s("okta")} + args).exitCode, ExitCode::UsageError);
    }
    QCOMPARE(m_home->run({s("job"), s("schedule"), s("nope"), s("--daily"), s("01:00")}).exitCode,
             ExitCode::UsageError);
    QVERIFY(!QFile::exists(unitPath(s("torii-sync-job-okta.timer"))));
    QVERIFY(systemctlCalls().isEmpty());
}

QTEST_GUILESS_MAIN(TestJobSchedule)
#include "tst_jobschedule.moc"

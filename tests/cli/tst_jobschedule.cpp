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

using namespace Qt::StringLiterals;

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
    const QString bin = m_home->path(u"bin"_s);
    QVERIFY(QDir().mkpath(bin));
    const QString fake = m_home->write(
        u"bin/systemctl"_s,
        QStringLiteral("#!/bin/sh\necho \"$*\" >> '%1'\nexit 0\n").arg(m_home->path(u"calls"_s)).toUtf8());
    QVERIFY(QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_home->setEnvironment(u"PATH"_s, bin + u':' + qEnvironmentVariable("PATH"));
    QCOMPARE(m_home->run({u"profile"_s, u"add"_s, u"p"_s, u"--api-url"_s, u"http://127.0.0.1:9/v1.0"_s}).exitCode,
             ExitCode::Success);
    const QString csv = m_home->write(u"u.csv"_s, "Email\nada@example.com\n");
    QCOMPARE(
        m_home->run({u"job"_s, u"add"_s, u"okta"_s, u"--profile"_s, u"p"_s, u"--source"_s, csv, u"--auto"_s}).exitCode,
        ExitCode::Success);
}

QString TestJobSchedule::unitPath(const QString& name) const
{
    return m_home->path(u"config/systemd/user/"_s + name);
}

QStringList TestJobSchedule::systemctlCalls() const
{
    QFile file(m_home->path(u"calls"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

void TestJobSchedule::dailyTimerIsWrittenAndEnabled()
{
    const CliRunner::Run run = m_home->run({u"job"_s, u"schedule"_s, u"okta"_s, u"--daily"_s, u"02:30"_s});
    QVERIFY2(run.exitCode == ExitCode::Success, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"enabled"_s), qPrintable(run.out));
    QFile timer(unitPath(u"torii-sync-job-okta.timer"_s));
    QFile service(unitPath(u"torii-sync-job-okta.service"_s));
    QVERIFY(timer.open(QIODevice::ReadOnly) && service.open(QIODevice::ReadOnly));
    const QString timerText = QString::fromUtf8(timer.readAll());
    const QString serviceText = QString::fromUtf8(service.readAll());
    QVERIFY(timerText.contains(u"\nOnCalendar=*-*-* 02:30:00\n"_s));
    QVERIFY(timerText.contains(u"\nUnit=torii-sync-job-okta.service\n"_s));
    QVERIFY2(
        serviceText.contains(QStringLiteral("\nExecStart=\"%1\" job run okta\n").arg(QStringLiteral(TORIISYNC_CLI))),
        qPrintable(serviceText));
    QCOMPARE(systemctlCalls(),
             QStringList({u"--user daemon-reload"_s, u"--user enable --now torii-sync-job-okta.timer"_s}));
    // The job remembers its schedule.
    QVERIFY(m_home->run({u"job"_s, u"show"_s, u"okta"_s}).out.contains(u"daily 02:30"_s));

    const QString analyze = QStandardPaths::findExecutable(u"systemd-analyze"_s);
    if (analyze.isEmpty())
        return;
    QProcess verify;
    verify.start(analyze, {u"verify"_s, timer.fileName(), service.fileName()});
    QVERIFY(verify.waitForFinished(60000));
    const QString said = QString::fromLocal8Bit(verify.readAllStandardError() + verify.readAllStandardOutput());
    // Without a running user manager verify may still complain about the environment; the units themselves
    // must draw no complaint.
    QVERIFY2(!said.contains(u"torii-sync-job-okta"_s) || verify.exitCode() == 0, qPrintable(said));
}

void TestJobSchedule::weeklyAndOff()
{
    QCOMPARE(m_home->run({u"job"_s, u"schedule"_s, u"okta"_s, u"--weekly"_s, u"friday"_s, u"18:05"_s}).exitCode,
             ExitCode::Success);
    QFile timer(unitPath(u"torii-sync-job-okta.timer"_s));
    QVERIFY(timer.open(QIODevice::ReadOnly));
    QVERIFY(timer.readAll().contains("\nOnCalendar=Fri *-*-* 18:05:00\n"));
    timer.close();
    const CliRunner::Run off = m_home->run({u"job"_s, u"schedule"_s, u"okta"_s, u"--off"_s});
    QCOMPARE(off.exitCode, ExitCode::Success);
    QVERIFY(!QFile::exists(unitPath(u"torii-sync-job-okta.timer"_s)));
    QVERIFY(!QFile::exists(unitPath(u"torii-sync-job-okta.service"_s)));
    QVERIFY(systemctlCalls().contains(u"--user disable --now torii-sync-job-okta.timer"_s));
    QVERIFY(m_home->run({u"job"_s, u"show"_s, u"okta"_s}).out.contains(u"schedule  off"_s));
    // Deleting a scheduled job takes its timer away too.
    QCOMPARE(m_home->run({u"job"_s, u"schedule"_s, u"okta"_s, u"--daily"_s, u"01:00"_s}).exitCode, ExitCode::Success);
    QCOMPARE(m_home->run({u"job"_s, u"delete"_s, u"okta"_s}).exitCode, ExitCode::Success);
    QVERIFY(!QFile::exists(unitPath(u"torii-sync-job-okta.timer"_s)));
}

void TestJobSchedule::withoutUserManagerFilesStay()
{
    // A systemctl that cannot reach a user manager, as on a server without a login session.
    m_home->write(u"bin/systemctl"_s, "#!/bin/sh\necho 'Failed to connect to bus: No medium found' >&2\nexit 1\n");
    const CliRunner::Run run = m_home->run({u"job"_s, u"schedule"_s, u"okta"_s, u"--daily"_s, u"03:00"_s});
    QCOMPARE(run.exitCode, ExitCode::Success);
    QVERIFY(QFile::exists(unitPath(u"torii-sync-job-okta.timer"_s)));
    QVERIFY2(run.out.contains(u"systemctl --user enable --now torii-sync-job-okta.timer"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Failed to connect to bus"_s));
}

void TestJobSchedule::badSchedulesAreRefused()
{
    for (const QStringList& args : {QStringList {u"--daily"_s, u"24:00"_s}, QStringList {u"--daily"_s},
                                    QStringList {u"--weekly"_s, u"Funday"_s, u"10:00"_s},
                                    QStringList {u"--weekly"_s, u"10:00"_s}, QStringList {u"--hourly"_s}}) {
        QCOMPARE(m_home->run(QStringList {u"job"_s, u"schedule"_s, u"okta"_s} + args).exitCode, ExitCode::UsageError);
    }
    QCOMPARE(m_home->run({u"job"_s, u"schedule"_s, u"nope"_s, u"--daily"_s, u"01:00"_s}).exitCode,
             ExitCode::UsageError);
    QVERIFY(!QFile::exists(unitPath(u"torii-sync-job-okta.timer"_s)));
    QVERIFY(systemctlCalls().isEmpty());
}

QTEST_GUILESS_MAIN(TestJobSchedule)
#include "tst_jobschedule.moc"

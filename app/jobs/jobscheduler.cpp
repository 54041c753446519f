#include "jobs/jobscheduler.h"

#include "jobs/jobschedule.h"
#include "jobs/jobschedulefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

namespace
{
    bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
    {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
            return true;
        *error = JobScheduler::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }

    // Runs a scheduler tool; empty when it succeeded, else what it said (or that it is missing).
    QString runTool(const QString& program, const QStringList& arguments)
    {
        const QString found = QStandardPaths::findExecutable(program);
        if (found.isEmpty())
            return JobScheduler::tr("%1 was not found").arg(program);
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(found, arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return JobScheduler::tr("%1 did not finish").arg(program);
        }
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
            return {};
        const QString said = QString::fromLocal8Bit(process.readAll()).trimmed();
        return said.isEmpty() ? JobScheduler::tr("%1 failed").arg(program) : said;
    }
} // namespace

QString JobScheduler::systemdUserDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/systemd/user");
}

JobScheduler::Result JobScheduler::apply(const QString& jobName, const JobSchedule& schedule, const QString& cliPath)
{
#if defined(Q_OS_WIN)
    return applyWindows(jobName, schedule, cliPath);
#elif defined(Q_OS_MACOS)
    return applyLaunchd(jobName, schedule, cliPath);
#else
    return applySystemd(jobName, schedule, cliPath);
#endif
}

JobScheduler::Result JobScheduler::applySystemd(const QString& jobName, const JobSchedule& schedule,
                                                const QString& cliPath)
{
    Result result;
    const QDir dir(systemdUserDirectory());
    const QString base = JobScheduleFiles::unitBaseName(jobName);
    const QString timer = base + QStringLiteral(".timer");
    const QString service = dir.filePath(base + QStringLiteral(".service"));
    result.files = {service, dir.filePath(timer)};
    const QString systemctl = QStringLiteral("systemctl");
    if (!schedule.isOn()) {
        // Stop first (the unit must still exist for that); a manager that is not running has nothing to stop.
        const QString stopped =
            runTool(systemctl, {QStringLiteral("--user"), QStringLiteral("disable"), QStringLiteral("--now"), timer});
        for (const QString& file : std::as_const(result.files)) {
            if (QFile::exists(file) && !QFile::remove(file)) {
                result.message = tr("cannot remove %1").arg(QDir::toNativeSeparators(file));
                return result;
            }
        }
        (void)runTool(systemctl, {QStringLiteral("--user"), QStringLiteral("daemon-reload")});
        result.status = stopped.isEmpty() ? Status::Enabled : Status::WrittenNotActive;
        result.message = stopped.isEmpty() ? tr("Schedule removed: %1 is stopped and its files are deleted.").arg(timer)
                                           : tr("Schedule files deleted. systemd could not be asked to stop %1 (%2); "
                                                "if it was running, run: systemctl --user disable --now %1")
                                                 .arg(timer, stopped);
        return result;
    }
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        result.message = tr("cannot create %1").arg(QDir::toNativeSeparators(dir.path()));
        return result;
    }
    if (!writeFile(service, JobScheduleFiles::systemdService(jobName, cliPath), &result.message) ||
        !writeFile(dir.filePath(timer), JobScheduleFiles::systemdTimer(jobName, schedule), &result.message))
        return result;
    QString problem = runTool(systemctl, {QStringLiteral("--user"), QStringLiteral("daemon-reload")});
    if (problem.isEmpty())
        problem =
            runTool(systemctl, {QStringLiteral("--user"), QStringLiteral("enable"), QStringLiteral("--now"), timer});
    if (problem.isEmpty()) {
        result.status = Status::Enabled;
        result.message =
            tr("Scheduled %1: timer %2 is enabled (see 'systemctl --user list-timers').").arg(schedule.toText(), timer);
    } else {
        result.status = Status::WrittenNotActive;
        result.message = tr("The timer files are written to %1, but no systemd user manager answered (%2). Enable "
                            "them in a login session with: systemctl --user daemon-reload && systemctl --user enable "
                            "--now %3")
                             .arg(QDir::toNativeSeparators(dir.path()), problem, timer);
    }
    return result;
}

JobScheduler::Result JobScheduler::applyWindows(const QString& jobName, const JobSchedule& schedule,
                                                const QString& cliPath)
{
    Result result;
    const QString task = QStringLiteral("Torii Sync\\") + jobName;
    if (!schedule.isOn()) {
        const QString problem = runTool(QStringLiteral("schtasks"),
                                        {QStringLiteral("/Delete"), QStringLiteral("/TN"), task, QStringLiteral("/F")});
        result.status = problem.isEmpty() ? Status::Enabled : Status::Failed;
        result.message = problem.isEmpty() ? tr("Schedule removed: task \"%1\" deleted.").arg(task) : problem;
        return result;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/jobs");
    const QString xml = QDir(dir).filePath(jobName + QStringLiteral(".task.xml"));
    result.files = {xml};
    if (!QDir().mkpath(dir) ||
        !writeFile(xml, JobScheduleFiles::taskSchedulerXml(jobName, schedule, cliPath), &result.message))
        return result;
    const QString problem = runTool(
        QStringLiteral("schtasks"),
        {QStringLiteral("/Create"), QStringLiteral("/TN"), task, QStringLiteral("/XML"), xml, QStringLiteral("/F")});
    result.status = problem.isEmpty() ? Status::Enabled : Status::WrittenNotActive;
    result.message = problem.isEmpty()
        ? tr("Scheduled %1: Task Scheduler task \"%2\".").arg(schedule.toText(), task)
        : tr("The task definition is written to %1 (%2). Create it with: schtasks /Create /TN \"%3\" /XML \"%1\"")
              .arg(QDir::toNativeSeparators(xml), problem, task);
    return result;
}

JobScheduler::Result JobScheduler::applyLaunchd(const QString& jobName, const JobSchedule& schedule,
                                                const QString& cliPath)
{
    Result result;
    const QString plist = QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") +
        JobScheduleFiles::launchdLabel(jobName) + QStringLiteral(".plist");
    result.files = {plist};
    const QString launchctl = QStringLiteral("launchctl");
    if (QFile::exists(plist))
        (void)runTool(launchctl, {QStringLiteral("unload"), QStringLiteral("-w"), plist});
    if (!schedule.isOn()) {
        result.status = QFile::exists(plist) && !QFile::remove(plist) ? Status::Failed : Status::Enabled;
        result.message = result.status == Status::Enabled ? tr("Schedule removed: %1 deleted.").arg(plist)
                                                          : tr("cannot remove %1").arg(plist);
        return result;
    }
    if (!QDir().mkpath(QFileInfo(plist).absolutePath()) ||
        !writeFile(plist, JobScheduleFiles::launchdPlist(jobName, schedule, cliPath), &result.message))
        return result;
    const QString problem = runTool(launchctl, {QStringLiteral("load"), QStringLiteral("-w"), plist});
    result.status = problem.isEmpty() ? Status::Enabled : Status::WrittenNotActive;
    result.message = problem.isEmpty() ? tr("Scheduled %1: launchd agent %2.").arg(schedule.toText(), plist)
                                       : tr("The launchd agent is written to %1 (%2). Load it with: launchctl load -w "
                                            "\"%1\"")
                                             .arg(plist, problem);
    return result;
}

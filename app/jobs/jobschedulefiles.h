#pragma once

#include <QByteArray>
#include <QString>

struct JobSchedule;

// The text of the operating system's schedule definitions for one job (`torii-sync-cli job run NAME` at the
// job's time): a systemd user service + timer on Linux, a Task Scheduler task on Windows, a launchd agent on
// macOS. Pure functions, so their content is tested on every platform; JobScheduler writes and enables them.
// Job names are restricted (Job::checkName) to characters that need no quoting in any of these formats.
namespace JobScheduleFiles
{
    [[nodiscard]] QString unitBaseName(const QString& jobName);         // torii-sync-job-NAME
    [[nodiscard]] QString launchdLabel(const QString& jobName);         // com.toriisync.job.NAME
    [[nodiscard]] QString systemdCalendar(const JobSchedule& schedule); // "*-*-* 02:30:00", "Mon *-*-* 02:30:00"
    [[nodiscard]] QByteArray systemdService(const QString& jobName, const QString& cliPath);
    [[nodiscard]] QByteArray systemdTimer(const QString& jobName, const JobSchedule& schedule);
    // UTF-16LE with a byte order mark, as schtasks /Create /XML expects.
    [[nodiscard]] QByteArray taskSchedulerXml(const QString& jobName, const JobSchedule& schedule,
                                              const QString& cliPath);
    [[nodiscard]] QByteArray launchdPlist(const QString& jobName, const JobSchedule& schedule, const QString& cliPath);
} // namespace JobScheduleFiles

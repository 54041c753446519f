#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct JobSchedule;

// Puts a job's schedule into the operating system (or takes it out, for JobSchedule::Kind::Off):
// Linux: a systemd user service + timer under $XDG_CONFIG_HOME/systemd/user, then `systemctl --user
// daemon-reload` and `enable --now` the timer. Where no user manager answers, the files stay and the message
// says how to enable them. Windows: a Task Scheduler task (schtasks /Create /XML); macOS: a launchd agent in
// ~/Library/LaunchAgents (launchctl load -w). The Windows and macOS paths are generated, not tested here.
class JobScheduler
{
    Q_DECLARE_TR_FUNCTIONS(JobScheduler)

public:
    enum class Status
    {
        Enabled,          // written and active (or removed and inactive, for Off)
        WrittenNotActive, // the files are there, the scheduler could not be reached: message says what to run
        Failed,           // nothing usable was written: message says why
    };
    struct Result
    {
        Status status = Status::Failed;
        QStringList files; // what was written (or removed)
        QString message;
    };

    // cliPath: the torii-sync-cli the schedule runs (normally this program).
    [[nodiscard]] static Result apply(const QString& jobName, const JobSchedule& schedule, const QString& cliPath);
    // Where the systemd user units go: $XDG_CONFIG_HOME/systemd/user (~/.config/systemd/user).
    [[nodiscard]] static QString systemdUserDirectory();

private:
    [[nodiscard]] static Result applySystemd(const QString& jobName, const JobSchedule& schedule,
                                             const QString& cliPath);
    [[nodiscard]] static Result applyWindows(const QString& jobName, const JobSchedule& schedule,
                                             const QString& cliPath);
    [[nodiscard]] static Result applyLaunchd(const QString& jobName, const JobSchedule& schedule,
                                             const QString& cliPath);
};

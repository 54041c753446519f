#include "cli/jobcommand.h"

#include "cli/console.h"
#include "cli/interruptguard.h"
#include "cli/jobarguments.h"
#include "cli/jobsync.h"
#include "history/historystore.h"
#include "jobs/jobrunner.h"
#include "jobs/jobscheduler.h"
#include "jobs/jobstore.h"
#include "profiles/profilestore.h"
#include "run/exitcode.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

QString JobCommand::name() const
{
    return QStringLiteral("job");
}

QString JobCommand::summary() const
{
    return tr("saved, repeatable syncs: add, run, run --all, schedule");
}

QString JobCommand::usage() const
{
    return tr("Usage: torii-sync-cli job add NAME --profile P --source FILE|FOLDER [--pattern GLOB]\n"
              "                            (--preset P | --auto) [--policy limit|block|skip]\n"
              "                            [--max-invalid PERCENT] [--allow-removals N|all]\n"
              "                            [--webhook URL [--notify-success]] [--json]\n"
              "       torii-sync-cli job edit NAME [the same options] [--no-webhook] [--json]\n"
              "       torii-sync-cli job list|show NAME [--json]\n"
              "       torii-sync-cli job delete NAME\n"
              "       torii-sync-cli job run NAME|--all [--json]\n"
              "       torii-sync-cli job schedule NAME --daily HH:MM | --weekly DAY HH:MM | --off\n"
              "\n"
              "A job is a saved sync: a profile, a source (a file, or a FOLDER whose newest file matching --pattern\n"
              "is taken), a preset or --auto, the invalid-row policy and guard thresholds, and an optional\n"
              "incoming-webhook URL (Slack or Teams) told about failures, guard stops and unknown outcomes (and\n"
              "successes with --notify-success). Jobs are JSON files in the application data folder; no key.\n"
              "run: a source with the same SHA-256 as the job's last accepted sync is not sent again (exit 0,\n"
              "outcome \"unchanged\"). --all runs every job one after another, prints a summary table (job, file,\n"
              "users, removals, outcome, Torii file id, duration) and exits with the worst exit code.\n"
              "schedule: a systemd user timer on Linux (Task Scheduler on Windows, launchd on macOS) that runs\n"
              "'job run NAME' in local time; DAY is Mon..Sun. --off removes it.\n"
              "Exit codes: as for sync; 2 also for an unknown job or profile or a missing source.\n");
}

int JobCommand::run(const QStringList& arguments, Console& console)
{
    static const QStringList actions = {QStringLiteral("add"),     QStringLiteral("edit"),   QStringLiteral("list"),
                                        QStringLiteral("show"),    QStringLiteral("delete"), QStringLiteral("run"),
                                        QStringLiteral("schedule")};
    const QString action = arguments.value(0);
    if (!actions.contains(action))
        return console.fail(ExitCode::UsageError, tr("job needs add, edit, list, show, delete, run or schedule"));
    const QStringList rest = arguments.mid(1);
    if (action == u"list") {
        if (!rest.isEmpty() && rest != QStringList {QStringLiteral("--json")})
            return console.fail(ExitCode::UsageError, tr("job list takes only --json"));
        return list(!rest.isEmpty(), console);
    }
    if (action == u"run")
        return runJobs(rest, console);
    const QString name = rest.value(0);
    if (name.isEmpty() || name.startsWith(QLatin1String("--")))
        return console.fail(ExitCode::UsageError, tr("job %1 needs a job NAME").arg(action));
    if (const QString problem = Job::checkName(name); !problem.isEmpty())
        return console.fail(ExitCode::UsageError, problem);
    if (action == u"add" || action == u"edit")
        return addOrEdit(action, name, rest.mid(1), console);
    if (action == u"schedule")
        return schedule(name, rest.mid(1), console);
    const JobStore store;
    QString error;
    const std::optional<Job> job = store.load(name, &error);
    if (!job)
        return console.fail(ExitCode::UsageError, error);
    if (action == u"delete") {
        if (rest.size() > 1)
            return console.fail(ExitCode::UsageError, tr("job delete takes only NAME"));
        if (job->schedule.isOn()) {
            const JobScheduler::Result off = JobScheduler::apply(name, JobSchedule {}, QString());
            console.err() << off.message << '\n';
        }
        if (!store.remove(name, &error))
            return console.fail(ExitCode::UsageError, error);
        console.out() << tr("Job \"%1\" deleted.").arg(name) << '\n';
        return ExitCode::Success;
    }
    if (rest.size() > 2 || (rest.size() == 2 && rest.at(1) != u"--json"))
        return console.fail(ExitCode::UsageError, tr("job show takes NAME and --json"));
    if (rest.size() == 2)
        console.out() << job->toJsonBytes();
    else
        printJob(*job, console);
    return ExitCode::Success;
}

int JobCommand::addOrEdit(const QString& action, const QString& name, const QStringList& rest, Console& console)
{
    const JobStore store;
    QString error;
    Job job;
    if (action == u"edit") {
        std::optional<Job> stored = store.load(name, &error);
        if (!stored)
            return console.fail(ExitCode::UsageError, error);
        job = *stored;
    } else if (store.exists(name)) {
        return console.fail(ExitCode::UsageError,
                            tr("a job named \"%1\" exists already (change it with 'job edit')").arg(name));
    } else if (rest.contains(QStringLiteral("--auto")) == rest.contains(QStringLiteral("--preset"))) {
        return console.fail(ExitCode::UsageError, tr("job add needs exactly one of --preset or --auto"));
    }
    if (rest.contains(QStringLiteral("--auto")) && rest.contains(QStringLiteral("--preset")))
        return console.fail(ExitCode::UsageError, tr("give --preset or --auto, not both"));
    job.name = name;
    bool json = false;
    if (const QString problem = JobArguments::apply(rest, &job, &json); !problem.isEmpty())
        return console.fail(ExitCode::UsageError, problem);
    // A folder source given without a new pattern on edit: the old pattern stays, a new file source drops it.
    if (action == u"edit" && rest.contains(QStringLiteral("--source")) && !rest.contains(QStringLiteral("--pattern")) &&
        QFileInfo(job.sourcePath).isFile())
        job.pattern.clear();
    const ProfileStore profiles(nullptr); // names and URLs only: no keychain needed
    if (const QString problem = JobArguments::checkUsable(job, profiles); !problem.isEmpty())
        return console.fail(ExitCode::UsageError, problem);
    if (!store.save(job, &error))
        return console.fail(ExitCode::UsageError, error);
    if (json) {
        console.out() << job.toJsonBytes();
    } else {
        console.out() << (action == u"add" ? tr("Job \"%1\" saved in %2.") : tr("Job \"%1\" changed in %2."))
                             .arg(name, QDir::toNativeSeparators(store.pathFor(name)))
                      << '\n';
        printJob(job, console);
    }
    return ExitCode::Success;
}

int JobCommand::list(bool json, Console& console)
{
    QStringList warnings;
    const QList<Job> jobs = JobStore().list(&warnings);
    for (const QString& warning : std::as_const(warnings))
        console.err() << tr("warning: %1").arg(warning) << '\n';
    HistoryStore history;
    if (json) {
        QJsonArray array;
        for (const Job& job : jobs) {
            QJsonObject object = job.toJson();
            const QList<HistoryRecord> last = history.runs(HistoryFilter {job.name, {}, {}, {}, {}, 1});
            object.insert(QStringLiteral("lastRun"), last.isEmpty() ? QJsonValue() : QJsonValue(last.first().toJson()));
            array.append(object);
        }
        console.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    if (jobs.isEmpty())
        console.out() << tr("No jobs yet: add one with 'torii-sync-cli job add' (see job --help).") << '\n';
    for (const Job& job : jobs) {
        const QList<HistoryRecord> last = history.runs(HistoryFilter {job.name, {}, {}, {}, {}, 1});
        console.out() << QStringLiteral("%1  %2  %3  %4\n")
                             .arg(job.name, -20)
                             .arg(job.profile, -12)
                             .arg(job.schedule.toText(), -18)
                             .arg(last.isEmpty() ? tr("never run")
                                                 : tr("last: #%1 %2 %3")
                                                       .arg(last.first().id)
                                                       .arg(RunStates::key(last.first().outcome),
                                                            last.first().started.toLocalTime().toString(
                                                                QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    return ExitCode::Success;
}

void JobCommand::printJob(const Job& job, Console& console)
{
    const QString none = tr("none");
    console.out() << tr("job %1\n  profile   %2\n  source    %3\n  preset    %4\n  policy    %5\n"
                        "  guards    max invalid %6, removals allowed %7\n  webhook   %8\n  schedule  %9\n")
                         .arg(job.name, job.profile,
                              job.isFolderSource()
                                  ? tr("newest %1 in %2").arg(job.pattern, QDir::toNativeSeparators(job.sourcePath))
                                  : QDir::toNativeSeparators(job.sourcePath),
                              job.autoMatch() ? tr("auto-match") : job.preset,
                              job.policy.isEmpty() ? tr("the preset's") : job.policy,
                              job.maxInvalidPercent == Job::NotSet ? none
                                                                   : QStringLiteral("%1%").arg(job.maxInvalidPercent),
                              job.allowRemovals == Job::NotSet                   ? none
                                  : job.allowRemovals == Job::AllRemovalsAllowed ? tr("all")
                                                                                 : QString::number(job.allowRemovals),
                              // The webhook URL is a capability: its host is enough to recognise it.
                              job.webhook.isEmpty()
                                  ? none
                                  : job.webhook.host() + (job.notifyOnSuccess ? tr(" (also on success)") : QString()),
                              job.schedule.toText());
}

int JobCommand::runJobs(const QStringList& rest, Console& console)
{
    const bool json = rest.contains(QStringLiteral("--json"));
    const bool all = rest.contains(QStringLiteral("--all"));
    QStringList names = rest;
    names.removeAll(QStringLiteral("--json"));
    names.removeAll(QStringLiteral("--all"));
    if (all == !names.isEmpty() || names.size() > 1 || (!names.isEmpty() && names.first().startsWith(u'-')))
        return console.fail(ExitCode::UsageError, tr("job run needs one job NAME or --all"));
    const JobStore store;
    QList<Job> jobs;
    QStringList warnings;
    if (all) {
        jobs = store.list(&warnings);
        // A job file that cannot be read is a failed job of the batch, not a silent gap.
        for (const QString& warning : std::as_const(warnings))
            console.err() << tr("warning: %1").arg(warning) << '\n';
        if (jobs.isEmpty() && warnings.isEmpty()) {
            console.err() << tr("No jobs to run.") << '\n';
            return ExitCode::Success;
        }
        if (!warnings.isEmpty() && jobs.isEmpty())
            return ExitCode::UsageError;
    } else {
        QString error;
        std::optional<Job> job = store.load(names.first(), &error);
        if (!job)
            return console.fail(ExitCode::UsageError, error);
        jobs.append(*job);
    }
    const InterruptGuard interruptGuard;
    HistoryStore history;
    JobRunner runner(
        &history,
        [&console](const JobRunner::SyncRequest& request) {
            console.err() << tr("== job %1: %2").arg(request.jobName, QDir::toNativeSeparators(request.sourcePath))
                          << Qt::endl;
            return JobSync::run(request, console);
        },
        [&console](const QString& line) { console.err() << line << Qt::endl; });
    const QList<JobRunReport> reports = runner.runAll(jobs, &InterruptGuard::flag());
    int exitCode = JobRunner::worstExitCode(reports);
    if (!warnings.isEmpty() && exitCode != ExitCode::Cancelled)
        exitCode = std::max(exitCode, ExitCode::UsageError);
    if (json) {
        QJsonArray array;
        for (const JobRunReport& report : reports)
            array.append(report.toJson());
        const QJsonObject result {{QStringLiteral("jobs"), array}, {QStringLiteral("exitCode"), exitCode}};
        console.out() << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else if (all) {
        printTable(reports, console);
    } else {
        const JobRunReport& report = reports.first();
        (report.exitCode == ExitCode::Success ? console.out() : console.err())
            << tr("job %1: %2. %3").arg(report.job, JobRunReport::outcomeText(report.outcome), report.message) << '\n';
    }
    return exitCode;
}

void JobCommand::printTable(const QList<JobRunReport>& reports, Console& console)
{
    const auto known = [](qint64 value) { return value >= 0 ? QString::number(value) : QStringLiteral("-"); };
    const QStringList header = {tr("job"),     tr("file"),          tr("users"),   tr("removals"),
                                tr("outcome"), tr("Torii file id"), tr("duration")};
    QList<QStringList> rows {header};
    for (const JobRunReport& report : reports)
        rows.append({report.job, report.file.isEmpty() ? QStringLiteral("-") : report.file, known(report.users),
                     known(report.removals), JobRunReport::outcomeText(report.outcome), known(report.fileId),
                     QStringLiteral("%1 s").arg(double(report.durationMs) / 1000.0, 0, 'f', 1)});
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    for (const QStringList& row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += row.at(c).leftJustified(widths.at(c) + 2);
        console.out() << line.trimmed() << '\n';
    }
    for (const JobRunReport& report : reports) {
        if (report.exitCode != ExitCode::Success && !report.message.isEmpty())
            console.out() << tr("%1: %2").arg(report.job, report.message) << '\n';
    }
}

int JobCommand::schedule(const QString& name, const QStringList& rest, Console& console)
{
    JobSchedule when;
    const QString kind = rest.value(0);
    const bool ok = (kind == u"--off" && rest.size() == 1) ||
        (kind == u"--daily" && rest.size() == 2 && JobSchedule::parseTime(rest.at(1), &when.time)) ||
        (kind == u"--weekly" && rest.size() == 3 && JobSchedule::parseDay(rest.at(1), &when.dayOfWeek) &&
         JobSchedule::parseTime(rest.at(2), &when.time));
    if (!ok)
        return console.fail(ExitCode::UsageError,
                            tr("job schedule needs --daily HH:MM, --weekly DAY HH:MM (DAY: Mon..Sun) or --off"));
    when.kind = kind == u"--daily" ? JobSchedule::Kind::Daily
        : kind == u"--weekly"      ? JobSchedule::Kind::Weekly
                                   : JobSchedule::Kind::Off;
    const JobStore store;
    QString error;
    std::optional<Job> job = store.load(name, &error);
    if (!job)
        return console.fail(ExitCode::UsageError, error);
    const JobScheduler::Result result = JobScheduler::apply(name, when, QCoreApplication::applicationFilePath());
    if (result.status == JobScheduler::Status::Failed)
        return console.fail(ExitCode::UsageError, result.message);
    job->schedule = when;
    if (!store.save(*job, &error))
        return console.fail(ExitCode::UsageError, error);
    console.out() << result.message << '\n';
    for (const QString& file : result.files) {
        if (when.isOn())
            console.out() << "  " << QDir::toNativeSeparators(file) << '\n';
    }
    return ExitCode::Success;
}

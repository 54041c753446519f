#include "cli/jobsync.h"

#include "cli/console.h"
#include "cli/exitcode.h"
#include "cli/synccommand.h"
#include "jobs/job.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace
{
    qint64 count(const QJsonObject& json, const char* key)
    {
        const QJsonValue value = json.value(QLatin1String(key));
        return value.isDouble() ? value.toInteger() : -1;
    }
} // namespace

QStringList JobSync::arguments(const JobRunner::SyncRequest& request)
{
    QStringList args {request.sourcePath, QStringLiteral("--profile"), request.profile, QStringLiteral("--json")};
    if (request.preset.isEmpty())
        args << QStringLiteral("--auto");
    else
        args << QStringLiteral("--preset") << request.preset;
    if (!request.policy.isEmpty())
        args << QStringLiteral("--policy") << request.policy;
    return args;
}

JobRunReport JobSync::run(const JobRunner::SyncRequest& request, Console& console)
{
    // The guards are stored with the job; this build's sync does not have them yet, and a threshold the admin
    // set must not look enforced when it is not.
    if (request.maxInvalidPercent != Job::NotSet)
        console.err() << tr("warning: job \"%1\": --max-invalid is stored but this version's sync does not enforce "
                            "it yet")
                             .arg(request.jobName)
                      << '\n';
    if (request.allowRemovals != Job::NotSet)
        console.err() << tr("warning: job \"%1\": --allow-removals is stored but this version's sync does not "
                            "enforce it yet")
                             .arg(request.jobName)
                      << '\n';
    QString out, err;
    int exitCode = ExitCode::UsageError;
    {
        Console captured(&out, &err);
        SyncCommand sync;
        exitCode = sync.run(arguments(request), captured);
        captured.out().flush();
        captured.err().flush();
    }
    console.err() << err;
    console.err().flush();

    JobRunReport report;
    report.exitCode = exitCode;
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    report.users = count(json, "users");
    report.licenses = count(json, "licenses");
    report.rejected = count(json, "rejected");
    report.fileId = count(json, "fileId");
    report.historyId = std::max<qint64>(0, count(json, "historyId"));
    const QJsonValue error = json.value(QLatin1String("error"));
    report.message = error.isObject() ? error.toObject().value(QLatin1String("message")).toString() : error.toString();
    if (report.message.isEmpty() && exitCode != ExitCode::Success)
        report.message = err.trimmed().section(u'\n', -1).remove(QStringLiteral("torii-sync-cli: "));
    using Outcome = JobRunReport::Outcome;
    report.outcome = exitCode == ExitCode::Success                 ? Outcome::Succeeded
        : exitCode == ExitCode::ValidationBlocked                  ? Outcome::Blocked
        : exitCode == ExitCode::Cancelled                          ? Outcome::Cancelled
        : json.value(QLatin1String("syncOutcomeUnknown")).toBool() ? Outcome::Unknown
                                                                   : Outcome::Failed;
    if (report.outcome == Outcome::Succeeded)
        report.message = tr("Synced %1 user(s): Torii file id %2.").arg(report.users).arg(report.fileId);
    return report;
}

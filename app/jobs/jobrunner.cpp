#include "jobs/jobrunner.h"

#include "common/sha256.h"
#include "history/historystore.h"
#include "jobs/job.h"
#include "jobs/jobsource.h"
#include "jobs/webhooknotifier.h"
#include "run/exitcode.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

JobRunner::JobRunner(HistoryStore* history, SyncFunction sync, LogFunction log)
    : m_history(history)
    , m_sync(std::move(sync))
    , m_log(std::move(log))
{ }

JobRunReport JobRunner::run(const Job& job)
{
    QElapsedTimer clock;
    clock.start();
    JobRunReport report;
    report.job = job.name;
    QString error;
    const QString source = JobSource::resolve(job, &error);
    if (source.isEmpty()) {
        report.outcome = JobRunReport::Outcome::Failed;
        report.exitCode = ExitCode::UsageError;
        report.message = error;
        report.durationMs = clock.elapsed();
        notify(job, report);
        return report;
    }
    report.file = QFileInfo(source).fileName();

    // Unchanged source: the newest accepted sync of this job read a file with the same SHA-256, to the same
    // profile with the same preset. Nothing is sent; the run succeeds and says so.
    QFile sourceFile(source);
    const QByteArray sha256 = sourceFile.open(QIODevice::ReadOnly) ? Sha256::hexDigestOf(&sourceFile) : QByteArray();
    sourceFile.close();
    const std::optional<HistoryRecord> last = m_history ? m_history->lastAcceptedRun(job.name) : std::nullopt;
    const QString preset = job.autoMatch() ? QStringLiteral("auto") : job.preset;
    if (!sha256.isEmpty() && last && last->sourceSha256Hex == sha256 && last->profile == job.profile &&
        last->preset.compare(preset, Qt::CaseInsensitive) == 0) {
        report.outcome = JobRunReport::Outcome::Unchanged;
        report.exitCode = 0;
        report.users = last->users;
        report.licenses = last->licenses;
        report.fileId = last->fileId;
        report.historyId = last->id;
        report.message = tr("%1 is unchanged since run #%2 (%3): nothing sent.")
                             .arg(report.file)
                             .arg(last->id)
                             .arg(last->started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        report.durationMs = clock.elapsed();
        notify(job, report);
        return report;
    }

    SyncRequest request;
    request.jobName = job.name;
    request.profile = job.profile;
    request.sourcePath = source;
    request.preset = job.preset;
    request.policy = job.policy;
    request.maxInvalidPercent = job.maxInvalidPercent;
    request.allowRemovals = job.allowRemovals;
    const QString file = report.file;
    report = m_sync(request);
    report.job = job.name;
    report.file = file;
    report.durationMs = clock.elapsed();
    notify(job, report);
    return report;
}

QList<JobRunReport> JobRunner::runAll(const QList<Job>& jobs, const CancelFlag* stop)
{
    QList<JobRunReport> reports;
    for (const Job& job : jobs) {
        // Ctrl+C stops the batch, not just one job.
        if (stop && stop->load()) {
            JobRunReport skipped;
            skipped.job = job.name;
            skipped.outcome = JobRunReport::Outcome::Cancelled;
            skipped.exitCode = ExitCode::Cancelled;
            skipped.message = tr("not run: the batch was interrupted");
            reports.append(skipped);
            continue;
        }
        reports.append(run(job));
    }
    return reports;
}

int JobRunner::worstExitCode(const QList<JobRunReport>& reports)
{
    // Exit codes grow with how bad the end was: 0 < 1 blocked < 2 usage < 3 Torii < 4 key < 130 cancelled.
    int worst = 0;
    for (const JobRunReport& report : reports)
        worst = std::max(worst, report.exitCode);
    return worst;
}

void JobRunner::notify(const Job& job, const JobRunReport& report)
{
    if (job.webhook.isEmpty() || !JobRunReport::notifies(report.outcome, job.notifyOnSuccess))
        return;
    const QString problem = WebhookNotifier::send(job.webhook, WebhookNotifier::payload(report));
    // The URL itself is a capability: only its host goes to the log.
    if (!problem.isEmpty())
        m_log(tr("warning: job \"%1\": the webhook at %2 failed (%3); the run's result stands")
                  .arg(job.name, job.webhook.host(), problem));
}

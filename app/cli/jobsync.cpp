#include "cli/jobsync.h"

#include "cli/console.h"
#include "cli/synccommand.h"
#include "jobs/job.h"
#include "run/exitcode.h"

JobRunReport JobSync::run(const JobRunner::SyncRequest& request, Console& console)
{
    SyncCommand::Options options;
    // The job's allowance goes to the removal guard exactly as `sync --allow-removals` would.
    if (request.allowRemovals == Job::AllRemovalsAllowed)
        options.request.allowRemovals.all = true;
    else if (request.allowRemovals >= 0)
        options.request.allowRemovals.upTo = request.allowRemovals;
    options.request.job = request.jobName;
    options.request.profile = request.profile;
    options.request.source.path = request.sourcePath;
    options.request.source.preset = request.preset;
    InvalidRowPolicy policy;
    if (!request.policy.isEmpty() && InvalidRowPolicies::fromName(request.policy, &policy))
        options.request.source.policy = policy;
    if (request.maxInvalidPercent != Job::NotSet)
        options.request.source.maxInvalidPercent = double(request.maxInvalidPercent);
    SyncRunResult result;
    const int exitCode = SyncCommand().execute(options, console, &result);
    JobRunReport report = reportOf(result);
    report.exitCode = exitCode;
    if (result.outcome == RunOutcome::Running) { // never started: the profile, key or target was unusable
        report.outcome = JobRunReport::Outcome::Failed;
        report.message = tr("the sync could not start (see above)");
    }
    return report;
}

JobRunReport JobSync::reportOf(const SyncRunResult& result)
{
    using Outcome = JobRunReport::Outcome;
    JobRunReport report;
    report.exitCode = result.exitCode;
    const bool counted = result.conversion.ok || result.conversion.blocked;
    report.users = counted ? result.conversion.users : -1;
    report.licenses = counted ? result.conversion.licenses : -1;
    report.rejected = counted ? result.conversion.rejected : -1;
    report.fileId = result.fileId;
    report.historyId = result.record.id;
    report.message = result.error;
    switch (result.outcome) {
    case RunOutcome::Succeeded:
    case RunOutcome::DryRun:
        report.outcome = Outcome::Succeeded;
        report.message = tr("Synced (users: %1): Torii file id %2.").arg(report.users).arg(report.fileId);
        break;
    case RunOutcome::Blocked:
        report.outcome = Outcome::Blocked;
        break;
    case RunOutcome::Cancelled:
        report.outcome = Outcome::Cancelled;
        break;
    case RunOutcome::Unanswered:
        report.outcome = Outcome::Unknown;
        break;
    default:
        report.outcome = result.syncOutcomeUnknown ? Outcome::Unknown : Outcome::Failed;
        break;
    }
    return report;
}

#pragma once

#include "jobs/job.h"

#include <QCoreApplication>
#include <QStringList>

class ProfileStore;

// The options of `job add` and `job edit`, applied to a Job: --profile, --source, --pattern, --preset/--auto,
// --policy, --max-invalid, --allow-removals, --webhook/--no-webhook, --notify-success. Checks what can be checked
// at once (the profile exists, the source is there, the preset resolves), so a job that cannot run is never
// saved.
class JobArguments
{
    Q_DECLARE_TR_FUNCTIONS(JobArguments)

public:
    // Empty on success, else the usage error. *json is set by --json.
    [[nodiscard]] static QString apply(const QStringList& arguments, Job* job, bool* json);
    // Empty when the job's profile, source and preset are usable now.
    [[nodiscard]] static QString checkUsable(const Job& job, const ProfileStore& profiles);
};

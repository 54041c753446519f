#pragma once

#include "jobs/job.h"

class Session;

// The current sync as a job to save: its profile, source file, preset and invalid-row policy, named after the
// file. Used by the Sync page's "Save as Job" button and the Jobs menu.
namespace SyncJob
{
    [[nodiscard]] Job fromSession(const Session& session);
    // A job name from a file name, in the characters job names allow: "Okta Users (2).csv" -> "okta-users-2".
    [[nodiscard]] QString nameFor(const QString& path);
} // namespace SyncJob

#pragma once

#include "diff/removalguard.h"

#include <optional>

// The removal guard's thresholds for one run, by precedence: a job's or a command-line value (whole), then the
// preset's (each field it sets), then the profile's, whose defaults are 10 % and 10 users. SyncRun resolves
// them for the CLI, saved jobs and the window alike.
struct GuardThresholds
{
    std::optional<RemovalGuard::Thresholds> override; // a job's or a flag's: wins over everything
    std::optional<int> presetPercent;
    std::optional<int> presetMinimum;
    RemovalGuard::Thresholds profile; // the profile's (or the defaults)

    [[nodiscard]] RemovalGuard::Thresholds resolve() const
    {
        if (override)
            return *override;
        return {presetPercent.value_or(profile.percent), presetMinimum.value_or(profile.minimum)};
    }
};

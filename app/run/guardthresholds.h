#pragma once

#include "diff/removalguard.h"
#include "mapping/preset.h"

#include <QString>
#include <QStringList>

#include <optional>

// The removal guard's thresholds for one run, field by field, by precedence: the command line's
// (--removal-guard), then the preset's ("removalGuard"), then the profile's, whose defaults are 10 % and 10
// users. SyncRun resolves them for the CLI, saved jobs and the window alike.
struct GuardThresholds
{
    std::optional<int> flagPercent;
    std::optional<int> flagMinimum;
    std::optional<int> presetPercent;
    std::optional<int> presetMinimum;
    RemovalGuard::Thresholds profile; // the profile's (or the defaults)

    void takePreset(const Preset& preset)
    {
        presetPercent = preset.guardPercent;
        presetMinimum = preset.guardMinimum;
    }
    [[nodiscard]] RemovalGuard::Thresholds resolve() const
    {
        return {flagPercent.value_or(presetPercent.value_or(profile.percent)),
                flagMinimum.value_or(presetMinimum.value_or(profile.minimum))};
    }
    // "PERCENT" or "PERCENT,MINIMUM" (the flag's value) into the flag's fields; false when it is neither.
    [[nodiscard]] bool parseFlag(const QString& text)
    {
        const QStringList parts = text.split(u',');
        bool ok = parts.size() <= 2;
        const int percent = ok ? parts.at(0).trimmed().toInt(&ok) : -1;
        if (!ok || percent < 0 || percent > 100)
            return false;
        int minimum = -1;
        if (parts.size() == 2) {
            minimum = parts.at(1).trimmed().toInt(&ok);
            if (!ok || minimum < 0)
                return false;
            flagMinimum = minimum;
        }
        flagPercent = percent;
        return true;
    }
};

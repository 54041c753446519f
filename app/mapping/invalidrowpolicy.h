#pragma once

#include <QString>
#include <QtGlobal>

// What happens to rows with errors: block the whole sync, leave them out, or (the default) leave them out
// while they are at most a share of the data rows and block above it, so one bot without an address does not
// stop a nightly job but a broken mapping still does. Declared in mapping because presets store it;
// validate/invalidrowpolicy.h is the usual include.
enum class InvalidRowPolicy
{
    Block,
    SkipInvalidRows,
    SkipWithinLimit,
};

namespace InvalidRowPolicies
{
    constexpr double DefaultMaxInvalidPercent = 10.0;

    // "block" | "skip" | "limit"
    [[nodiscard]] QString name(InvalidRowPolicy policy);
    [[nodiscard]] bool fromName(const QString& name, InvalidRowPolicy* policy);
    // Whether `invalid` rows of `rows` data rows stop the conversion under this policy.
    [[nodiscard]] bool blocks(InvalidRowPolicy policy, double maxInvalidPercent, qint64 invalid, qint64 rows);
    // The most invalid rows the policy lets through on `rows` data rows (-1: any number).
    [[nodiscard]] qint64 allowedInvalid(InvalidRowPolicy policy, double maxInvalidPercent, qint64 rows);
    // A percentage from 0 to 100 ("10", "2.5", "10%"), for --max-invalid.
    [[nodiscard]] bool percentFromText(const QString& text, double* percent);
    // Why a conversion was blocked, for the CLI and the window: "blocked: 12 of 40 rows have errors ...".
    [[nodiscard]] QString blockedMessage(InvalidRowPolicy policy, double maxInvalidPercent, qint64 invalid,
                                         qint64 rows);
} // namespace InvalidRowPolicies

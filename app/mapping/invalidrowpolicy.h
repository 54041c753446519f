#pragma once

#include <QCoreApplication>
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

class InvalidRowPolicies
{
    Q_DECLARE_TR_FUNCTIONS(InvalidRowPolicies)

public:
    static constexpr double DefaultMaxInvalidPercent = 10.0;

    // "block" | "skip" | "limit"
    [[nodiscard]] static QString name(InvalidRowPolicy policy);
    [[nodiscard]] static bool fromName(const QString& name, InvalidRowPolicy* policy);
    // Whether `invalid` rows of `rows` data rows stop the conversion under this policy.
    [[nodiscard]] static bool blocks(InvalidRowPolicy policy, double maxInvalidPercent, qint64 invalid, qint64 rows);
    // The most invalid rows the policy lets through on `rows` data rows (-1: any number).
    [[nodiscard]] static qint64 allowedInvalid(InvalidRowPolicy policy, double maxInvalidPercent, qint64 rows);
    // A percentage from 0 to 100 ("10", "2.5", "10%"), for --max-invalid.
    [[nodiscard]] static bool percentFromText(const QString& text, double* percent);
    // Why a conversion was blocked, for the CLI and the window: "blocked: 12 of 40 rows have errors ...".
    [[nodiscard]] static QString blockedMessage(InvalidRowPolicy policy, double maxInvalidPercent, qint64 invalid,
                                                qint64 rows);
};

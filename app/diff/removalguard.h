#pragma once

#include "diff/userdiff.h"

#include <QCoreApplication>
#include <QString>

// The mass-removal guard (after Okta's import safeguard): a sync that would remove or deactivate more than
// `percent` % of the account's active users, and at least `minimum` users, is not sent unless the admin allows
// that many removals. Thresholds come from the profile, a preset may tighten or relax them; the CLI's
// --allow-removals and the window's typed confirmation give the allowance. Used by SyncRun's preflight.
class RemovalGuard
{
    Q_DECLARE_TR_FUNCTIONS(RemovalGuard)

public:
    struct Thresholds
    {
        int percent = 10;
        int minimum = 10;
    };
    // How many removals the admin accepted for this run.
    struct Allowance
    {
        bool all = false;
        qint64 upTo = -1; // -1: none given

        // "all" or a non-negative count; false when the text is neither.
        [[nodiscard]] static bool parse(const QString& text, Allowance* allowance);
        [[nodiscard]] bool covers(qint64 removals) const { return all || (upTo >= 0 && removals <= upTo); }
    };

    // True when the thresholds flag this change (whatever the allowance).
    [[nodiscard]] static bool exceeds(const UserDiff& diff, const Thresholds& thresholds);
    // True when the sync must not be sent: the change exceeds the thresholds and the allowance does not cover it.
    [[nodiscard]] static bool blocks(const UserDiff& diff, const Thresholds& thresholds, const Allowance& allowance);
    // Why it stopped, for the CLI and the window.
    [[nodiscard]] static QString explain(const UserDiff& diff, const Thresholds& thresholds);
};

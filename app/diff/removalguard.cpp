#include "diff/removalguard.h"

bool RemovalGuard::Allowance::parse(const QString& text, Allowance* allowance)
{
    const QString value = text.trimmed();
    if (value.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        *allowance = Allowance {true, -1};
        return true;
    }
    bool ok = false;
    const qint64 count = value.toLongLong(&ok);
    if (!ok || count < 0)
        return false;
    *allowance = Allowance {false, count};
    return true;
}

bool RemovalGuard::exceeds(const UserDiff& diff, const Thresholds& thresholds)
{
    const qint64 removals = diff.removals();
    // removals / current > percent / 100, in integers so 10% of 100 is not flagged and 11 of 100 is.
    return removals >= thresholds.minimum && removals * 100 > diff.current * thresholds.percent;
}

bool RemovalGuard::blocks(const UserDiff& diff, const Thresholds& thresholds, const Allowance& allowance)
{
    return exceeds(diff, thresholds) && !allowance.covers(diff.removals());
}

QString RemovalGuard::explain(const UserDiff& diff, const Thresholds& thresholds)
{
    return tr("Stopped before sending anything: this sync would remove or deactivate %1 of the app account's %2 "
              "active users (the limit is %3% and at least %4 users). Check the file and the mapping; to go on, "
              "allow that many removals.")
        .arg(diff.removals())
        .arg(diff.current)
        .arg(thresholds.percent)
        .arg(thresholds.minimum);
}

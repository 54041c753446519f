#include "mapping/invalidrowpolicy.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

QString InvalidRowPolicies::name(InvalidRowPolicy policy)
{
    switch (policy) {
    case InvalidRowPolicy::Block:
        return QStringLiteral("block");
    case InvalidRowPolicy::SkipInvalidRows:
        return QStringLiteral("skip");
    case InvalidRowPolicy::SkipWithinLimit:
        return QStringLiteral("limit");
    }
    return {};
}

bool InvalidRowPolicies::fromName(const QString& name, InvalidRowPolicy* policy)
{
    const QString n = name.trimmed().toLower();
    if (n == u"block") {
        *policy = InvalidRowPolicy::Block;
        return true;
    }
    if (n == u"skip" || n == u"skip-invalid-rows" || n == u"skipinvalidrows") {
        *policy = InvalidRowPolicy::SkipInvalidRows;
        return true;
    }
    if (n == u"limit" || n == u"skip-within-limit") {
        *policy = InvalidRowPolicy::SkipWithinLimit;
        return true;
    }
    return false;
}

qint64 InvalidRowPolicies::allowedInvalid(InvalidRowPolicy policy, double maxInvalidPercent, qint64 rows)
{
    switch (policy) {
    case InvalidRowPolicy::Block:
        return 0;
    case InvalidRowPolicy::SkipInvalidRows:
        return -1;
    case InvalidRowPolicy::SkipWithinLimit:
        // "at most 10%": 10 rows of 100 pass, 11 block; the small epsilon keeps 10.0% of 100 from rounding down.
        return qint64(std::floor(double(rows) * std::clamp(maxInvalidPercent, 0.0, 100.0) / 100.0 + 1e-9));
    }
    return 0;
}

bool InvalidRowPolicies::blocks(InvalidRowPolicy policy, double maxInvalidPercent, qint64 invalid, qint64 rows)
{
    const qint64 allowed = allowedInvalid(policy, maxInvalidPercent, rows);
    return allowed >= 0 && invalid > allowed;
}

bool InvalidRowPolicies::percentFromText(const QString& text, double* percent)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0 || value > 100)
        return false;
    *percent = value;
    return true;
}

QString InvalidRowPolicies::blockedMessage(InvalidRowPolicy policy, double maxInvalidPercent, qint64 invalid,
                                           qint64 rows)
{
    if (policy == InvalidRowPolicy::SkipWithinLimit)
        return tr("blocked: %1 of %2 rows have errors, more than the %3% that may be "
                  "skipped (fix them or the mapping, raise --max-invalid, or use --policy "
                  "skip to leave any number out)")
            .arg(invalid)
            .arg(rows)
            .arg(maxInvalidPercent);
    return tr("blocked: %n row(s) have errors (fix them, or use --policy skip to leave them out)", nullptr,
              int(invalid));
}

#include "mapping/invalidrowpolicy.h"

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

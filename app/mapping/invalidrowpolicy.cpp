#include "mapping/invalidrowpolicy.h"

QString InvalidRowPolicies::name(InvalidRowPolicy policy)
{
    return policy == InvalidRowPolicy::Block ? QStringLiteral("block") : QStringLiteral("skip");
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
    return false;
}

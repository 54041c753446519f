#include "mapping/licenseruleedit.h"

QList<LicenseRule> LicenseRuleEdit::withFirst(QList<LicenseRule> rules, const LicenseRule& rule)
{
    if (rules.isEmpty())
        rules << rule;
    else
        rules[0] = rule;
    if (rule.isEmpty() && rules.size() == 1)
        rules.clear();
    return rules;
}

#pragma once

#include "mapping/licenserule.h"

#include <QList>

// What the window's licence editor does to a mapping's rules: it edits the first one.
namespace LicenseRuleEdit
{
    // rules with the first replaced by `rule` (added when there is none); an empty rule that would be the only
    // one leaves no rule at all.
    [[nodiscard]] QList<LicenseRule> withFirst(QList<LicenseRule> rules, const LicenseRule& rule);
} // namespace LicenseRuleEdit

#pragma once

#include <QString>

// What happens to rows with errors: block the whole sync, or leave them out (exportable as rejects).
// Declared in mapping because presets store it; validate/invalidrowpolicy.h is the usual include.
enum class InvalidRowPolicy
{
    Block,
    SkipInvalidRows,
};

namespace InvalidRowPolicies
{
    // "block" | "skip"
    [[nodiscard]] QString name(InvalidRowPolicy policy);
    [[nodiscard]] bool fromName(const QString& name, InvalidRowPolicy* policy);
} // namespace InvalidRowPolicies

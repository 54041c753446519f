#pragma once

#include "validate/invalidrowpolicy.h"

#include <QString>

// Where Converter writes and what it does with invalid rows.
struct ConvertOptions
{
    QString payloadPath; // final path; written through a 0600 temp file and renamed atomically
    QString rejectsPath; // optional: rejected rows as CSV (original columns + "reason")
    InvalidRowPolicy policy = InvalidRowPolicy::SkipWithinLimit;
    double maxInvalidPercent = InvalidRowPolicies::DefaultMaxInvalidPercent; // SkipWithinLimit's share of rows
};

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
    // Also list the users written (e-mail, status, licences held) in ConvertResult::userSet, for the safe-sync
    // diff, so the payload never has to be read back.
    bool collectUsers = false;
};

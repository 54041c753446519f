#pragma once

#include "validate/validationissue.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// What validating a whole table found: the issues (the first MaxIssues in detail), counts, and the vendor
// status words no map knows. Given by Validator to the GUI's Review page; Converter reports the same counts.
struct ValidationReport
{
    static constexpr qsizetype MaxIssues = 10000;

    QList<ValidationIssue> issues; // row order, capped at MaxIssues
    qint64 issuesOmitted = 0;      // found beyond the cap
    qint64 rows = 0;               // data rows checked
    qint64 validRows = 0;          // rows without errors
    qint64 invalidRows = 0;        // rows with at least one error
    qint64 errors = 0;             // all error issues, including omitted ones
    qint64 warnings = 0;
    qint64 duplicates = 0;                // rows whose email repeats an earlier row's
    qint64 merged = 0;                    // Mapping::mergeRepeatedUsers: repeats merged into the first row (not errors)
    qint64 withoutUser = 0;               // Mapping::mergeRepeatedUsers: rows with no address at all (not errors)
    QMap<QString, qint64> invalidByField; // invalid rows by the Torii field key of their first error
    QStringList unknownStatusWords;       // distinct, in order of first appearance
    QStringList fatal;                    // mapping problems that stop everything (no email column, ...)

    [[nodiscard]] bool hasErrors() const { return errors > 0 || !fatal.isEmpty(); }
};

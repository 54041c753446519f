#pragma once

#include "mapping/fieldmapping.h"

#include <QtGlobal>

class Table;

// Decides a date column's day/month order from its values: any "13/04/2024" is evidence for DMY, any
// "04/13/2024" for MDY. One-sided evidence decides the column; evidence both ways (a mixed file) leaves it
// undecided, so each ambiguous value is flagged. Used by RowMapper before the rows are mapped.
class DateOrderDetector
{
public:
    struct Result
    {
        DateOrder order = DateOrder::Auto; // DMY or MDY when decided
        qint64 dayFirst = 0;               // values that are only valid day-first
        qint64 monthFirst = 0;             // values that are only valid month-first
        [[nodiscard]] bool conflicting() const { return dayFirst > 0 && monthFirst > 0; }
    };

    [[nodiscard]] static Result detect(const Table& table, int column);
};

#pragma once

#include "mapping/columnprofile.h"

#include <QList>

class Table;

// Profiles every column of a Table on at most SampleRows rows spread evenly over the file (all rows of a small
// file), so judging columns by their content costs the same on a million rows as on a few thousand.
class ColumnProfiler
{
public:
    static constexpr int SampleRows = 4000;
    static constexpr int MaxDistinct = 1000;
    static constexpr int FirstValues = 5;

    [[nodiscard]] static QList<ColumnProfile> profile(const Table& table, int sampleRows = SampleRows);
};

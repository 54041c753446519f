#pragma once

#include <QByteArrayView>

// Recognises a date cell that is already exactly what DateParser::format() would write for it
// ("2026-04-10T04:05:20Z": canonical UTC, valid calendar date and time, 1900..2200, not the epoch-zero "never"),
// so RowMapper can send the cell as it is and skip parse + format on the 1M-row path. Used by RowMapper;
// tests hold it to DateParser.
class CanonicalDate
{
public:
    [[nodiscard]] static bool matches(QByteArrayView cell);
    // The same without the 'Z' ("2026-04-10T04:05:20", what the workbook readers write for a date-time cell):
    // when the column's time zone is UTC, format() writes the cell with a 'Z' appended, and so may RowMapper.
    [[nodiscard]] static bool matchesWithoutZone(QByteArrayView cell);
};

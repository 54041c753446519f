#pragma once

#include <QtGlobal>

// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), without QDate, for the
// date parser's per-row path. Used by DateParser.
namespace CivilDate
{
    [[nodiscard]] qint64 daysFromCivil(qint64 y, unsigned m, unsigned d);
    void civilFromDays(qint64 z, qint64* y, unsigned* m, unsigned* d);
    [[nodiscard]] bool isLeap(qint64 y);
    [[nodiscard]] unsigned daysInMonth(qint64 y, unsigned m);
} // namespace CivilDate

#pragma once

#include "mapping/fieldmapping.h"

#include <QByteArrayView>
#include <QString>
#include <QTimeZone>

// Reads the date spellings real exports use into UTC: ISO 8601 (zones, fractions), "yyyy/MM/dd HH:mm:ss",
// day/month orders (with real ambiguity reported, not guessed), German "dd.MM.yyyy", month names in several
// languages, CJK "2024年3月4日", Excel serials, epoch seconds/milliseconds, and the "never" spellings
// ("Never logged in", "-", "N/A", "0001-01-01", epoch zero). Works on UTF-8 bytes without allocating: it is
// called once per row on the 1M-row path. Used by RowMapper, DateOrderDetector and the mapping preview.
class DateParser
{
public:
    struct Result
    {
        enum Kind
        {
            Empty, // blank cell
            Never, // a "never" spelling: the value is omitted, not an error
            Ok,
            Ambiguous, // day/month order cannot be decided (03/04/2024 with no column evidence)
            Invalid,
        };
        Kind kind = Empty;
        qint64 epochSeconds = 0; // UTC; valid when Ok
        bool hasTime = false;    // false: a calendar date (written as yyyy-MM-dd)
    };

    // What a value says about the day/month order of its column.
    enum class Evidence
    {
        None,
        DayFirst,
        MonthFirst,
    };

    // order: the column's order (explicit, or decided by DateOrderDetector); Auto leaves real ambiguity
    // unresolved. zone: for values without their own offset; nullptr = UTC.
    [[nodiscard]] static Result parse(QByteArrayView text, DateOrder order = DateOrder::Auto,
                                      const QTimeZone* zone = nullptr);
    [[nodiscard]] static Result parse(const QString& text, DateOrder order = DateOrder::Auto,
                                      const QTimeZone* zone = nullptr);
    [[nodiscard]] static Evidence evidence(QByteArrayView text);

    // "yyyy-MM-ddTHH:mm:ssZ", or "yyyy-MM-dd" without a time. Writes at most 20 bytes; returns the length.
    static int format(const Result& result, char* out);
    [[nodiscard]] static QString toIso(const Result& result);
};

#include "mapping/dateparser.h"

#include "mapping/civildate.h"
#include "mapping/datetokenizer.h"
#include "mapping/monthnames.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace
{
    using Result = DateParser::Result;

    using Token = DateTokenizer::Token;
    using DateTokenizer::MaxTokens;
    constexpr int MaxLength = 80;
    // Numeric dates (serials, epochs) get the same 1900..2200 window as text dates: a plausible last-used date,
    // not the year 5138 from a mistyped epoch.
    constexpr qint64 EarliestEpoch = -2208988800; // 1900-01-01T00:00:00Z
    constexpr qint64 EndEpoch = 7289654400;       // 2201-01-01T00:00:00Z
    using CivilDate::civilFromDays;
    using CivilDate::daysFromCivil;
    using CivilDate::daysInMonth;

    bool isSpace(unsigned char c)
    {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
    }

    // Time fields come from digit runs of any length; clamp before narrowing so the range checks reject them
    // instead of an int overflow turning them negative (fuzz_date found that).
    int clampedField(qint64 value)
    {
        return static_cast<int>(std::clamp<qint64>(value, 0, 999));
    }

    bool isDigit(char c)
    {
        return c >= '0' && c <= '9';
    }

    bool equals(const char* s, int n, const char* literal)
    {
        // Compares without strlen: stops at the literal's end or the first difference.
        int i = 0;
        for (; i < n; ++i) {
            // A NUL in the cell must not walk past the literal's end (fuzz_date found that).
            if (literal[i] == 0 || literal[i] != s[i])
                return false;
        }
        return literal[i] == 0;
    }

    bool isNeverSpelling(const char* s, int n)
    {
        static const char* const words[] = {
            "-",       "--",      "---",      "n/a",           "na",      "none",  "null",   "nil",
            "0",       "nie",     "jamais",   "nunca",         "mai",     "nooit", "aldrig", "never",
            "(never)", "not set", "no login", "not logged in", "no data", "keine", "niemals"};
        for (const char* w : words) {
            if (equals(s, n, w))
                return true;
        }
        // "Never logged in", "Never accessed", "Never signed in", "never used"...
        return n > 6 && std::memcmp(s, "never ", 6) == 0;
    }

    bool wordIs(const char* s, const Token& t, const char* literal)
    {
        return t.type == Token::Word && equals(s + t.start, t.length, literal);
    }

    Result invalid()
    {
        Result r;
        r.kind = Result::Invalid;
        return r;
    }

    Result never()
    {
        Result r;
        r.kind = Result::Never;
        return r;
    }

    Result numeric(const char* s, int n)
    {
        int dot = -1;
        for (int i = 0; i < n; ++i) {
            if (s[i] == '.' || s[i] == ',') {
                if (dot >= 0)
                    return invalid();
                dot = i;
            } else if (!isDigit(s[i])) {
                return invalid();
            }
        }
        const int intDigits = dot >= 0 ? dot : n;
        Result r;
        r.kind = Result::Ok;
        if (dot >= 0 || intDigits <= 6) {
            // Excel serial (1900 system: day 25569 is 1970-01-01); a fraction is the time of day.
            char buffer[MaxLength + 1];
            std::memcpy(buffer, s, n);
            buffer[n] = 0;
            if (dot >= 0)
                buffer[dot] = '.';
            const double serial = std::strtod(buffer, nullptr);
            if (serial == 0.0)
                return never();
            // Serials up to 60 fall before Excel's phantom 1900-02-29 and would come out a day early; 109939 is
            // 2200-12-31.
            if (serial < 61.0 || serial >= 109940.0)
                return invalid();
            const double days = std::floor(serial);
            const qint64 seconds = std::llround((serial - days) * 86400.0);
            r.epochSeconds = (static_cast<qint64>(days) - 25569) * 86400 + seconds;
            r.hasTime = dot >= 0;
            return r;
        }
        if (intDigits > 14) // longer than epoch milliseconds: no date, and v below would overflow
            return invalid();
        qint64 v = 0;
        for (int i = 0; i < n; ++i)
            v = v * 10 + (s[i] - '0');
        if (intDigits == 8) { // yyyyMMdd
            const qint64 y = v / 10000;
            const unsigned m = static_cast<unsigned>(v / 100 % 100);
            const unsigned d = static_cast<unsigned>(v % 100);
            if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
                return invalid();
            r.epochSeconds = daysFromCivil(y, m, d) * 86400;
            return r;
        }
        if (intDigits >= 9 && intDigits <= 11) // epoch seconds
            r.epochSeconds = v;
        else if (intDigits >= 12 && intDigits <= 14) // epoch milliseconds
            r.epochSeconds = v / 1000;
        else
            return invalid();
        if (r.epochSeconds == 0)
            return never();
        if (r.epochSeconds < EarliestEpoch || r.epochSeconds >= EndEpoch)
            return invalid();
        r.hasTime = true;
        return r;
    }
} // namespace

DateParser::Result DateParser::parse(const QString& text, DateOrder order, const QTimeZone* zone)
{
    const QByteArray utf8 = text.toUtf8();
    return parse(QByteArrayView(utf8), order, zone);
}

namespace
{
    struct Parsed
    {
        Result result;
        DateParser::Evidence evidence = DateParser::Evidence::None;
    };

    Parsed parseCore(QByteArrayView text, DateOrder order, const QTimeZone* zone);
} // namespace

DateParser::Result DateParser::parse(QByteArrayView text, DateOrder order, const QTimeZone* zone)
{
    return parseCore(text, order, zone).result;
}

DateParser::Evidence DateParser::evidence(QByteArrayView text)
{
    // Cheap exit for the common ISO case ("2026-..."), which says nothing about day/month order.
    qsizetype i = 0;
    while (i < text.size() && isSpace(static_cast<unsigned char>(text[i])))
        ++i;
    qsizetype digits = 0;
    while (i + digits < text.size() && isDigit(text[i + digits]))
        ++digits;
    if (digits == 0 || digits > 2)
        return Evidence::None;
    return parseCore(text, DateOrder::Auto, nullptr).evidence;
}

namespace
{
    Parsed parseCore(QByteArrayView text, DateOrder order, const QTimeZone* zone)
    {
        Parsed out;
        // Trim ASCII white space and no-break spaces.
        qsizetype b = 0;
        qsizetype e = text.size();
        for (;;) {
            if (b < e && isSpace(static_cast<unsigned char>(text[b])))
                ++b;
            else if (b + 1 < e && static_cast<unsigned char>(text[b]) == 0xC2 &&
                     static_cast<unsigned char>(text[b + 1]) == 0xA0)
                b += 2;
            else
                break;
        }
        for (;;) {
            if (e > b && isSpace(static_cast<unsigned char>(text[e - 1])))
                --e;
            else if (e - 1 > b && static_cast<unsigned char>(text[e - 2]) == 0xC2 &&
                     static_cast<unsigned char>(text[e - 1]) == 0xA0)
                e -= 2;
            else
                break;
        }
        const int n = static_cast<int>(e - b);
        if (n == 0)
            return out; // Empty
        if (n < 0 || n > MaxLength) {
            out.result = invalid();
            return out;
        }
        char s[MaxLength + 1] = {};
        for (int i = 0; i < n; ++i) {
            const char c = text[b + i];
            s[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
        }
        // Fast path for the most common export spelling, "yyyy-MM-ddTHH:mm:ss[.fff]Z" (or a space for 'T').
        if (n >= 20 && s[4] == '-' && s[7] == '-' && (s[10] == 't' || s[10] == ' ') && s[13] == ':' && s[16] == ':' &&
            s[n - 1] == 'z') {
            bool digits = true;
            for (const int i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18})
                digits = digits && isDigit(s[i]);
            bool fraction = n == 20;
            if (!fraction && digits && s[19] == '.') {
                fraction = true;
                for (int i = 20; i < n - 1 && fraction; ++i)
                    fraction = isDigit(s[i]);
            }
            if (digits && fraction) {
                const auto num = [&s](int i, int len) {
                    int v = 0;
                    for (int k = 0; k < len; ++k)
                        v = v * 10 + (s[i + k] - '0');
                    return v;
                };
                const qint64 y = num(0, 4);
                const unsigned mo = static_cast<unsigned>(num(5, 2));
                const unsigned d = static_cast<unsigned>(num(8, 2));
                const int h = num(11, 2), mi = num(14, 2), se = num(17, 2);
                if (y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && h <= 23 &&
                    mi <= 59 && se <= 59) {
                    out.result.kind = Result::Ok;
                    out.result.hasTime = true;
                    out.result.epochSeconds = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se;
                    if (out.result.epochSeconds == 0)
                        out.result = never();
                    return out;
                }
            }
        }
        if (!isDigit(s[0]) && isNeverSpelling(s, n)) {
            out.result = never();
            return out;
        }
        if (n == 1 && s[0] == '0') { // an unset number
            out.result = never();
            return out;
        }
        if (isDigit(s[0]) && isDigit(s[n - 1])) {
            bool plain = true;
            for (int i = 0; i < n && plain; ++i)
                plain = isDigit(s[i]) || s[i] == '.' || s[i] == ',';
            if (plain) {
                int separators = 0;
                for (int i = 0; i < n; ++i)
                    separators += (s[i] == '.' || s[i] == ',');
                if (separators <= 1) {
                    out.result = numeric(s, n);
                    return out;
                }
            }
        }

        Token tokens[MaxTokens];
        const int count = DateTokenizer::tokenize(s, n, tokens);
        if (count < 0) {
            out.result = invalid();
            return out;
        }

        // Pass 1: the time (H:mm[:ss[.fff]]), AM/PM, zone; the remaining numbers belong to the date.
        int hour = -1, minute = 0, second = 0;
        bool pm = false, am = false, utc = false;
        int offsetSeconds = 0;
        bool hasOffset = false;
        int month = 0;
        int dateNumbers[3] = {-1, -1, -1}; // token indexes
        int dateCount = 0;
        for (int i = 0; i < count; ++i) {
            const Token& t = tokens[i];
            if (t.type == Token::Number) {
                const bool startsTime = hour < 0 && i + 2 < count && tokens[i + 1].type == Token::Sep &&
                    tokens[i + 1].sep == ':' && tokens[i + 2].type == Token::Number && t.length <= 2;
                if (startsTime) {
                    hour = static_cast<int>(t.value);
                    minute = clampedField(tokens[i + 2].value);
                    i += 2;
                    if (i + 2 < count && tokens[i + 1].type == Token::Sep && tokens[i + 1].sep == ':' &&
                        tokens[i + 2].type == Token::Number) {
                        second = clampedField(tokens[i + 2].value);
                        i += 2;
                        if (i + 2 < count && tokens[i + 1].type == Token::Sep &&
                            (tokens[i + 1].sep == '.' || tokens[i + 1].sep == ',') &&
                            tokens[i + 2].type == Token::Number)
                            i += 2; // fraction of a second: dropped (Torii takes seconds)
                    }
                    // An offset right after the time: +05:30, -0800, +02
                    if (i + 2 < count && tokens[i + 1].type == Token::Sep &&
                        (tokens[i + 1].sep == '+' || tokens[i + 1].sep == '-') && tokens[i + 2].type == Token::Number) {
                        const int sign = tokens[i + 1].sep == '-' ? -1 : 1;
                        const Token& o = tokens[i + 2];
                        int hh = 0, mm = 0;
                        if (o.length == 4) {
                            hh = static_cast<int>(o.value / 100);
                            mm = static_cast<int>(o.value % 100);
                            i += 2;
                        } else if (o.length <= 2) {
                            hh = static_cast<int>(o.value);
                            i += 2;
                            if (i + 2 < count && tokens[i + 1].type == Token::Sep && tokens[i + 1].sep == ':' &&
                                tokens[i + 2].type == Token::Number) {
                                mm = clampedField(tokens[i + 2].value);
                                i += 2;
                            }
                        } else {
                            out.result = invalid();
                            return out;
                        }
                        if (hh < 0 || mm < 0 || hh > 14 || mm > 59) { // a huge minutes token casts negative
                            out.result = invalid();
                            return out;
                        }
                        offsetSeconds = sign * (hh * 3600 + mm * 60);
                        hasOffset = true;
                    }
                    continue;
                }
                if (dateCount == 3) {
                    out.result = invalid();
                    return out;
                }
                dateNumbers[dateCount++] = i;
                continue;
            }
            if (t.type == Token::Word) {
                if (wordIs(s, t, "z") || wordIs(s, t, "utc") || wordIs(s, t, "gmt")) {
                    utc = true;
                    // "UTC+2", "GMT-05:00"
                    if (i + 2 < count && tokens[i + 1].type == Token::Sep &&
                        (tokens[i + 1].sep == '+' || tokens[i + 1].sep == '-') && tokens[i + 2].type == Token::Number &&
                        tokens[i + 2].length <= 4) {
                        const int sign = tokens[i + 1].sep == '-' ? -1 : 1;
                        const Token& o = tokens[i + 2];
                        int hh = static_cast<int>(o.length > 2 ? o.value / 100 : o.value);
                        int mm = static_cast<int>(o.length > 2 ? o.value % 100 : 0);
                        i += 2;
                        if (o.length <= 2 && i + 2 < count && tokens[i + 1].type == Token::Sep &&
                            tokens[i + 1].sep == ':' && tokens[i + 2].type == Token::Number) {
                            mm = clampedField(tokens[i + 2].value);
                            i += 2;
                        }
                        if (hh > 14 || mm > 59) {
                            out.result = invalid();
                            return out;
                        }
                        offsetSeconds = sign * (hh * 3600 + mm * 60);
                        hasOffset = true;
                    }
                } else if (wordIs(s, t, "am") ||
                           (wordIs(s, t, "a") && i + 2 < count && wordIs(s, tokens[i + 2], "m"))) {
                    am = true;
                    if (!wordIs(s, t, "am"))
                        i += 2;
                } else if (wordIs(s, t, "pm") ||
                           (wordIs(s, t, "p") && i + 2 < count && wordIs(s, tokens[i + 2], "m"))) {
                    pm = true;
                    if (!wordIs(s, t, "pm"))
                        i += 2;
                } else if (const int m = MonthNames::lookup(QByteArrayView(s + t.start, t.length)); m > 0) {
                    if (month) {
                        out.result = invalid();
                        return out;
                    }
                    month = m;
                }
                // Other words (weekdays, "de", "at", "T") carry no date information.
            }
        }

        qint64 year = 0;
        unsigned mon = 0, day = 0;
        const Token* d0 = dateCount > 0 ? &tokens[dateNumbers[0]] : nullptr;
        const Token* d1 = dateCount > 1 ? &tokens[dateNumbers[1]] : nullptr;
        const Token* d2 = dateCount > 2 ? &tokens[dateNumbers[2]] : nullptr;
        auto twoDigitYear = [](qint64 y) { return y < 70 ? 2000 + y : 1900 + y; };
        if (month) {
            // "04 Mar 2024", "Mar 4, 2024", "10 avr. 2024", "4. März 2024"
            if (dateCount != 2) {
                out.result = invalid();
                return out;
            }
            const Token* y = d1->length == 4 ? d1 : (d0->length == 4 ? d0 : d1);
            const Token* dd = y == d1 ? d0 : d1;
            year = y->length == 2 ? twoDigitYear(y->value) : y->value;
            mon = static_cast<unsigned>(month);
            day = static_cast<unsigned>(dd->value);
            if (dd->length > 2) {
                out.result = invalid();
                return out;
            }
        } else if (dateCount == 3 && d0->length == 4) {
            year = d0->value; // yyyy-MM-dd, yyyy/MM/dd, yyyy.MM.dd, 2024年3月4日
            mon = static_cast<unsigned>(d1->value);
            day = static_cast<unsigned>(d2->value);
        } else if (dateCount == 3 && (d2->length == 4 || d2->length == 2) && d0->length <= 2 && d1->length <= 2) {
            year = d2->length == 2 ? twoDigitYear(d2->value) : d2->value;
            const unsigned a = static_cast<unsigned>(d0->value);
            const unsigned c = static_cast<unsigned>(d1->value);
            const char sep = tokens[dateNumbers[1] - 1].type == Token::Sep ? tokens[dateNumbers[1] - 1].sep : 0;
            if (sep == '.') { // German, Russian, Polish...: always day first
                day = a;
                mon = c;
            } else if (a > 12 && c <= 12) {
                day = a;
                mon = c;
                out.evidence = DateParser::Evidence::DayFirst;
            } else if (c > 12 && a <= 12) {
                mon = a;
                day = c;
                out.evidence = DateParser::Evidence::MonthFirst;
            } else if (a == c || order == DateOrder::DMY) {
                day = a;
                mon = c;
            } else if (order == DateOrder::MDY || (order == DateOrder::Auto && (am || pm))) {
                // A 12-hour clock with AM/PM is the US convention, and so is month first.
                mon = a;
                day = c;
            } else {
                out.result.kind = Result::Ambiguous;
                return out;
            }
        } else {
            out.result = invalid();
            return out;
        }

        if (year == 0 && mon == 0) { // 0000-00-00: the "no date" of some databases
            out.result = never();
            return out;
        }
        if (year <= 1 && mon == 1 && day == 1) { // .NET DateTime.MinValue
            out.result = never();
            return out;
        }
        if (year < 1900 || year > 2200 || mon < 1 || mon > 12 || day < 1 || day > daysInMonth(year, mon)) {
            out.result = invalid();
            return out;
        }
        Result& r = out.result;
        r.kind = Result::Ok;
        const qint64 days = daysFromCivil(year, mon, day);
        if (hour < 0) {
            if (am || pm || hasOffset) {
                r = invalid();
                return out;
            }
            if (days == 0) { // 1970-01-01: an unset Unix time
                r = never();
                return out;
            }
            r.epochSeconds = days * 86400;
            r.hasTime = false;
            return out;
        }
        if (am || pm) {
            if (hour < 1 || hour > 12) {
                r = invalid();
                return out;
            }
            if (pm && hour != 12)
                hour += 12;
            if (am && hour == 12)
                hour = 0;
        }
        if (hour > 23 || minute > 59 || second > 60) {
            r = invalid();
            return out;
        }
        if (second == 60)
            second = 59; // leap second: keep within the minute
        r.hasTime = true;
        const qint64 local = days * 86400 + hour * 3600 + minute * 60 + second;
        if (hasOffset || utc || !zone) {
            r.epochSeconds = local - offsetSeconds;
        } else {
            unsigned m2 = 0, d2v = 0;
            qint64 y2 = 0;
            civilFromDays(days, &y2, &m2, &d2v);
            const QDateTime dt(QDate(static_cast<int>(y2), static_cast<int>(m2), static_cast<int>(d2v)),
                               QTime(hour, minute, second), *zone);
            r.epochSeconds = dt.isValid() ? dt.toSecsSinceEpoch() : local;
        }
        if (r.epochSeconds == 0) { // 1970-01-01T00:00:00Z: an unset Unix time
            r = never();
        }
        return out;
    }
} // namespace

int DateParser::format(const Result& result, char* out)
{
    const qint64 days = result.epochSeconds >= 0 ? result.epochSeconds / 86400 : (result.epochSeconds - 86399) / 86400;
    const qint64 secs = result.epochSeconds - days * 86400;
    qint64 y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    auto put2 = [](char* p, unsigned v) {
        p[0] = static_cast<char>('0' + v / 10);
        p[1] = static_cast<char>('0' + v % 10);
    };
    const unsigned yy = static_cast<unsigned>(y);
    out[0] = static_cast<char>('0' + yy / 1000 % 10);
    out[1] = static_cast<char>('0' + yy / 100 % 10);
    out[2] = static_cast<char>('0' + yy / 10 % 10);
    out[3] = static_cast<char>('0' + yy % 10);
    out[4] = '-';
    put2(out + 5, m);
    out[7] = '-';
    put2(out + 8, d);
    if (!result.hasTime)
        return 10;
    out[10] = 'T';
    put2(out + 11, static_cast<unsigned>(secs / 3600));
    out[13] = ':';
    put2(out + 14, static_cast<unsigned>(secs / 60 % 60));
    out[16] = ':';
    put2(out + 17, static_cast<unsigned>(secs % 60));
    out[19] = 'Z';
    return 20;
}

QString DateParser::toIso(const Result& result)
{
    if (result.kind != Result::Ok)
        return QString();
    char buffer[24];
    const int n = format(result, buffer);
    return QString::fromLatin1(buffer, n);
}

#include "import/xlsxnumberformat.h"

#include <cmath>

namespace
{
    struct Civil
    {
        qint64 year;
        int month;
        int day;
    };

    // Proleptic Gregorian date of a day number (days since 1970-01-01), QDate's calendar without its calls:
    // Howard Hinnant's civil_from_days.
    Civil civilFromDays(qint64 z)
    {
        z += 719468;
        const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
        const qint64 dayOfEra = z - era * 146097;
        const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        const qint64 shifted = (5 * dayOfYear + 2) / 153; // months from March
        const int day = int(dayOfYear - (153 * shifted + 2) / 5 + 1);
        const int month = int(shifted < 10 ? shifted + 3 : shifted - 9);
        return Civil {yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day};
    }

    // QByteArrayView::toDouble without the library call for the plain decimals sheets store ("46330.997916667"):
    // when the digits fit in 53 bits and at most 22 follow the point, the integer and the power of ten are exact
    // doubles and one IEEE division rounds correctly (Clinger's fast path), so the double is the same. Anything
    // else (a sign, an exponent, more digits, spaces) goes to the library.
    double toDouble(QByteArrayView raw, bool* ok)
    {
        static constexpr double Powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        if (raw.isEmpty() || raw.size() > 19 || raw.front() == '.' || raw.back() == '.')
            return raw.toDouble(ok);
        quint64 mantissa = 0;
        int fraction = -1; // digits after the point, -1 without one
        for (const char c : raw) {
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + quint64(c - '0');
                fraction += fraction >= 0 ? 1 : 0;
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return raw.toDouble(ok);
            }
        }
        if (mantissa > (quint64(1) << 53) || fraction > 22)
            return raw.toDouble(ok);
        *ok = true;
        return fraction > 0 ? double(mantissa) / Powers[fraction] : double(mantissa);
    }
} // namespace

XlsxNumberFormat::Kind XlsxNumberFormat::classify(int numFmtId, const QString& customCode)
{
    if (!customCode.isEmpty())
        return classifyCode(customCode);
    if ((numFmtId >= 14 && numFmtId <= 17) || (numFmtId >= 27 && numFmtId <= 31) || numFmtId == 36 ||
        (numFmtId >= 50 && numFmtId <= 58))
        return Kind::Date;
    if (numFmtId == 22)
        return Kind::DateTime;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 32 && numFmtId <= 35) || (numFmtId >= 45 && numFmtId <= 47))
        return Kind::Time;
    if (numFmtId == 49)
        return Kind::Text;
    return Kind::Number;
}

XlsxNumberFormat::Kind XlsxNumberFormat::classifyCode(const QString& code)
{
    // Only the first section (positive numbers) decides. Quoted text, escaped characters and bracketed
    // parts ([Red], [$-409]) are not date tokens; [h] / [mm] / [ss] are elapsed time.
    bool date = false;
    bool time = false;
    bool month = false; // "m" is minutes next to hours or seconds, a month otherwise
    bool text = false;
    bool quoted = false;
    QString body = code;
    body.replace(QLatin1String("General"), QString(), Qt::CaseInsensitive);
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (quoted) {
            quoted = c != QLatin1Char('"');
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = body.indexOf(QLatin1Char(']'), i);
            if (end < 0)
                break;
            const QString inner = body.mid(i + 1, end - i - 1).toLower();
            if (!inner.isEmpty() && inner.count(inner.at(0)) == inner.size() &&
                (inner.at(0) == QLatin1Char('h') || inner.at(0) == QLatin1Char('m') || inner.at(0) == QLatin1Char('s')))
                time = true;
            i = end;
        } else if (c == QLatin1Char(';')) {
            break;
        } else if (c == QLatin1Char('@')) {
            text = true;
        } else {
            const QChar lower = c.toLower();
            if (lower == QLatin1Char('y') || lower == QLatin1Char('d'))
                date = true;
            else if (lower == QLatin1Char('h') || lower == QLatin1Char('s'))
                time = true;
            else if (lower == QLatin1Char('m'))
                month = true;
        }
    }
    if (month && !time)
        date = true;
    if (date && time)
        return Kind::DateTime;
    if (date)
        return Kind::Date;
    if (time)
        return Kind::Time;
    return text ? Kind::Text : Kind::Number;
}

QByteArray XlsxNumberFormat::number(QByteArrayView raw)
{
    QByteArray text;
    appendNumber(raw, &text);
    return text;
}

QByteArray XlsxNumberFormat::serial(QByteArrayView raw, Kind kind, bool date1904)
{
    QByteArray text;
    appendSerial(raw, kind, date1904, &text);
    return text;
}

void XlsxNumberFormat::appendNumber(QByteArrayView raw, QByteArray* out)
{
    raw = raw.trimmed();
    bool plain = !raw.isEmpty();
    int digits = 0;
    bool leading = true;
    bool fraction = false;
    for (const char c : raw) {
        if (c >= '0' && c <= '9') {
            leading = leading && c == '0';
            digits += !leading;
        } else if (c == '.') {
            fraction = true;
        } else if (c != '-') {
            plain = false;
            break;
        }
    }
    // Excel shows at most 15 significant digits; files may store 17 ("0.30000000000000004").
    if (plain && digits <= 15) {
        // Already decimal text as Excel and LibreOffice store it; drop a meaningless fraction ("12.50" -> "12.5").
        QByteArrayView text = raw;
        if (fraction) {
            while (text.endsWith('0'))
                text.chop(1);
            if (text.endsWith('.'))
                text.chop(1);
        }
        if (text == "-0" || text.isEmpty())
            text = "0";
        out->append(text.data(), text.size());
        return;
    }
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        out->append(raw.data(), raw.size());
        return;
    }
    const QByteArray rounded = QByteArray::number(value, 'g', 15);
    const double shown = rounded.toDouble();
    if (std::abs(shown) < 1e15 && shown == std::floor(shown))
        out->append(QByteArray::number(qint64(shown)));
    else
        out->append(rounded);
}

void XlsxNumberFormat::appendSerial(QByteArrayView raw, Kind kind, bool date1904, QByteArray* out)
{
    bool ok = false;
    const double value = toDouble(raw, &ok);
    if (!ok || !std::isfinite(value) || value < 0 || value > 2958465.0 || kind == Kind::Number || kind == Kind::Text) {
        appendNumber(raw, out); // not a date, or out of range (after 9999-12-31)
        return;
    }
    // Round to the second first, so 0.99999999 is the next midnight rather than 23:59:59.
    const qint64 seconds = qint64(std::llround(value * 86400.0));
    const qint64 days = seconds / 86400;
    const int secondOfDay = int(seconds % 86400);
    // Days since 1970-01-01 (QDate's calendar calls were ~2% of a million-row workbook's convert).
    qint64 epochDay = 0;
    if (date1904)
        epochDay = -24107 + days; // 1904-01-01
    else if (days < 60)
        epochDay = -25568 + days; // Excel's 1900 system pretends 1900-02-29 existed (serial 60): one day off
    else if (days == 60)
        epochDay = -25509; // 1900-02-28
    else
        epochDay = -25569 + days; // 1899-12-30
    const Civil date = civilFromDays(epochDay);
    // What QDate/QTime::toString(Qt::ISODate) print, formatted in place and appended once.
    char buffer[20];
    char* p = buffer;
    const auto digits = [&p](qint64 number, int width) {
        for (int i = width - 1; i >= 0; --i, number /= 10)
            p[i] = char('0' + number % 10);
        p += width;
    };
    if (kind != Kind::Time || days > 0) { // a duration longer than a day keeps its date rather than wrap around
        digits(date.year, 4);
        *p++ = '-';
        digits(date.month, 2);
        *p++ = '-';
        digits(date.day, 2);
    }
    if (kind != Kind::Date) {
        if (p != buffer)
            *p++ = 'T';
        digits(secondOfDay / 3600, 2);
        *p++ = ':';
        digits(secondOfDay / 60 % 60, 2);
        *p++ = ':';
        digits(secondOfDay % 60, 2);
    }
    out->append(buffer, p - buffer);
}

#include "import/xlsxnumberformat.h"

#include <QDate>
#include <QTime>

#include <cmath>

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
    raw = raw.trimmed();
    bool plain = !raw.isEmpty();
    int digits = 0;
    bool leading = true;
    for (const char c : raw) {
        if (c >= '0' && c <= '9') {
            leading = leading && c == '0';
            digits += !leading;
        } else if (c != '.' && c != '-') {
            plain = false;
            break;
        }
    }
    // Excel shows at most 15 significant digits; files may store 17 ("0.30000000000000004").
    if (plain && digits <= 15) {
        // Already decimal text as Excel and LibreOffice store it; drop a meaningless fraction ("12.50" -> "12.5").
        QByteArray text = raw.toByteArray();
        if (text.contains('.')) {
            while (text.endsWith('0'))
                text.chop(1);
            if (text.endsWith('.'))
                text.chop(1);
        }
        if (text == "-0" || text.isEmpty())
            text = "0";
        return text;
    }
    bool ok = false;
    const double value = raw.toByteArray().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return raw.toByteArray();
    const QByteArray rounded = QByteArray::number(value, 'g', 15);
    const double shown = rounded.toDouble();
    if (std::abs(shown) < 1e15 && shown == std::floor(shown))
        return QByteArray::number(qint64(shown));
    return rounded;
}

QByteArray XlsxNumberFormat::serial(QByteArrayView raw, Kind kind, bool date1904)
{
    bool ok = false;
    const double value = raw.toByteArray().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0 || value > 2958465.0 || kind == Kind::Number || kind == Kind::Text)
        return number(raw); // not a date, or out of range (after 9999-12-31)
    // Round to the second first, so 0.99999999 is the next midnight rather than 23:59:59.
    const qint64 seconds = qint64(std::llround(value * 86400.0));
    qint64 days = seconds / 86400;
    const int secondOfDay = int(seconds % 86400);
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else if (days < 60) {
        // Excel's 1900 system pretends 1900-02-29 existed (serial 60); serials before it are one day off.
        date = QDate(1899, 12, 31).addDays(days);
    } else if (days == 60) {
        date = QDate(1900, 2, 28);
    } else {
        date = QDate(1899, 12, 30).addDays(days);
    }
    // What QDate/QTime::toString(Qt::ISODate) print, without their QString formatting on every cell.
    const auto digits = [](QByteArray* out, int number, int width) {
        char buffer[4];
        for (int i = width - 1; i >= 0; --i, number /= 10)
            buffer[i] = char('0' + number % 10);
        out->append(buffer, width);
    };
    QByteArray text;
    if (kind != Kind::Time || days > 0) { // a duration longer than a day keeps its date rather than wrap around
        digits(&text, date.year(), 4);
        text += '-';
        digits(&text, date.month(), 2);
        text += '-';
        digits(&text, date.day(), 2);
    }
    if (kind == Kind::Date)
        return text;
    if (!text.isEmpty())
        text += 'T';
    digits(&text, secondOfDay / 3600, 2);
    text += ':';
    digits(&text, secondOfDay / 60 % 60, 2);
    text += ':';
    digits(&text, secondOfDay % 60, 2);
    return text;
}

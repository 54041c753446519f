#include "import/odssheetparser.h"

#include "import/sheetbuilder.h"
#include "import/xlsxnumberformat.h"
#include "import/xmlscanner.h"

#include <QDate>

#include <cmath>

namespace
{
    // A cell's text stops growing one byte past a row's limit, so SheetBuilder refuses it with its message
    // instead of the text filling memory first.
    constexpr qsizetype TextCap = qsizetype(SheetBuilder::MaxRowBytes) + 1;

    qint64 repeatOf(XmlScanner& xml, QByteArrayView attribute)
    {
        const qint64 repeat = xml.attribute(attribute).value_or(QByteArrayView()).toLongLong();
        return repeat > 0 ? repeat : 1;
    }

    bool isSpace(char c)
    {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    // Appends character data as a paragraph shows it: runs of white space (a pretty-printed file's line breaks
    // and indents) collapse to one space and a paragraph's leading white space is dropped (ODF 1.2, 6.1.2).
    void appendCollapsed(QByteArrayView raw, QByteArray* text, bool* afterSpace)
    {
        for (const char c : raw) {
            if (text->size() >= TextCap)
                return;
            if (isSpace(c)) {
                if (!*afterSpace)
                    text->append(' ');
                *afterSpace = true;
            } else {
                text->append(c);
                *afterSpace = false;
            }
        }
    }

    // Elements inside a cell whose text is not the cell's value: comments, footnotes, drawings.
    bool notCellText(QByteArrayView name)
    {
        return name == "annotation" || name == "note" || name == "frame" || name == "custom-shape" || name == "g" ||
            name == "rect" || name == "line" || name == "ellipse" || name == "connector" || name == "control";
    }

    // The text of the cell's paragraphs (the cell's start was just read), through its end. False on an XML error.
    bool readParagraphs(XmlScanner& xml, QByteArray* text, QByteArray* raw)
    {
        int depth = 1; // 1: the cell; 2: a paragraph; deeper: spans, links
        bool firstParagraph = true;
        bool afterSpace = true; // at a paragraph's start
        while (depth > 0) {
            switch (xml.next()) {
            case XmlScanner::Token::StartElement: {
                const QByteArrayView name = xml.name();
                if (notCellText(name)) {
                    if (!xml.skipElement())
                        return false;
                } else if (depth == 1 && (name == "p" || name == "h")) {
                    if (!firstParagraph && text->size() < TextCap)
                        text->append('\n');
                    firstParagraph = false;
                    afterSpace = true;
                    ++depth;
                } else if (depth >= 2 && (name == "s" || name == "tab" || name == "line-break")) {
                    const qint64 count = name == "s" ? xml.attribute("text:c").value_or("1").toLongLong() : 1;
                    const qint64 room = std::max<qint64>(TextCap - text->size(), 0);
                    text->append(qsizetype(std::min(std::max<qint64>(count, 1), room)),
                                 name == "s" ? ' ' : (name == "tab" ? '\t' : '\n'));
                    afterSpace = false;
                    if (!xml.skipElement())
                        return false;
                } else {
                    ++depth;
                }
                break;
            }
            case XmlScanner::Token::EndElement:
                --depth;
                break;
            case XmlScanner::Token::Text:
                if (depth >= 2) {
                    raw->truncate(0);
                    if (!xml.appendText(raw))
                        return false;
                    appendCollapsed(*raw, text, &afterSpace);
                }
                break;
            case XmlScanner::Token::End:
            case XmlScanner::Token::Error:
                return false;
            }
        }
        return true;
    }
    // After a refusal: on to the end of the table (`depth` elements are open), so the sheets after it are named.
    OdsSheetParser::Outcome skipRest(XmlScanner& xml, int depth)
    {
        for (; depth > 0; --depth) {
            if (!xml.skipElement())
                return OdsSheetParser::Outcome::Damaged;
        }
        return OdsSheetParser::Outcome::Refused;
    }
} // namespace

QByteArray OdsSheetParser::dateText(QByteArrayView value)
{
    const QByteArrayView day = value.first(std::min<qsizetype>(value.size(), 10));
    const QDate date = QDate::fromString(QLatin1String(day), Qt::ISODate);
    if (!date.isValid())
        return value.toByteArray(); // not a date we know how to show: as stored, never dropped
    if (value.size() <= 10)
        return day.toByteArray();
    if (value.at(10) != 'T' || value.size() < 19)
        return value.toByteArray();
    bool ok = true;
    const auto field = [&](qsizetype at) {
        bool good = false;
        const int number = value.sliced(at, 2).toInt(&good);
        ok = ok && good;
        return number;
    };
    const int hours = field(11);
    const int minutes = field(14);
    QByteArrayView secondsText = value.sliced(17);
    const qsizetype zone = secondsText.indexOf('Z');
    secondsText = zone >= 0 ? secondsText.first(zone) : secondsText;
    const double seconds = secondsText.toDouble(&ok);
    if (!ok || hours > 23 || minutes > 59 || seconds < 0 || seconds >= 61)
        return value.toByteArray();
    // Rounded to the second like an XLSX serial, so 23:59:59.7 is the next midnight.
    const qint64 total = qint64(hours) * 3600 + minutes * 60 + std::llround(seconds);
    const QDate shown = date.addDays(total / 86400);
    const int second = int(total % 86400);
    return QStringLiteral("%1T%2:%3:%4")
        .arg(shown.toString(Qt::ISODate))
        .arg(second / 3600, 2, 10, QLatin1Char('0'))
        .arg(second / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(second % 60, 2, 10, QLatin1Char('0'))
        .toLatin1();
}

QByteArray OdsSheetParser::timeText(QByteArrayView value)
{
    // ISO 8601 duration: PnDTnHnMnS (LibreOffice writes PT09H30M00S, and hours past 24 for long durations).
    const bool negative = value.startsWith('-');
    QByteArrayView rest = negative ? value.sliced(1) : value;
    if (!rest.startsWith('P'))
        return value.toByteArray();
    double seconds = 0;
    bool inTime = false;
    qsizetype start = 1;
    for (qsizetype i = 1; i < rest.size(); ++i) {
        const char c = rest.at(i);
        if (c == 'T') {
            inTime = true;
            start = i + 1;
            continue;
        }
        if ((c >= '0' && c <= '9') || c == '.')
            continue;
        bool ok = false;
        const double number = rest.sliced(start, i - start).toDouble(&ok);
        if (!ok)
            return value.toByteArray();
        if (c == 'D' && !inTime)
            seconds += number * 86400;
        else if (c == 'H' && inTime)
            seconds += number * 3600;
        else if (c == 'M' && inTime)
            seconds += number * 60;
        else if (c == 'S' && inTime)
            seconds += number;
        else
            return value.toByteArray();
        start = i + 1;
    }
    if (negative || start != rest.size())
        return value.toByteArray();
    return XlsxNumberFormat::serial(QByteArray::number(seconds / 86400.0, 'g', 17), XlsxNumberFormat::Kind::Time,
                                    false);
}

OdsSheetParser::Outcome OdsSheetParser::parse(XmlScanner& xml, SheetBuilder* sheet, qint64 total,
                                              const ProgressCallback& progress, const CancelFlag* cancel,
                                              qsizetype previewRecords, const PreviewHook& preview)
{
    QByteArray type;
    QByteArray calcType;
    QByteArray value;
    QByteArray text;
    QByteArray raw;
    bool previewSent = false;
    qint64 nextCheck = 0;
    int depth = 1;        // inside <table:table>; row containers (header rows, groups) nest deeper
    qint64 rowRepeat = 1; // of the open row; 0 = no row open
    bool inRow = false;
    while (depth > 0) {
        const XmlScanner::Token token = xml.next();
        if (token == XmlScanner::Token::End || token == XmlScanner::Token::Error)
            return Outcome::Damaged;
        if (token == XmlScanner::Token::EndElement) {
            --depth;
            if (inRow && xml.name() == "table-row") {
                inRow = false;
                if (!sheet->endRow(rowRepeat))
                    return skipRest(xml, depth);
                if (!previewSent && preview && sheet->records() >= previewRecords) {
                    previewSent = true;
                    preview(sheet->snapshot());
                }
                const qint64 position = xml.consumed();
                if (position >= nextCheck) {
                    nextCheck = position + (qint64(1) << 20);
                    if (cancel && cancel->load())
                        return Outcome::Cancelled;
                    if (progress)
                        progress(std::min(position, total), total);
                }
            }
            continue;
        }
        if (token != XmlScanner::Token::StartElement)
            continue;
        const QByteArrayView name = xml.name();
        if (!inRow && name == "table-row") {
            rowRepeat = repeatOf(xml, "table:number-rows-repeated");
            inRow = true;
            sheet->startRow();
            ++depth;
        } else if (inRow && (name == "table-cell" || name == "covered-table-cell")) {
            const qint64 repeat = repeatOf(xml, "table:number-columns-repeated");
            if (name == "covered-table-cell") { // hidden by a merged cell, as in XLSX only the first shows
                sheet->addEmpty(repeat);
                if (!xml.skipElement())
                    return Outcome::Damaged;
                continue;
            }
            type = xml.attribute("office:value-type").value_or(QByteArrayView()).toByteArray();
            calcType = xml.attribute("calcext:value-type").value_or(QByteArrayView()).toByteArray();
            const char* valueAttribute = type == "date" ? "office:date-value"
                : type == "time"                        ? "office:time-value"
                : type == "boolean"                     ? "office:boolean-value"
                : type == "string"                      ? "office:string-value"
                                                        : "office:value";
            const std::optional<QByteArrayView> attribute = xml.attribute(valueAttribute);
            value = attribute.value_or(QByteArrayView()).toByteArray();
            text.truncate(0);
            if (!readParagraphs(xml, &text, &raw))
                return Outcome::Damaged;
            if (calcType == "error" || type.isEmpty() || (type == "string" && !attribute))
                ; // the paragraphs are the value (a formula's error text, a string)
            else if (type == "string")
                text = value;
            else if (type == "date")
                text = dateText(value);
            else if (type == "time")
                text = timeText(value);
            else if (type == "boolean")
                text = value == "true" ? QByteArray("TRUE") : QByteArray("FALSE");
            else
                text = XlsxNumberFormat::number(value); // float, percentage, currency
            if (!sheet->addCell(text, repeat))
                return skipRest(xml, depth);
        } else if (!inRow && (name == "table-header-rows" || name == "table-row-group" || name == "table-rows")) {
            ++depth;
        } else if (!xml.skipElement()) { // columns, shapes, forms, named ranges; stray elements in a row
            return Outcome::Damaged;
        }
    }
    if (!previewSent && preview)
        preview(sheet->snapshot());
    return Outcome::Read;
}

#pragma once

#include "common/progress.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

class SheetBuilder;
class XmlScanner;
struct TableStorage;

// Streams one OpenDocument table (<table:table> in content.xml, read with XmlScanner) into a SheetBuilder:
// rows and cells with their repeats, covered (merged-away) cells as empty, and each cell's value as the same
// text an XLSX cell of that type gives: numbers (floats, percentages, currencies) as XlsxNumberFormat prints
// them, dates and date-times in ISO 8601, times as HH:mm:ss, booleans as TRUE/FALSE, strings from their
// paragraphs (several joined by line breaks, <text:s> spaces, tabs, line breaks; notes and shapes skipped).
// Used by OdsReader.
class OdsSheetParser
{
public:
    enum class Outcome
    {
        Read,     // the table was read (it may hold no rows)
        Refused,  // a bound of the SheetBuilder stopped it (its error() says why); skipped to the table's end
        Damaged,  // the XML is not valid (the scanner's error says why); nothing more can be read
        Cancelled // the cancel flag was set
    };
    using PreviewHook = std::function<void(const TableStorage& soFar)>;

    // The start of <table:table> was just read; returns after its end (or on failure). progress gets the bytes
    // of content.xml consumed so far and `total`.
    static Outcome parse(XmlScanner& xml, SheetBuilder* sheet, qint64 total, const ProgressCallback& progress,
                         const CancelFlag* cancel, qsizetype previewRecords, const PreviewHook& preview);

    // office:date-value ("2024-03-01", "2024-03-01T09:30:00.5") as an XLSX date cell shows it, seconds rounded.
    [[nodiscard]] static QByteArray dateText(QByteArrayView value);
    // office:time-value ("PT09H30M00S", a duration) as an XLSX time cell shows it.
    [[nodiscard]] static QByteArray timeText(QByteArrayView value);
};

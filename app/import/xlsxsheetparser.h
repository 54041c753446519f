#pragma once

#include "common/progress.h"
#include "import/importresult.h"
#include "import/tablestorage.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

class XlsxPartStream;
class XlsxWorkbook;
class XmlScanner;

// Streams one worksheet's XML (XmlScanner, never a DOM) into a TableStorage: cells placed by their reference
// (gaps become empty cells), shared/inline strings, numbers, booleans, errors, dates through the cell style's
// number format; empty rows dropped and remembered like blank CSV lines. Memory is bounded as cells are read,
// not at a row's end: a row's text, the sheet's text against the size of the XML it came from, and the empty
// cells that gaps between references create. Used by XlsxReader.
class XlsxSheetParser
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetParser)

public:
    static constexpr int MaxColumns = 16384;
    static constexpr qint64 MaxRows = 1048576;
    static constexpr qint64 MaxRowBytes = qint64(16) << 20; // CsvParser's record limit
    // The sheet's text may grow to this many times its XML (sheet + shared strings), at least MinTextBudget.
    static constexpr qint64 TextGrowth = 4;
    static constexpr qint64 MinTextBudget = qint64(64) << 20;
    // Empty cells created by gaps ("A5" then "XFD5"): at most this many per cell in the XML, plus a floor.
    static constexpr qint64 GapCellsPerCell = 32;
    static constexpr qint64 MinGapCells = qint64(4) << 20;

    struct Result
    {
        TableStorage storage;
        std::vector<quint32> blankLines;
        ImportError error;
    };
    // Called once with the records parsed so far when `previewRecords` records exist.
    using PreviewHook = std::function<void(const TableStorage& soFar)>;

    static Result parse(XlsxPartStream* sheet, qint64 sheetSize, const XlsxWorkbook& workbook,
                        const ProgressCallback& progress, const CancelFlag* cancel, qsizetype previewRecords,
                        const PreviewHook& preview);

    // "BC12" -> 54 (0-based column), -1 when it has no letters.
    static int columnOf(QByteArrayView reference);
    // The text of an element's <t> descendants (inline strings, rich text runs, shared string items), skipping
    // phonetic runs (<rPh>), appended to *text; the element's start was just read. False on an XML error.
    static bool readRichText(XmlScanner& xml, QByteArray* text);
};

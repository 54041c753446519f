#pragma once

#include "import/tablestorage.h"
#include "import/xlsxsheetparser.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <vector>

// Builds one sheet's TableStorage row by row for the ODS and XLS readers, with XlsxSheetParser's bounds checked
// as cells arrive rather than at a row's end: columns and rows within the spreadsheet limits, a row's text, the
// sheet's text and its cell count against the size of the source they came from. Repeats (OpenDocument's
// number-columns-repeated and number-rows-repeated) expand only as far as the data needs: empty cells are counted
// and stored only before a later filled cell of the row, empty rows are counted and never stored, so LibreOffice's
// trailing "1,048,576 empty rows" cost nothing and a repeated filled cell or row hits a bound with a clear message.
class SheetBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SheetBuilder)

public:
    // XLSX's bounds. The text may grow to TextGrowth times the source, at least MinTextBudget; the cells to one
    // per source byte, at least MinCells (a user export of a million rows stores far fewer cells than its XML
    // has bytes).
    static constexpr qint64 MaxColumns = XlsxSheetParser::MaxColumns;
    static constexpr qint64 MaxRows = XlsxSheetParser::MaxRows;
    static constexpr qint64 MaxRowBytes = XlsxSheetParser::MaxRowBytes;
    static constexpr qint64 TextGrowth = XlsxSheetParser::TextGrowth;
    static constexpr qint64 MinTextBudget = XlsxSheetParser::MinTextBudget;
    static constexpr qint64 MinCells = qint64(4) << 20;

    explicit SheetBuilder(qint64 sourceSize);

    // Starts the next row; rows()/row() then number it (1-based, after the rows and repeats before it).
    void startRow();
    // `count` empty cells in the current row.
    void addEmpty(qint64 count);
    // A cell shown `repeat` times side by side; an empty text is the same as addEmpty(). False on a bound.
    bool addCell(QByteArrayView text, qint64 repeat = 1);
    // Ends the current row, which the sheet shows `repeat` times (identical rows). False on a bound.
    bool endRow(qint64 repeat = 1);

    [[nodiscard]] qint64 row() const { return m_row; }
    [[nodiscard]] qsizetype records() const { return qsizetype(m_storage.recordLine.size()); }
    // Why a bound stopped the sheet (empty when none), naming the row.
    [[nodiscard]] QString error() const { return m_error; }
    // A copy of the records so far (with the final sentinel) for a preview.
    [[nodiscard]] TableStorage snapshot() const;
    // The finished storage and the sheet rows of the blank rows between records.
    TableStorage take(std::vector<quint32>* blankLines);

private:
    bool fail(const QString& message);
    bool fits(qint64 cells, qint64 bytes);
    bool record(qint64 row);

    TableStorage m_storage;
    std::vector<quint32> m_blankLines;
    qint64 m_textBudget = 0;
    qint64 m_cellBudget = 0;
    qint64 m_row = 0;       // the current row's number
    qint64 m_nextRow = 1;   // the number the next row gets
    qint64 m_blankFrom = 1; // blank rows from here to m_row are noted when a filled row follows them
    qint64 m_column = 0;    // cells placed in the row, stored or pending
    qint64 m_pending = 0;   // empty cells not stored yet
    size_t m_rowFirst = 0;  // the row's first cell in m_storage.cellEnds
    qsizetype m_rowWrite = 0;
    QString m_error;
};

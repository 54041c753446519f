#pragma once

#include "import/importoptions.h"
#include "import/importresult.h"
#include "import/tablereader.h"
#include "import/tablestorage.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

class Table;

// What the workbook readers (XLSX, ODS, XLS) share once a sheet's cells are in a TableStorage: which sheet a name
// means, whether a sheet holds users (the default choice skips cover and summary sheets), the preview of the
// first rows, and finding the header and data rows like CsvReader does.
class SheetTable
{
    Q_DECLARE_TR_FUNCTIONS(SheetTable)

public:
    using PreviewHook = std::function<void(const TableStorage& soFar)>;

    // Sets result->sheet to `wanted` as the workbook spells it (names are case-insensitive, as in Excel and
    // LibreOffice); false with result->error set when there is no such sheet.
    static bool resolve(ImportResult* result, const QString& wanted);
    // Whether a sheet's table looks like a list of users (several columns, rows, e-mail addresses or a user/
    // e-mail/login column) rather than a cover or summary sheet.
    [[nodiscard]] static bool holdsUsers(const Table& table);
    // Passes on only previews of sheets that hold users, so the window never flashes a cover page.
    [[nodiscard]] static TableReader::PreviewCallback usersOnly(const TableReader::PreviewCallback& preview);
    // Reads a sheet into result->table (or result->error); false when it is damaged, refused or cancelled.
    using SheetRead = std::function<bool(ImportResult* result, const TableReader::PreviewCallback& preview)>;
    // With no sheet named: reads base.sheets in order and returns the first that holds users; a cover or
    // summary sheet before it is passed over, a damaged one stops with its error (the window offers the
    // others), and when none holds users the first that reads (or the first sheet's error) is returned.
    static ImportResult firstUsersSheet(const ImportResult& base, const TableReader::PreviewCallback& preview,
                                        const SheetRead& read);
    // The hook a sheet parser calls with its first records: the table found in them goes to `preview`.
    [[nodiscard]] static PreviewHook previewHook(const ImportOptions& options, const QString& sourceName,
                                                 const TableReader::PreviewCallback& preview);
    // The table of result->sheet from its records into result->table (or an error: empty sheet, no header
    // row, no data rows). blankLines: sheet rows of the blank rows the parser dropped.
    static void finish(ImportResult* result, TableStorage storage, const std::vector<quint32>& blankLines,
                       const ImportOptions& options);
};

#pragma once

#include "common/progress.h"
#include "import/importoptions.h"
#include "import/importresult.h"
#include "import/tablereader.h"

#include <QCoreApplication>

class SheetBuilder;

// A legacy Excel 97-2003 workbook (.xls, BIFF in an OLE2 container) to a Table through FreeXL, Debian's
// well-kept reader of that format (we do not hand-write a BIFF parser). FreeXL gives each cell typed: text,
// integer, double, and dates/date-times/times already formatted, which become the same text an XLSX cell gives.
// Sheets, the sheet option and the users-sheet choice work as for XLSX. Password-protected (FreeXL: obfuscated)
// and damaged files are refused naming the file. Built without FreeXL (it is found with pkg-config), .xls files
// are refused with a message saying so. Called by TableReader for OLE2 files (which .xls files are).
class XlsReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    // FreeXL holds every declared cell in memory (16 bytes each): one sheet of Excel 97's full 65,536 x 256 fits,
    // a workbook declaring more is refused before FreeXL opens it.
    static constexpr qint64 MaxDeclaredCells = 20000000;

    // Whether this build can read .xls at all.
    [[nodiscard]] static bool available();
    static ImportResult read(const QString& path, const ImportOptions& options, const ProgressCallback& progress,
                             const CancelFlag* cancel, const TableReader::PreviewCallback& preview);

private:
    // Reads result->sheet into result->table (or result->error); false when the sheet is damaged, refused or
    // cancelled, true when it was read, even if it holds no table.
    static bool readSheet(const void* handle, ImportResult* result, const ImportOptions& options,
                          const ProgressCallback& progress, const CancelFlag* cancel,
                          const TableReader::PreviewCallback& preview);
    // FreeXL's error code as a sentence naming the file.
    static QString openError(int code, const QString& path);
};

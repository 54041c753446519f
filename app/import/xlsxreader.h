#pragma once

#include "common/progress.h"
#include "import/importoptions.h"
#include "import/importresult.h"
#include "import/tablereader.h"

class XlsxArchive;
class XlsxWorkbook;

// An XLSX workbook to a Table: opens the zip (bounded, see XlsxArchive), loads the workbook parts, streams the
// chosen sheet (or, with none given, the first that holds users) and finds the header like CsvReader does.
// Called by TableReader for zip files and .xlsx names.
class XlsxReader
{
public:
    static ImportResult read(const QString& path, const ImportOptions& options, const ProgressCallback& progress,
                             const CancelFlag* cancel, const TableReader::PreviewCallback& preview);

private:
    // Reads out->sheet into out->table (or out->error); false when the sheet is damaged or refused, true when it
    // was read, even if it holds no table.
    static bool readSheet(XlsxArchive& archive, const XlsxWorkbook& workbook, ImportResult* out,
                          const ImportOptions& options, const ProgressCallback& progress, const CancelFlag* cancel,
                          const TableReader::PreviewCallback& preview);
};

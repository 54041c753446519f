#pragma once

#include "common/progress.h"
#include "import/importoptions.h"
#include "import/importresult.h"
#include "import/tablereader.h"

#include <QCoreApplication>

// An XLSX workbook to a Table: opens the zip (bounded, see XlsxArchive), loads the workbook parts, streams the
// chosen sheet and finds the header like CsvReader does. Called by TableReader for zip files and .xlsx names.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static ImportResult read(const QString& path, const ImportOptions& options, const ProgressCallback& progress,
                             const CancelFlag* cancel, const TableReader::PreviewCallback& preview);
};

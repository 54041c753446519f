#pragma once

#include "common/progress.h"
#include "import/importoptions.h"
#include "import/importresult.h"
#include "import/tablereader.h"

#include <QByteArray>
#include <QCoreApplication>

// Delimited text (CSV, TSV, Excel "Unicode text") to a Table: encoding, "sep=" line, delimiter, parse, header
// and footer. Called by TableReader with the whole file in memory; the bytes are converted to UTF-8 once and
// become the Table's buffer, so a file costs its size plus 4 bytes a cell.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // The preview: dialect detection and the first rows from a prefix of the file (may be cut anywhere).
    static std::shared_ptr<const Table> preview(QByteArray prefix, const ImportOptions& options,
                                                const QString& sourceName, int rows, bool complete);
    // The whole file. progress reports offsets within bytes.
    static ImportResult read(QByteArray bytes, const ImportOptions& options, const QString& path,
                             const ProgressCallback& progress, const CancelFlag* cancel);
};

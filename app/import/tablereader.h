#pragma once

#include "common/progress.h"
#include "import/importoptions.h"
#include "import/importresult.h"

#include <QCoreApplication>

#include <functional>

// Reads a CSV/TSV/TXT, XLSX, ODS, XLS or JSON file into a Table, detecting what options leave open. Synchronous: the
// CLI calls it inline, ImportJob in a worker thread. Never throws; failures come back in ImportResult::error.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)

public:
    // Called once, from the reading thread, with the first rows as soon as they are parsed.
    using PreviewCallback = std::function<void(std::shared_ptr<const Table> firstRows)>;
    static constexpr int PreviewRows = 200;

    // progress(done, total) only grows and ends at done == total. CSV: total is twice the file size (reading the
    // bytes, then parsing them); XLSX: the sheet's uncompressed XML size. Show it as a fraction.
    static ImportResult read(const QString& path, const ImportOptions& options = {},
                             const ProgressCallback& progress = {}, const CancelFlag* cancel = nullptr,
                             const PreviewCallback& preview = {});
};

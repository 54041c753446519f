#pragma once

#include "common/progress.h"
#include "import/importresult.h"
#include "import/tablestorage.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

class BoundedDevice;
class XlsxWorkbook;

// Streams one worksheet's XML (QXmlStreamReader, never a DOM) into a TableStorage: cells placed by their
// reference (gaps become empty cells), shared/inline strings, numbers, booleans, errors, dates through the
// cell style's number format; empty rows dropped and remembered like blank CSV lines. Used by XlsxReader.
class XlsxSheetParser
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetParser)

public:
    static constexpr int MaxColumns = 16384;
    static constexpr qint64 MaxRows = 1048576;

    struct Result
    {
        TableStorage storage;
        std::vector<quint32> blankLines;
        ImportError error;
    };
    // Called once with the records parsed so far when `previewRecords` records exist.
    using PreviewHook = std::function<void(const TableStorage& soFar)>;

    static Result parse(BoundedDevice* sheet, qint64 sheetSize, const XlsxWorkbook& workbook, const QString& part,
                        const ProgressCallback& progress, const CancelFlag* cancel, qsizetype previewRecords,
                        const PreviewHook& preview);

private:
    // "BC12" -> 54 (0-based column), -1 when it has no letters.
    static int columnOf(QStringView reference);
};

#include "import/xlsxreader.h"

#include "import/boundeddevice.h"
#include "import/table.h"
#include "import/tablelayout.h"
#include "import/xlsxarchive.h"
#include "import/xlsxsheetparser.h"
#include "import/xlsxworkbook.h"

#include <QFileInfo>

ImportResult XlsxReader::read(const QString& path, const ImportOptions& options, const ProgressCallback& progress,
                              const CancelFlag* cancel, const TableReader::PreviewCallback& preview)
{
    ImportResult result;
    result.format = QStringLiteral("xlsx");
    result.fileSize = QFileInfo(path).size();
    result.error.file = path;
    XlsxArchive archive(path);
    XlsxWorkbook workbook;
    if (!archive.open(&result.error.message) || !workbook.load(archive, &result.error.message))
        return result;
    result.sheets = workbook.sheetNames();
    result.sheet = options.sheet.isEmpty() ? result.sheets.constFirst() : options.sheet;
    if (!result.sheets.contains(result.sheet)) {
        // Sheet names are case-insensitive in Excel.
        for (const QString& name : std::as_const(result.sheets)) {
            if (name.compare(result.sheet, Qt::CaseInsensitive) == 0)
                result.sheet = name;
        }
    }
    if (!result.sheets.contains(result.sheet)) {
        result.error.message = tr("The workbook has no sheet named \"%1\"; its sheets are: %2")
                                   .arg(options.sheet, result.sheets.join(QStringLiteral(", ")));
        return result;
    }
    const QString part = workbook.sheetPath(result.sheet);
    std::unique_ptr<BoundedDevice> device = archive.stream(part, &result.error.message);
    if (!device)
        return result;

    const std::optional<qint64> headerLine =
        options.headerRow ? std::optional<qint64>(*options.headerRow) : std::nullopt;
    const QString sourceName = QFileInfo(path).fileName();
    XlsxSheetParser::PreviewHook hook;
    if (preview) {
        hook = [&](const TableStorage& soFar) {
            const TableLayout layout = TableLayout::detect(soFar, headerLine, {}, false);
            if (layout.headerRecord < qsizetype(soFar.recordLine.size())) {
                preview(std::make_shared<const Table>(soFar, layout.headerRecord,
                                                      std::min<qsizetype>(layout.dataRows, TableReader::PreviewRows),
                                                      sourceName));
            }
        };
    }
    XlsxSheetParser::Result parsed =
        XlsxSheetParser::parse(device.get(), archive.uncompressedSize(part), workbook, part, progress, cancel,
                               TableReader::PreviewRows + 50, hook);
    device.reset();
    if (parsed.error.isError()) {
        parsed.error.file = path;
        result.error = parsed.error;
        return result;
    }
    const qsizetype records = qsizetype(parsed.storage.recordLine.size());
    const TableLayout layout = TableLayout::detect(parsed.storage, headerLine, parsed.blankLines, true);
    if (records == 0) {
        result.error.message = tr("The sheet \"%1\" is empty").arg(result.sheet);
        return result;
    }
    if (layout.headerRecord >= records) {
        result.error.message = tr("There is no row %1 to use as the header").arg(options.headerRow.value_or(0));
        return result;
    }
    if (layout.dataRows <= 0) {
        result.error.message = tr("The sheet \"%1\" has a header row but no data rows").arg(result.sheet);
        result.error.line = parsed.storage.recordLine[size_t(layout.headerRecord)];
        return result;
    }
    result.dialect.encoding = Dialect::Encoding::Utf8;
    result.dialect.headerRow = int(parsed.storage.recordLine[size_t(layout.headerRecord)]);
    result.dialect.titleRows = layout.titleRows;
    result.dialect.footerRows = layout.footerRows;
    result.notices = layout.notices(parsed.storage, parsed.blankLines, false);
    result.table =
        std::make_shared<const Table>(std::move(parsed.storage), layout.headerRecord, layout.dataRows, sourceName);
    return result;
}

#include "import/xlsxreader.h"

#include "import/boundeddevice.h"
#include "import/sheettable.h"
#include "import/table.h"
#include "import/xlsxarchive.h"
#include "import/xlsxpartstream.h"
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
    if (options.sheet.isEmpty() && result.sheets.size() > 1) {
        return SheetTable::firstUsersSheet(result, preview, [&](ImportResult* sheet, const auto& sheetPreview) {
            return readSheet(archive, workbook, sheet, options, progress, cancel, sheetPreview);
        });
    }
    if (SheetTable::resolve(&result, options.sheet.isEmpty() ? result.sheets.constFirst() : options.sheet))
        readSheet(archive, workbook, &result, options, progress, cancel, preview);
    return result;
}

bool XlsxReader::readSheet(XlsxArchive& archive, const XlsxWorkbook& workbook, ImportResult* out,
                           const ImportOptions& options, const ProgressCallback& progress, const CancelFlag* cancel,
                           const TableReader::PreviewCallback& preview)
{
    ImportResult& result = *out;
    const QString part = workbook.sheetPath(result.sheet);
    std::unique_ptr<BoundedDevice> device = archive.stream(part, &result.error.message);
    if (!device)
        return false;
    auto stream = std::make_unique<XlsxPartStream>(std::move(device));
    XlsxSheetParser::Result parsed = XlsxSheetParser::parse(
        stream.get(), archive.uncompressedSize(part), workbook, progress, cancel, TableReader::PreviewRows + 50,
        SheetTable::previewHook(options, QFileInfo(result.error.file).fileName(), preview));
    stream.reset();
    if (parsed.error.isError()) {
        parsed.error.file = result.error.file;
        result.error = parsed.error;
        return false;
    }
    SheetTable::finish(&result, std::move(parsed.storage), parsed.blankLines, options);
    return true;
}

#include "import/xlsxreader.h"

#include "import/boundeddevice.h"
#include "import/table.h"
#include "import/tablelayout.h"
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
    if (options.sheet.isEmpty() && result.sheets.size() > 1)
        return readUserSheet(archive, workbook, result, options, progress, cancel, preview);
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
    readSheet(archive, workbook, &result, options, progress, cancel, preview);
    return result;
}

ImportResult XlsxReader::readUserSheet(XlsxArchive& archive, const XlsxWorkbook& workbook, const ImportResult& base,
                                       const ImportOptions& options, const ProgressCallback& progress,
                                       const CancelFlag* cancel, const TableReader::PreviewCallback& preview)
{
    // The first sheet that holds a table of users; a cover or summary sheet before it is passed over. Preview
    // rows are shown only from a sheet that looks like users, so the window never flashes a cover page.
    TableReader::PreviewCallback userPreview;
    if (preview) {
        userPreview = [&preview](std::shared_ptr<const Table> rows) {
            if (holdsUsers(*rows))
                preview(std::move(rows));
        };
    }
    std::optional<ImportResult> fallback;
    for (const QString& name : base.sheets) {
        ImportResult result = base;
        result.sheet = name;
        // A damaged or refused sheet stops here (the window offers the other sheets); an empty one is passed over.
        if (!readSheet(archive, workbook, &result, options, progress, cancel, userPreview) || result.error.cancelled)
            return result;
        if (result.ok() && holdsUsers(*result.table))
            return result;
        // Otherwise the first sheet that reads (or the first sheet's error) unless a later one holds users.
        if (!fallback || (!fallback->ok() && result.ok()))
            fallback = std::move(result);
    }
    return *fallback;
}

bool XlsxReader::holdsUsers(const Table& table)
{
    if (table.columnCount() < 2 || table.rowCount() < 1)
        return false;
    for (const QString& name : table.columnNames()) {
        if (name.contains(QLatin1String("mail"), Qt::CaseInsensitive) ||
            name.contains(QLatin1String("user"), Qt::CaseInsensitive) ||
            name.contains(QLatin1String("login"), Qt::CaseInsensitive))
            return true;
    }
    const qsizetype rows = std::min<qsizetype>(table.rowCount(), 50);
    for (qsizetype row = 0; row < rows; ++row) {
        for (int column = 0; column < table.columnCount(); ++column) {
            if (table.cellUtf8(row, column).contains('@'))
                return true;
        }
    }
    return false;
}

bool XlsxReader::readSheet(XlsxArchive& archive, const XlsxWorkbook& workbook, ImportResult* out,
                           const ImportOptions& options, const ProgressCallback& progress, const CancelFlag* cancel,
                           const TableReader::PreviewCallback& preview)
{
    ImportResult& result = *out;
    const QString path = result.error.file;
    const QString part = workbook.sheetPath(result.sheet);
    std::unique_ptr<BoundedDevice> device = archive.stream(part, &result.error.message);
    if (!device)
        return false;

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
    auto stream = std::make_unique<XlsxPartStream>(std::move(device));
    XlsxSheetParser::Result parsed = XlsxSheetParser::parse(stream.get(), archive.uncompressedSize(part), workbook,
                                                            progress, cancel, TableReader::PreviewRows + 50, hook);
    stream.reset();
    if (parsed.error.isError()) {
        parsed.error.file = path;
        result.error = parsed.error;
        return false;
    }
    const qsizetype records = qsizetype(parsed.storage.recordLine.size());
    const TableLayout layout = TableLayout::detect(parsed.storage, headerLine, parsed.blankLines, true);
    if (records == 0) {
        result.error.message = tr("The sheet \"%1\" is empty").arg(result.sheet);
        return true;
    }
    if (layout.headerRecord >= records) {
        result.error.message = tr("There is no row %1 to use as the header").arg(options.headerRow.value_or(0));
        return true;
    }
    if (layout.dataRows <= 0) {
        result.error.message = tr("The sheet \"%1\" has a header row but no data rows").arg(result.sheet);
        result.error.line = parsed.storage.recordLine[size_t(layout.headerRecord)];
        return true;
    }
    result.dialect.encoding = Dialect::Encoding::Utf8;
    result.dialect.headerRow = int(parsed.storage.recordLine[size_t(layout.headerRecord)]);
    result.dialect.titleRows = layout.titleRows;
    result.dialect.footerRows = layout.footerRows;
    result.notices = layout.notices(parsed.storage, parsed.blankLines, false);
    result.table =
        std::make_shared<const Table>(std::move(parsed.storage), layout.headerRecord, layout.dataRows, sourceName);
    return true;
}

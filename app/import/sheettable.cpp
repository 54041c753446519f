#include "import/sheettable.h"

#include "import/table.h"
#include "import/tablelayout.h"

#include <QFileInfo>

#include <optional>

namespace
{
    std::optional<qint64> headerLine(const ImportOptions& options)
    {
        return options.headerRow ? std::optional<qint64>(*options.headerRow) : std::nullopt;
    }
} // namespace

bool SheetTable::resolve(ImportResult* result, const QString& wanted)
{
    result->sheet = wanted;
    for (const QString& name : std::as_const(result->sheets)) {
        if (name == wanted)
            return true;
    }
    for (const QString& name : std::as_const(result->sheets)) {
        if (name.compare(wanted, Qt::CaseInsensitive) == 0) {
            result->sheet = name;
            return true;
        }
    }
    result->error.message = tr("The workbook has no sheet named \"%1\"; its sheets are: %2")
                                .arg(wanted, result->sheets.join(QStringLiteral(", ")));
    return false;
}

bool SheetTable::holdsUsers(const Table& table)
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

TableReader::PreviewCallback SheetTable::usersOnly(const TableReader::PreviewCallback& preview)
{
    if (!preview)
        return {};
    return [preview](std::shared_ptr<const Table> rows) {
        if (holdsUsers(*rows))
            preview(std::move(rows));
    };
}

ImportResult SheetTable::firstUsersSheet(const ImportResult& base, const TableReader::PreviewCallback& preview,
                                         const SheetRead& read)
{
    const TableReader::PreviewCallback userPreview = usersOnly(preview);
    std::optional<ImportResult> fallback;
    for (const QString& name : base.sheets) {
        ImportResult result = base;
        result.sheet = name;
        if (!read(&result, userPreview) || result.error.cancelled)
            return result;
        if (result.ok() && holdsUsers(*result.table))
            return result;
        if (!fallback || (!fallback->ok() && result.ok()))
            fallback = std::move(result);
    }
    return fallback ? *fallback : base;
}

SheetTable::PreviewHook SheetTable::previewHook(const ImportOptions& options, const QString& sourceName,
                                                const TableReader::PreviewCallback& preview)
{
    if (!preview)
        return {};
    return [header = headerLine(options), sourceName, preview](const TableStorage& soFar) {
        const TableLayout layout = TableLayout::detect(soFar, header, {}, false);
        if (layout.headerRecord < qsizetype(soFar.recordLine.size())) {
            preview(std::make_shared<const Table>(soFar, layout.headerRecord,
                                                  std::min<qsizetype>(layout.dataRows, TableReader::PreviewRows),
                                                  sourceName));
        }
    };
}

void SheetTable::finish(ImportResult* out, TableStorage storage, const std::vector<quint32>& blankLines,
                        const ImportOptions& options)
{
    ImportResult& result = *out;
    const qsizetype records = qsizetype(storage.recordLine.size());
    const TableLayout layout = TableLayout::detect(storage, headerLine(options), blankLines, true);
    if (records == 0) {
        result.error.message = tr("The sheet \"%1\" is empty").arg(result.sheet);
        return;
    }
    if (layout.headerRecord >= records) {
        result.error.message = tr("There is no row %1 to use as the header").arg(options.headerRow.value_or(0));
        return;
    }
    if (layout.dataRows <= 0) {
        result.error.message = tr("The sheet \"%1\" has a header row but no data rows").arg(result.sheet);
        result.error.line = storage.recordLine[size_t(layout.headerRecord)];
        return;
    }
    result.dialect.encoding = Dialect::Encoding::Utf8;
    result.dialect.headerRow = int(storage.recordLine[size_t(layout.headerRecord)]);
    result.dialect.titleRows = layout.titleRows;
    result.dialect.footerRows = layout.footerRows;
    result.notices = layout.notices(storage, blankLines, false);
    result.table = std::make_shared<const Table>(std::move(storage), layout.headerRecord, layout.dataRows,
                                                 QFileInfo(result.error.file).fileName());
}

#include "cli/inspectcommand.h"

#include "cli/argumentreader.h"
#include "cli/console.h"
#include "cli/noticelist.h"
#include "import/table.h"
#include "import/tablereader.h"
#include "mapping/automatcher.h"
#include "mapping/presetstore.h"
#include "run/exitcode.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

QString InspectCommand::name() const
{
    return QStringLiteral("inspect");
}

QString InspectCommand::summary() const
{
    return tr("show how a file is read: dialect, columns, rows, mapping");
}

QString InspectCommand::usage() const
{
    return tr("Usage: torii-sync-cli inspect FILE [--sheet NAME] [--rows N] [--json]\n"
              "                              [--encoding NAME] [--delimiter CHAR] [--header-row N]\n"
              "\n"
              "Reads a CSV/TSV/TXT, XLSX, ODS, XLS or JSON export and shows what was detected: format,\n"
              "encoding, delimiter, header row, columns, number of data rows, and notices (title/footer rows,\n"
              "ragged rows).\n"
              "  --sheet NAME       read this sheet of a workbook (XLSX, ODS, XLS; default: the first sheet\n"
              "                     that holds users)\n"
              "  --rows N           also show the first N data rows as read\n"
              "  --json             print one JSON object (format, sheet, encoding, delimiter, headerRow,\n"
              "                     columns, rows, mapping, matches, shape, shapeNote, mappingWarnings,\n"
              "                     preset, notices[, preview])\n"
              "  --encoding NAME    UTF-8, UTF-16LE, UTF-16BE or Windows-1252 instead of detecting\n"
              "  --delimiter CHAR   , ; tab | (or any ASCII character) instead of detecting\n"
              "  --header-row N     the header is on row N (1-based, as a spreadsheet shows it)\n"
              "Exit codes: 0 read, 2 usage error or unreadable input.\n");
}

int InspectCommand::run(const QStringList& arguments, Console& console)
{
    QString path;
    ImportOptions options;
    bool json = false;
    int previewRows = 0;
    ArgumentReader args(arguments);
    while (args.next()) {
        const QString arg = args.current();
        QString text, problem;
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--rows")) {
            bool ok = false;
            if (args.takeValue(&text))
                previewRows = text.toInt(&ok);
            if (!ok || previewRows < 0)
                return console.fail(ExitCode::UsageError, tr("--rows needs a number of rows (0 or more)"));
        } else if (args.takeReadingOption(&problem)) {
            if (!problem.isEmpty())
                return console.fail(ExitCode::UsageError, problem);
        } else if (args.isOption()) {
            return console.fail(ExitCode::UsageError, tr("unknown option '%1' (see inspect --help)").arg(arg));
        } else if (path.isEmpty()) {
            path = arg;
        } else {
            return console.fail(ExitCode::UsageError, tr("inspect takes one FILE (got '%1' too)").arg(arg));
        }
    }
    options.overlay(args.readingOverrides());
    if (path.isEmpty())
        return console.fail(ExitCode::UsageError, tr("inspect needs a FILE (see inspect --help)"));

    const ImportResult result = TableReader::read(path, options);
    if (!result.ok()) {
        if (result.error.cancelled)
            return console.fail(ExitCode::Cancelled, result.error.toString());
        return console.fail(ExitCode::UsageError, result.error.toString());
    }
    const MappingSummary mapping = describeMapping(*result.table);
    if (json)
        console.out() << QJsonDocument(toJson(result, mapping, previewRows)).toJson(QJsonDocument::Indented);
    else
        printText(console, result, mapping, previewRows);
    console.out().flush();
    return ExitCode::Success;
}

InspectCommand::MappingSummary InspectCommand::describeMapping(const Table& table)
{
    // Auto-match the columns (what `convert --auto` would use) and look up a preset by header fingerprint.
    MappingSummary summary;
    const AutoMatchResult matched = AutoMatcher::match(table);
    for (const FieldInfo& info : ToriiSchema::fields()) {
        const QString column = matched.mapping.column(info.field);
        if (!column.isEmpty())
            summary.mapping.insert(info.key, column);
    }
    for (const FieldMatch& m : matched.matches) {
        summary.matches.append(QJsonObject {{QStringLiteral("field"), ToriiSchema::key(m.field)},
                                            {QStringLiteral("column"), m.column},
                                            {QStringLiteral("confidence"), std::round(m.confidence * 100) / 100},
                                            {QStringLiteral("reason"), m.reason}});
    }
    summary.shape = FileShapeDetector::name(matched.shape);
    summary.shapeNote = matched.shapeNote;
    summary.warnings = matched.warnings;
    if (const std::optional<Preset> preset = PresetStore().findForHeader(table.columnNames()))
        summary.preset = preset->name;
    return summary;
}

QJsonObject InspectCommand::toJson(const ImportResult& result, const MappingSummary& mapping, int previewRows)
{
    const Table& table = *result.table;
    QJsonObject json;
    json.insert(QStringLiteral("file"), QFileInfo(result.error.file).fileName());
    json.insert(QStringLiteral("format"), result.format);
    json.insert(QStringLiteral("sheet"), result.sheet.isEmpty() ? QJsonValue() : QJsonValue(result.sheet));
    if (result.isWorkbook())
        json.insert(QStringLiteral("sheets"), QJsonArray::fromStringList(result.sheets));
    json.insert(QStringLiteral("encoding"), Dialect::encodingName(result.dialect.encoding));
    json.insert(QStringLiteral("bom"), result.dialect.bom);
    json.insert(QStringLiteral("delimiter"),
                result.format == QLatin1String("csv") ? QJsonValue(QString(result.dialect.delimiter)) : QJsonValue());
    json.insert(QStringLiteral("sepLine"), result.dialect.sepLine);
    json.insert(QStringLiteral("headerRow"), result.dialect.headerRow);
    json.insert(QStringLiteral("titleRows"), result.dialect.titleRows);
    json.insert(QStringLiteral("footerRows"), result.dialect.footerRows);
    json.insert(QStringLiteral("columns"), QJsonArray::fromStringList(table.columnNames()));
    json.insert(QStringLiteral("rows"), qint64(table.rowCount()));
    json.insert(QStringLiteral("mapping"), mapping.mapping);
    json.insert(QStringLiteral("preset"), mapping.preset);
    json.insert(QStringLiteral("matches"), mapping.matches);
    json.insert(QStringLiteral("shape"), mapping.shape);
    json.insert(QStringLiteral("shapeNote"),
                mapping.shapeNote.isEmpty() ? QJsonValue() : QJsonValue(mapping.shapeNote));
    json.insert(QStringLiteral("mappingWarnings"), QJsonArray::fromStringList(mapping.warnings));
    json.insert(QStringLiteral("notices"), NoticeList::toJson(result.notices));
    if (previewRows > 0) {
        QJsonArray preview;
        for (qsizetype row = 0; row < std::min<qsizetype>(previewRows, table.rowCount()); ++row) {
            QJsonArray cells;
            for (int column = 0; column < table.cellCount(row); ++column)
                cells.append(table.cell(row, column));
            preview.append(cells);
        }
        json.insert(QStringLiteral("preview"), preview);
    }
    return json;
}

void InspectCommand::printText(Console& console, const ImportResult& result, const MappingSummary& mapping,
                               int previewRows)
{
    const Table& table = *result.table;
    QTextStream& out = console.out();
    const Dialect& d = result.dialect;
    out << tr("File:       %1 (%2 bytes)").arg(QFileInfo(result.error.file).fileName()).arg(result.fileSize) << '\n';
    if (result.format == QLatin1String("xlsx")) {
        out << tr("Format:     XLSX workbook, sheet \"%1\" (sheets: %2)")
                   .arg(result.sheet, result.sheets.join(QStringLiteral(", ")))
            << '\n';
    } else if (result.format == QLatin1String("ods")) {
        out << tr("Format:     OpenDocument spreadsheet (ODS), sheet \"%1\" (sheets: %2)")
                   .arg(result.sheet, result.sheets.join(QStringLiteral(", ")))
            << '\n';
    } else if (result.format == QLatin1String("xls")) {
        out << tr("Format:     Excel 97-2003 workbook (XLS), sheet \"%1\" (sheets: %2)")
                   .arg(result.sheet, result.sheets.join(QStringLiteral(", ")))
            << '\n';
    } else if (result.format == QLatin1String("json")) {
        out << tr("Format:     JSON list of objects, one row per object") << '\n';
    } else {
        out << tr("Format:     CSV, %1%2, delimiter %3%4")
                   .arg(Dialect::encodingName(d.encoding), d.bom ? tr(" with BOM") : QString(),
                        Dialect::delimiterName(d.delimiter), d.sepLine ? tr(" (from the sep= line)") : QString())
            << '\n';
    }
    out << tr("Header row: %1").arg(d.headerRow);
    if (d.titleRows > 0)
        out << tr(" (%1 title rows above skipped)").arg(d.titleRows);
    out << '\n';
    out << tr("Columns:    %1").arg(table.columnCount()) << '\n';
    const QStringList names = table.columnNames();
    for (qsizetype i = 0; i < names.size(); ++i)
        out << QStringLiteral("  %1. %2").arg(i + 1, 2).arg(names.at(i)) << '\n';
    out << tr("Rows:       %1").arg(table.rowCount());
    if (d.footerRows > 0)
        out << tr(" (%1 footer rows below excluded)").arg(d.footerRows);
    out << '\n';
    if (!mapping.mapping.isEmpty()) {
        out << tr("Mapping:") << '\n';
        for (auto it = mapping.mapping.begin(); it != mapping.mapping.end(); ++it)
            out << QStringLiteral("  %1 <- %2").arg(it.key(), it.value().toString()) << '\n';
    }
    if (!mapping.shapeNote.isEmpty())
        out << tr("Shape:      %1").arg(mapping.shapeNote) << '\n';
    for (const QString& w : mapping.warnings)
        out << tr("Warning:    %1").arg(w) << '\n';
    if (mapping.preset.isString())
        out << tr("Preset:     %1").arg(mapping.preset.toString()) << '\n';
    NoticeList::print(out, result.notices);
    if (previewRows > 0) {
        out << tr("First rows:") << '\n';
        for (qsizetype row = 0; row < std::min<qsizetype>(previewRows, table.rowCount()); ++row) {
            QStringList cells;
            for (int column = 0; column < table.cellCount(row); ++column)
                cells.append(table.cell(row, column));
            out << QStringLiteral("  %1: ").arg(table.sourceLine(row)) << cells.join(QStringLiteral(" | ")) << '\n';
        }
    }
}

#include "import/odsreader.h"

#include "import/boundeddevice.h"
#include "import/odssheetparser.h"
#include "import/sheetbuilder.h"
#include "import/sheettable.h"
#include "import/table.h"
#include "import/xlsxarchive.h"
#include "import/xlsxpartstream.h"
#include "import/xlsxworkbook.h"
#include "import/xmlscanner.h"

#include <QFileInfo>

#include <optional>

namespace
{
    const QString Content = QStringLiteral("content.xml");
    const QString Manifest = QStringLiteral("META-INF/manifest.xml");
} // namespace

ImportResult OdsReader::read(const QString& path, const ImportOptions& options, const ProgressCallback& progress,
                             const CancelFlag* cancel, const TableReader::PreviewCallback& preview)
{
    ImportResult result;
    result.format = QStringLiteral("ods");
    result.fileSize = QFileInfo(path).size();
    result.error.file = path;
    XlsxArchive archive(path);
    if (!archive.open(&result.error.message))
        return result;
    if (!archive.contains(Content)) {
        result.error.message = tr("This is not an OpenDocument spreadsheet: it has no content.xml");
        return result;
    }
    // A password-protected document keeps its zip readable but encrypts content.xml (the manifest says so);
    // reading it would only report damage.
    QByteArray manifest;
    if (archive.contains(Manifest) && archive.read(Manifest, &manifest, &result.error.message) &&
        manifest.contains("encryption-data")) {
        result.error.message = tr("This spreadsheet is password-protected; save it without a password first");
        return result;
    }
    result.error.message.clear();
    std::unique_ptr<BoundedDevice> device = archive.stream(Content, &result.error.message);
    if (!device)
        return result;
    const qint64 total = archive.uncompressedSize(Content);
    XlsxPartStream stream(std::move(device));
    XmlScanner xml(&stream);

    const bool chooseUsers = options.sheet.isEmpty();
    const TableReader::PreviewCallback sheetPreview = chooseUsers ? SheetTable::usersOnly(preview) : preview;
    std::optional<ImportResult> chosen;   // the sheet that is returned
    std::optional<ImportResult> fallback; // no sheet given and none holds users: the first that reads
    for (;;) {
        const XmlScanner::Token token = xml.next();
        if (token == XmlScanner::Token::End || token == XmlScanner::Token::Error)
            break;
        if (token != XmlScanner::Token::StartElement || xml.name() != "table")
            continue;
        QString name = QString::fromUtf8(xml.attribute("table:name").value_or(QByteArrayView()));
        // table:name is required, but a file without one must still be pickable by name (found by fuzz_ods).
        if (name.isEmpty())
            name = QStringLiteral("Sheet%1").arg(result.sheets.size() + 1);
        result.sheets.append(name);
        const bool wanted = chooseUsers ? !chosen : (!chosen && name.compare(options.sheet, Qt::CaseInsensitive) == 0);
        if (!wanted) { // only its name is needed, for the picker
            if (!xml.skipElement())
                break;
            continue;
        }
        ImportResult sheet = result;
        sheet.sheet = name;
        const OdsSheetParser::Outcome outcome = readTable(xml, total, &sheet, options, progress, cancel, sheetPreview);
        if (outcome == OdsSheetParser::Outcome::Damaged) {
            result.sheet = name; // the XML error is reported below, at the row it broke in
            result.error.line = sheet.error.line;
            break;
        }
        if (outcome == OdsSheetParser::Outcome::Cancelled)
            return sheet;
        // A refused sheet stops the choice (the window offers the other sheets); an empty one or one without
        // users is passed over when no sheet was named, the first that reads kept in case none holds users.
        if (!chooseUsers || outcome == OdsSheetParser::Outcome::Refused ||
            (sheet.ok() && SheetTable::holdsUsers(*sheet.table)))
            chosen = std::move(sheet);
        else if (!fallback || (!fallback->ok() && sheet.ok()))
            fallback = std::move(sheet);
    }
    const QStringList sheets = result.sheets;
    if (xml.hasError()) {
        if (xml.sourceExceeded())
            result.error.message = tr("The spreadsheet looks like a zip bomb: content.xml inflates beyond its "
                                      "declared size");
        else if (xml.refusedDtd())
            result.error.message = XlsxWorkbook::dtdRefusal(Content);
        else
            result.error.message =
                tr("The spreadsheet is damaged: content.xml is not valid XML (%1)").arg(xml.errorString());
        return result;
    }
    if (!chosen && fallback)
        chosen = std::move(fallback);
    if (!chosen) {
        if (result.sheets.isEmpty())
            result.error.message = tr("The spreadsheet has no sheets");
        else
            SheetTable::resolve(&result, options.sheet);
        return result;
    }
    chosen->sheets = sheets; // sheets after the chosen one were named later
    if (progress && chosen->ok())
        progress(total, total);
    return *chosen;
}

OdsSheetParser::Outcome OdsReader::readTable(XmlScanner& xml, qint64 total, ImportResult* result,
                                             const ImportOptions& options, const ProgressCallback& progress,
                                             const CancelFlag* cancel, const TableReader::PreviewCallback& preview)
{
    SheetBuilder sheet(total);
    const OdsSheetParser::Outcome outcome =
        OdsSheetParser::parse(xml, &sheet, total, progress, cancel, TableReader::PreviewRows + 50,
                              SheetTable::previewHook(options, QFileInfo(result->error.file).fileName(), preview));
    switch (outcome) {
    case OdsSheetParser::Outcome::Damaged:
        result->error.line = sheet.row();
        break;
    case OdsSheetParser::Outcome::Cancelled:
        result->error.cancelled = true;
        result->error.message = tr("Reading was cancelled");
        break;
    case OdsSheetParser::Outcome::Refused:
        result->error.message = sheet.error();
        result->error.line = sheet.row();
        break;
    case OdsSheetParser::Outcome::Read: {
        std::vector<quint32> blankLines;
        TableStorage storage = sheet.take(&blankLines);
        SheetTable::finish(result, std::move(storage), blankLines, options);
        break;
    }
    }
    return outcome;
}

// libFuzzer target: the workbook and list readers (XlsxArchive, XlsxWorkbook, XlsxPartStream, XmlScanner,
// XlsxSheetParser, XlsxNumberFormat, the sheet choice; JsonReader) through TableReader, as the GUI and the CLI
// call them for a file on disk.
//
// An input starting with "[" is a JSON list, read as a .json file. An input starting with "PK" is a zip file as is.
// Anything else is a set of workbook parts, each introduced by a line "@@ <part path>"; text without such a line is the
// first worksheet of a minimal workbook. The parts are zipped (stored) before reading, so mutations reach the XML
// parsers instead of dying in the CRC check.
#include "import/table.h"
#include "import/tablereader.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QPair>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <cstdint>
#include <unistd.h>

namespace
{
    using Part = QPair<QString, QByteArray>;

    const char* const MinimalWorkbook =
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"Users\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Other\" sheetId=\"2\" r:id=\"rId2\"/>"
        "</sheets></workbook>";
    const char* const MinimalRelationships =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

    QList<Part> partsOf(const QByteArray& input)
    {
        QList<Part> parts;
        if (!input.startsWith("@@ ")) {
            parts.append({QStringLiteral("xl/workbook.xml"), QByteArray(MinimalWorkbook)});
            parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), QByteArray(MinimalRelationships)});
            parts.append({QStringLiteral("xl/worksheets/sheet1.xml"), input});
            return parts;
        }
        qsizetype at = 0;
        while (at < input.size()) {
            const qsizetype nameEnd = input.indexOf('\n', at);
            if (nameEnd < 0)
                break;
            const qsizetype next = input.indexOf("\n@@ ", nameEnd);
            const qsizetype end = next < 0 ? input.size() : next;
            parts.append(
                {QString::fromUtf8(input.mid(at + 3, nameEnd - at - 3)), input.mid(nameEnd + 1, end - nameEnd - 1)});
            at = next < 0 ? input.size() : next + 1;
        }
        return parts;
    }

    bool writeZip(const QString& path, const QList<Part>& parts)
    {
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdCreate))
            return false;
        for (const Part& part : parts) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.first), nullptr, 0, /*stored*/ 0, 0))
                return false;
            file.write(part.second);
            file.close();
        }
        zip.close();
        return zip.getZipError() == 0;
    }

    qint64 walk(const Table& table)
    {
        qint64 sum = table.columnNames().size() + table.headerLine();
        for (qsizetype row = 0; row < table.rowCount(); ++row) {
            sum += table.sourceLine(row);
            for (int column = 0; column < table.columnCount(); ++column)
                sum += table.cell(row, column).size();
        }
        return sum;
    }
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString path =
        QDir::tempPath() + QStringLiteral("/toriisync-fuzz-xlsx-%1.xlsx").arg(qint64(::getpid()));
    static const QString jsonPath =
        QDir::tempPath() + QStringLiteral("/toriisync-fuzz-list-%1.json").arg(qint64(::getpid()));
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    if (input.startsWith('[')) {
        QFile file(jsonPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(input) != input.size())
            return 0;
        file.close();
        const ImportResult list = TableReader::read(jsonPath);
        volatile qint64 listSink = list.ok() ? walk(*list.table) : list.error.toString().size();
        (void)listSink;
        QFile::remove(jsonPath);
        return 0;
    }
    if (input.startsWith("PK")) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(input) != input.size())
            return 0;
    } else if (!writeZip(path, partsOf(input))) {
        return 0;
    }
    volatile qint64 sink = 0;
    const ImportResult result = TableReader::read(path);
    sink = sink + (result.ok() ? walk(*result.table) : result.error.toString().size());
    if (result.ok() && result.sheets.size() > 1) { // the sheet picker
        ImportOptions options;
        options.sheet = result.sheets.constLast();
        const ImportResult other = TableReader::read(path, options);
        sink = sink + (other.ok() ? walk(*other.table) : other.error.toString().size());
    }
    QFile::remove(path);
    return 0;
}

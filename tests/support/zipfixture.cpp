#include "zipfixture.h"

#include <QFile>
#include <QtEndian>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace
{
    QByteArray escaped(const QString& text)
    {
        return text.toHtmlEscaped().toUtf8();
    }
} // namespace

QByteArray ZipFixture::sheetXml(const QList<QStringList>& rows)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet "
                     "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    for (const QStringList& row : rows) {
        xml += "<row>";
        for (const QString& cell : row)
            xml += "<c t=\"inlineStr\"><is><t>" + escaped(cell) + "</t></is></c>";
        xml += "</row>";
    }
    return xml + "</sheetData></worksheet>";
}

QList<ZipFixture::Part> ZipFixture::workbookParts(const QList<QStringList>& rows)
{
    return {
        {QStringLiteral("[Content_Types].xml"),
         "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {QStringLiteral("xl/workbook.xml"),
         "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
         "<sheet name=\"Users\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
         "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(rows)},
    };
}

bool ZipFixture::write(const QString& path, const QList<Part>& parts, int level, const QString& streamedName,
                       const ChunkSource& source)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const int method = level == 0 ? 0 : 8; // stored or deflated
    for (const Part& part : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.first), nullptr, 0, method, level))
            return false;
        if (file.write(part.second) != part.second.size())
            return false;
        file.close();
    }
    if (!streamedName.isEmpty()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(streamedName), nullptr, 0, method, level))
            return false;
        for (QByteArray chunk = source(); !chunk.isEmpty(); chunk = source()) {
            if (file.write(chunk) != chunk.size())
                return false;
        }
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

bool ZipFixture::forgeUncompressedSize(const QString& path, const QString& name, quint32 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    const QByteArray encodedName = name.toUtf8();
    // Central directory file header: signature, ..., uncompressed size at +24, name length at +28, name at +46.
    for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0; at = bytes.indexOf("PK\x01\x02", at + 4)) {
        const quint16 nameLength = qFromLittleEndian<quint16>(bytes.constData() + at + 28);
        if (bytes.mid(at + 46, nameLength) != encodedName)
            continue;
        qToLittleEndian<quint32>(size, bytes.data() + at + 24);
        return file.seek(0) && file.write(bytes) == bytes.size();
    }
    return false;
}

#include "odsfixture.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace
{
    constexpr int LastColumn = 1024;

    bool add(QuaZip* zip, const QString& name, const QByteArray& data, bool stored)
    {
        QuaZipFile file(zip);
        const int method = stored ? 0 : 8; // Z_DEFLATED
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, method, stored ? 0 : 6))
            return false;
        return file.write(data) == data.size();
    }
} // namespace

QByteArray OdsFixture::text(const QByteArray& xmlText)
{
    return "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>" + xmlText +
        "</text:p></table:table-cell>";
}

QByteArray OdsFixture::number(const QByteArray& value, const QByteArray& shown)
{
    return "<table:table-cell office:value-type=\"float\" office:value=\"" + value +
        "\" calcext:value-type=\"float\"><text:p>" + (shown.isEmpty() ? value : shown) + "</text:p></table:table-cell>";
}

QByteArray OdsFixture::date(const QByteArray& value, const QByteArray& shown)
{
    return "<table:table-cell table:style-name=\"ce1\" office:value-type=\"date\" office:date-value=\"" + value +
        "\" calcext:value-type=\"date\"><text:p>" + shown + "</text:p></table:table-cell>";
}

QByteArray OdsFixture::boolean(bool value)
{
    const QByteArray text = value ? "true" : "false";
    return "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"" + text +
        "\" calcext:value-type=\"boolean\"><text:p>" + text.toUpper() + "</text:p></table:table-cell>";
}

QByteArray OdsFixture::empty(int repeat)
{
    return repeat == 1 ? QByteArray("<table:table-cell/>")
                       : "<table:table-cell table:number-columns-repeated=\"" + QByteArray::number(repeat) + "\"/>";
}

QByteArray OdsFixture::row(const QList<QByteArray>& cells, int repeat)
{
    QByteArray xml = repeat == 1 ? QByteArray("<table:table-row table:style-name=\"ro1\">")
                                 : "<table:table-row table:style-name=\"ro1\" table:number-rows-repeated=\"" +
            QByteArray::number(repeat) + "\">";
    for (const QByteArray& cell : cells)
        xml += cell.isEmpty() ? empty() : cell;
    return xml + empty(int(LastColumn - cells.size())) + "</table:table-row>";
}

QByteArray OdsFixture::textRows(const QList<QList<QByteArray>>& rows)
{
    QByteArray xml;
    for (const QList<QByteArray>& cells : rows) {
        QList<QByteArray> texts;
        for (const QByteArray& cell : cells)
            texts.append(cell.isEmpty() ? QByteArray() : text(cell));
        xml += row(texts);
    }
    return xml;
}

QByteArray OdsFixture::trailingRows(int after)
{
    return "<table:table-row table:style-name=\"ro1\" table:number-rows-repeated=\"" +
        QByteArray::number(1048576 - after) + "\">" + empty(LastColumn) + "</table:table-row>";
}

QByteArray OdsFixture::content(const QList<Sheet>& sheets)
{
    QByteArray xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" "
        "office:version=\"1.3\"><office:scripts/><office:font-face-decls/><office:automatic-styles>"
        "<style:style style:name=\"co1\" style:family=\"table-column\"><style:table-column-properties "
        "fo:break-before=\"auto\" style:column-width=\"0.889in\"/></style:style>"
        "<style:style style:name=\"ro1\" style:family=\"table-row\"><style:table-row-properties "
        "style:row-height=\"0.178in\"/></style:style>"
        "<number:date-style style:name=\"N37\"><number:year number:style=\"long\"/><number:text>-</number:text>"
        "<number:month number:style=\"long\"/><number:text>-</number:text><number:day number:style=\"long\"/>"
        "</number:date-style><style:style style:name=\"ce1\" style:family=\"table-cell\" "
        "style:parent-style-name=\"Default\" style:data-style-name=\"N37\"/>"
        "</office:automatic-styles><office:body><office:spreadsheet>"
        "<table:calculation-settings table:automatic-find-labels=\"false\"/>";
    for (const auto& [name, rows] : sheets) {
        xml += "<table:table table:name=\"" + name.toUtf8() +
            "\" table:style-name=\"ta1\">"
            "<office:forms form:automatic-focus=\"false\" form:apply-design-mode=\"false\" "
            "xmlns:form=\"urn:oasis:names:tc:opendocument:xmlns:form:1.0\"/>"
            "<table:table-column table:style-name=\"co1\" table:number-columns-repeated=\"1024\" "
            "table:default-cell-style-name=\"Default\"/>" +
            rows + "</table:table>";
    }
    return xml + "<table:named-expressions/></office:spreadsheet></office:body></office:document-content>";
}

bool OdsFixture::write(const QString& path, const QByteArray& content, const QByteArray& manifest)
{
    const QByteArray plainManifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest "
        "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
        "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" "
        "manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "</manifest:manifest>";
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const bool ok = add(&zip, QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", true) &&
        add(&zip, QStringLiteral("content.xml"), content, false) &&
        add(&zip, QStringLiteral("META-INF/manifest.xml"), manifest.isEmpty() ? plainManifest : manifest, false);
    zip.close();
    return ok && zip.getZipError() == 0;
}

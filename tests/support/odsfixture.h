#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Writes OpenDocument spreadsheets shaped like LibreOffice's for the ODS tests: the uncompressed "mimetype"
// entry first, a manifest, and a content.xml with LibreOffice's namespaces, column styles and the trailing empty
// cells and rows (number-columns-repeated / number-rows-repeated) it writes after the data.
namespace OdsFixture
{
    using Sheet = QPair<QString, QByteArray>; // name, the table's rows (<table:table-row> elements)

    // Cells as LibreOffice writes them.
    [[nodiscard]] QByteArray text(const QByteArray& xmlText);
    [[nodiscard]] QByteArray number(const QByteArray& value, const QByteArray& shown = {});
    [[nodiscard]] QByteArray date(const QByteArray& value, const QByteArray& shown);
    [[nodiscard]] QByteArray boolean(bool value);
    [[nodiscard]] QByteArray empty(int repeat = 1);
    // A row of cells followed by LibreOffice's trailing empty cells up to column 1024.
    [[nodiscard]] QByteArray row(const QList<QByteArray>& cells, int repeat = 1);
    // Rows of plain text cells (first row = header), as row(text(...)) each.
    [[nodiscard]] QByteArray textRows(const QList<QList<QByteArray>>& rows);
    // The trailing empty rows LibreOffice writes to the sheet's end.
    [[nodiscard]] QByteArray trailingRows(int after);

    [[nodiscard]] QByteArray content(const QList<Sheet>& sheets);
    // manifest: META-INF/manifest.xml, a plain one when empty.
    bool write(const QString& path, const QByteArray& content, const QByteArray& manifest = {});
} // namespace OdsFixture

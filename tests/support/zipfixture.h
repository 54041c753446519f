#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

// Writes small XLSX-shaped zip files for the hostile-file tests: named parts, a part produced in chunks (so a
// zip bomb never sits in memory), and a forged "uncompressed size" in the central directory.
namespace ZipFixture
{
    using Part = QPair<QString, QByteArray>;
    // Called until it returns an empty chunk.
    using ChunkSource = std::function<QByteArray()>;

    // The usual workbook, relationships and an inline-string sheet with the given rows (first row = header).
    [[nodiscard]] QList<Part> workbookParts(const QList<QStringList>& rows);
    [[nodiscard]] QByteArray sheetXml(const QList<QStringList>& rows);

    // level: zlib level (0 = stored). streamed: a part whose bytes come from source (written last).
    bool write(const QString& path, const QList<Part>& parts, int level = 6, const QString& streamedName = {},
               const ChunkSource& source = {});
    // Rewrites the central directory's uncompressed size of entry `name` (what XlsxArchive trusts).
    bool forgeUncompressedSize(const QString& path, const QString& name, quint32 size);
} // namespace ZipFixture

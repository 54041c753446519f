#pragma once

#include "import/tablestorage.h"

#include <QByteArrayView>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

// An imported sheet: header + data rows over one compact UTF-8 buffer, decoded to QString only on demand.
// Immutable after reading and shared as std::shared_ptr<const Table> by the preview, mapping and payload code.
class Table
{
public:
    // headerRecord: index of the header record in storage; dataRows: data records after it (footer excluded).
    Table(TableStorage storage, qsizetype headerRecord, qsizetype dataRows, QString sourceName);

    [[nodiscard]] qsizetype rowCount() const { return m_dataRows; }
    [[nodiscard]] int columnCount() const { return m_columnNames.size(); }
    // Header cells as read (BOM stripped, trimmed); duplicates kept.
    [[nodiscard]] QStringList columnNames() const { return m_columnNames; }
    // "" for a missing cell of a short row.
    [[nodiscard]] QString cell(qsizetype row, int column) const;
    // Decoded, unquoted UTF-8 without a copy; valid while the Table lives. Empty for a missing cell.
    [[nodiscard]] QByteArrayView cellUtf8(qsizetype row, int column) const;
    // The first `columns` cells of a data row at once, as cellUtf8 gives them (empty past a short row's end):
    // one call per row instead of one per cell on the 1M-row mapping path. out holds `columns` views.
    void rowUtf8(qsizetype row, QByteArrayView* out, int columns) const;
    // A hint that cellUtf8(row, column) will be read soon (a CPU prefetch of its bytes; no effect on results).
    // For passes that jump over rows, like the licence lists, where the hardware cannot guess the next row.
    void prefetch(qsizetype row, int column) const;
    // The step before prefetch(): a hint for the row's entry in the cell index, which prefetch() reads.
    void prefetchIndex(qsizetype row, int column) const;
    // Cells actually present in that record (ragged rows differ from columnCount()).
    [[nodiscard]] int cellCount(qsizetype row) const;
    // 1-based line (CSV: physical line where the record starts; XLSX: sheet row), for messages.
    [[nodiscard]] qint64 sourceLine(qsizetype row) const;
    [[nodiscard]] QString sourceName() const { return m_sourceName; }
    // Line of the header record.
    [[nodiscard]] qint64 headerLine() const;
    // Bytes held (buffer + index), for the benchmark and tests of the memory bound.
    [[nodiscard]] qint64 memoryUsage() const;

private:
    [[nodiscard]] qsizetype recordOf(qsizetype row) const { return m_headerRecord + 1 + row; }

    TableStorage m_storage;
    qsizetype m_headerRecord = 0;
    qsizetype m_dataRows = 0;
    QStringList m_columnNames;
    QString m_sourceName;
};

Q_DECLARE_METATYPE(std::shared_ptr<const Table>)

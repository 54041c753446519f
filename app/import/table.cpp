#include "import/table.h"

#include <algorithm>

Table::Table(TableStorage storage, qsizetype headerRecord, qsizetype dataRows, QString sourceName)
    : m_storage(std::move(storage))
    , m_headerRecord(headerRecord)
    , m_dataRows(dataRows)
    , m_sourceName(std::move(sourceName))
{
    const qsizetype records = qsizetype(m_storage.recordLine.size());
    if (m_headerRecord < 0 || m_headerRecord >= records) {
        // An empty table (no header) keeps every accessor safe.
        m_headerRecord = 0;
        m_dataRows = 0;
        if (m_storage.recordFirstCell.empty())
            m_storage.recordFirstCell.push_back(0);
        if (m_storage.recordLine.empty()) {
            m_storage.recordLine.push_back(0);
            m_storage.recordFirstCell.push_back(quint32(m_storage.cellEnds.size()));
        }
        return;
    }
    m_dataRows = std::clamp<qsizetype>(m_dataRows, 0, records - m_headerRecord - 1);
    const quint32 first = m_storage.recordFirstCell[size_t(m_headerRecord)];
    const quint32 last = m_storage.recordFirstCell[size_t(m_headerRecord) + 1];
    for (quint32 i = first; i < last; ++i) {
        const quint32 begin = i == 0 ? 0 : m_storage.cellEnds[i - 1];
        QString name = QString::fromUtf8(m_storage.bytes.constData() + begin, m_storage.cellEnds[i] - begin).trimmed();
        if (name.startsWith(QChar(0xFEFF)))
            name.remove(0, 1);
        m_columnNames.append(name);
    }
}

QString Table::cell(qsizetype row, int column) const
{
    const QByteArrayView utf8 = cellUtf8(row, column);
    return QString::fromUtf8(utf8.data(), utf8.size());
}

QByteArrayView Table::cellUtf8(qsizetype row, int column) const
{
    if (row < 0 || row >= m_dataRows || column < 0)
        return {};
    const size_t record = size_t(recordOf(row));
    const quint32 first = m_storage.recordFirstCell[record];
    const quint32 count = m_storage.recordFirstCell[record + 1] - first;
    if (quint32(column) >= count)
        return {};
    const quint32 index = first + quint32(column);
    const quint32 begin = index == 0 ? 0 : m_storage.cellEnds[index - 1];
    return QByteArrayView(m_storage.bytes.constData() + begin, qsizetype(m_storage.cellEnds[index] - begin));
}

void Table::rowUtf8(qsizetype row, QByteArrayView* out, int columns) const
{
    int present = 0;
    if (row >= 0 && row < m_dataRows) {
        const size_t record = size_t(recordOf(row));
        const quint32 first = m_storage.recordFirstCell[record];
        present = int(std::min<quint32>(m_storage.recordFirstCell[record + 1] - first, quint32(std::max(columns, 0))));
        const char* bytes = m_storage.bytes.constData();
        quint32 begin = first == 0 ? 0 : m_storage.cellEnds[first - 1];
        for (int column = 0; column < present; ++column) {
            const quint32 end = m_storage.cellEnds[first + quint32(column)];
            out[column] = QByteArrayView(bytes + begin, qsizetype(end - begin));
            begin = end;
        }
    }
    for (int column = present; column < columns; ++column)
        out[column] = QByteArrayView();
}

void Table::prefetch(qsizetype row, int column) const
{
#if defined(__GNUC__) || defined(__clang__)
    const QByteArrayView cell = cellUtf8(row, column);
    if (!cell.isEmpty())
        __builtin_prefetch(cell.data());
#else
    Q_UNUSED(row);
    Q_UNUSED(column);
#endif
}

void Table::prefetchIndex(qsizetype row, int column) const
{
#if defined(__GNUC__) || defined(__clang__)
    if (row < 0 || row >= m_dataRows || column < 0)
        return;
    const size_t index = size_t(m_storage.recordFirstCell[size_t(recordOf(row))]) + size_t(column);
    if (index > 0 && index <= m_storage.cellEnds.size())
        __builtin_prefetch(m_storage.cellEnds.address(index - 1));
#else
    Q_UNUSED(row);
    Q_UNUSED(column);
#endif
}

int Table::cellCount(qsizetype row) const
{
    if (row < 0 || row >= m_dataRows)
        return 0;
    const size_t record = size_t(recordOf(row));
    return int(m_storage.recordFirstCell[record + 1] - m_storage.recordFirstCell[record]);
}

qint64 Table::sourceLine(qsizetype row) const
{
    if (row < 0 || row >= m_dataRows)
        return 0;
    return m_storage.recordLine[size_t(recordOf(row))];
}

qint64 Table::headerLine() const
{
    return m_storage.recordLine[size_t(m_headerRecord)];
}

qint64 Table::memoryUsage() const
{
    return m_storage.bytes.capacity() + m_storage.cellEnds.memoryUsage() + m_storage.recordFirstCell.memoryUsage() +
        m_storage.recordLine.memoryUsage();
}

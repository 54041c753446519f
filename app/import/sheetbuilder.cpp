#include "import/sheetbuilder.h"

SheetBuilder::SheetBuilder(qint64 sourceSize)
    : m_textBudget(std::min(std::max(MinTextBudget, TextGrowth * sourceSize), (qint64(2) << 30) - (qint64(64) << 20)))
    , m_cellBudget(std::min(std::max(MinCells, sourceSize), qint64(1) << 30))
{ }

bool SheetBuilder::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

void SheetBuilder::startRow()
{
    m_row = m_nextRow;
    m_nextRow = std::min(m_row + 1, MaxRows + 2);
    m_column = 0;
    m_pending = 0;
    m_rowFirst = m_storage.cellEnds.size();
    m_rowWrite = m_storage.bytes.size();
}

void SheetBuilder::addEmpty(qint64 count)
{
    // Clamped: trailing empty cells past the last column are formatting, and stay harmless unless a filled
    // cell follows them (then addCell refuses the row).
    count = std::clamp<qint64>(count, 0, MaxColumns + 1);
    m_column = std::min(m_column + count, MaxColumns + 1);
    m_pending = std::min(m_pending + count, MaxColumns + 1);
}

bool SheetBuilder::fits(qint64 cells, qint64 bytes)
{
    if (qint64(m_storage.cellEnds.size()) + cells > m_cellBudget) {
        return fail(tr("Row %1 takes the sheet beyond %2 million cells: its cells or rows repeat far more than a "
                       "user export does. Delete the repeated cells and save again.")
                        .arg(m_row)
                        .arg(m_cellBudget / 1000000));
    }
    if (m_storage.bytes.size() + bytes > m_textBudget) {
        return fail(tr("The sheet's text grows beyond %1 MiB at row %2: its cells or rows repeat far more than a "
                       "user export does")
                        .arg(m_textBudget >> 20)
                        .arg(m_row));
    }
    return true;
}

bool SheetBuilder::addCell(QByteArrayView text, qint64 repeat)
{
    if (text.isEmpty() || repeat <= 0) {
        addEmpty(repeat);
        return true;
    }
    if (m_row > MaxRows)
        return fail(tr("The sheet has more than %1 rows, the spreadsheet limit").arg(MaxRows));
    repeat = std::min(repeat, MaxColumns + 1);
    if (m_column + repeat > MaxColumns)
        return fail(tr("Row %1 has more than %2 columns, the spreadsheet limit").arg(m_row).arg(MaxColumns));
    const qint64 bytes = qint64(text.size()) * repeat;
    if (m_storage.bytes.size() - m_rowWrite + bytes > MaxRowBytes)
        return fail(tr("Row %1 holds more than %2 MiB of text").arg(m_row).arg(MaxRowBytes >> 20));
    if (!fits(m_pending + repeat, bytes))
        return false;
    for (; m_pending > 0; --m_pending)
        m_storage.cellEnds.push_back(quint32(m_storage.bytes.size()));
    for (qint64 i = 0; i < repeat; ++i) {
        m_storage.bytes.append(text.data(), text.size());
        m_storage.cellEnds.push_back(quint32(m_storage.bytes.size()));
    }
    m_column += repeat;
    return true;
}

bool SheetBuilder::record(qint64 row)
{
    if (row > MaxRows)
        return fail(tr("The sheet has more than %1 rows, the spreadsheet limit").arg(MaxRows));
    for (; m_blankFrom < row; ++m_blankFrom)
        m_blankLines.push_back(quint32(m_blankFrom));
    m_blankFrom = row + 1;
    m_storage.recordFirstCell.push_back(quint32(m_rowFirst));
    m_storage.recordLine.push_back(quint32(row));
    return true;
}

bool SheetBuilder::endRow(qint64 repeat)
{
    repeat = std::clamp<qint64>(repeat, 1, MaxRows + 1);
    m_nextRow = std::min(m_row + repeat, MaxRows + 2);
    m_pending = 0; // empty trailing cells are formatting, not data
    const qsizetype rowBytes = m_storage.bytes.size() - m_rowWrite;
    const bool blank = m_storage.cellEnds.size() == m_rowFirst ||
        QByteArrayView(m_storage.bytes.constData() + m_rowWrite, rowBytes).trimmed().isEmpty();
    if (blank) {
        m_storage.cellEnds.resize(m_rowFirst);
        m_storage.bytes.truncate(m_rowWrite);
        return true; // noted as blank only if a filled row follows
    }
    if (!record(m_row))
        return false;
    // Identical rows: copies of this one, each checked against the bounds before it is stored.
    const size_t rowCells = m_storage.cellEnds.size() - m_rowFirst;
    const qint64 firstRow = m_row;
    const QByteArray rowText = repeat > 1 ? m_storage.bytes.sliced(m_rowWrite) : QByteArray();
    for (qint64 copy = 1; copy < repeat; ++copy) {
        m_row = firstRow + copy; // bounds and messages name the copy
        if (!fits(qint64(rowCells), rowBytes))
            return false;
        const size_t first = m_storage.cellEnds.size();
        const qsizetype write = m_storage.bytes.size();
        m_storage.bytes.append(rowText);
        for (size_t cell = 0; cell < rowCells; ++cell)
            m_storage.cellEnds.push_back(quint32(m_storage.cellEnds[m_rowFirst + cell] - m_rowWrite + write));
        m_rowFirst = first;
        m_rowWrite = write;
        if (!record(m_row))
            return false;
    }
    return true;
}

TableStorage SheetBuilder::snapshot() const
{
    TableStorage copy = m_storage;
    copy.recordFirstCell.push_back(quint32(copy.cellEnds.size()));
    return copy;
}

TableStorage SheetBuilder::take(std::vector<quint32>* blankLines)
{
    m_storage.recordFirstCell.push_back(quint32(m_storage.cellEnds.size()));
    *blankLines = std::move(m_blankLines);
    return std::move(m_storage);
}

#include "import/previewmodel.h"

#include "import/table.h"

#include <limits>

PreviewModel::PreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

PreviewModel::~PreviewModel() = default;

void PreviewModel::setTable(std::shared_ptr<const Table> table)
{
    m_notifying = true;
    beginResetModel();
    m_table = std::move(table);
    m_columns = 0;
    if (m_table) {
        // Ragged rows may be wider than the header: show their extra cells instead of hiding them.
        m_columns = m_table->columnCount();
        const qsizetype scan = std::min<qsizetype>(m_table->rowCount(), 10000);
        for (qsizetype row = 0; row < scan; ++row)
            m_columns = std::max(m_columns, m_table->cellCount(row));
    }
    m_fetched = int(std::min<qsizetype>(totalRows(), FetchChunk));
    endResetModel();
    m_notifying = false;
}

qsizetype PreviewModel::totalRows() const
{
    return m_table ? std::min<qsizetype>(m_table->rowCount(), std::numeric_limits<int>::max()) : 0;
}

int PreviewModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_fetched;
}

bool PreviewModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_fetched < totalRows();
}

void PreviewModel::fetchMore(const QModelIndex& parent)
{
    if (m_notifying || !canFetchMore(parent))
        return;
    fetchUpTo(qsizetype(m_fetched) + FetchChunk - 1);
}

void PreviewModel::fetchUpTo(qsizetype row)
{
    const int last = int(std::min<qsizetype>(row, totalRows() - 1));
    if (last < m_fetched)
        return;
    m_notifying = true;
    beginInsertRows(QModelIndex(), m_fetched, last);
    m_fetched = last + 1;
    endInsertRows();
    m_notifying = false;
}

int PreviewModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_columns;
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const
{
    if (!m_table || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
        return m_table->cell(index.row(), index.column());
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip repeats a column's name in full: a grid elides long names to its column width.
    const bool tip = role == Qt::ToolTipRole && orientation == Qt::Horizontal;
    if (!m_table || (role != Qt::DisplayRole && !tip) || section < 0)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section >= m_columns)
            return {};
        if (section < m_table->columnCount())
            return m_table->columnNames().at(section);
        return tr("(extra %1)").arg(section + 1);
    }
    if (section >= rowCount())
        return {};
    return m_table->sourceLine(section);
}

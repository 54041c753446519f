#include "import/previewmodel.h"

#include "import/table.h"

#include <limits>

PreviewModel::PreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

PreviewModel::~PreviewModel() = default;

void PreviewModel::setTable(std::shared_ptr<const Table> table)
{
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
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_table)
        return 0;
    return int(std::min<qsizetype>(m_table->rowCount(), std::numeric_limits<int>::max()));
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
    if (!m_table || role != Qt::DisplayRole || section < 0)
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

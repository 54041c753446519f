#include "mappingmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

MappingModel::MappingModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_fields(ToriiSchema::fields())
{ }

MappingModel::~MappingModel() = default;

void MappingModel::setColumns(const QStringList& columns)
{
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

void MappingModel::setMapping(const Mapping& mapping)
{
    m_mapping = mapping;
    if (!m_fields.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, NB_COLUMNS - 1));
}

void MappingModel::setOrigins(const QHash<TargetField, Origin>& origins)
{
    m_origins = origins;
    if (!m_fields.isEmpty())
        emit dataChanged(index(0, ConfidenceColumn), index(rowCount() - 1, ConfidenceColumn));
}

void MappingModel::setOrigin(TargetField field, const Origin& origin)
{
    m_origins.insert(field, origin);
    const int row = rowOf(field);
    if (row >= 0)
        emit dataChanged(index(row, ConfidenceColumn), index(row, ConfidenceColumn));
}

void MappingModel::setSamples(const QHash<TargetField, QString>& before, const QHash<TargetField, QString>& after)
{
    m_before = before;
    m_after = after;
    if (!m_fields.isEmpty())
        emit dataChanged(index(0, BeforeColumn), index(rowCount() - 1, AfterColumn));
}

TargetField MappingModel::fieldAt(int row) const
{
    return m_fields.at(row).field;
}

int MappingModel::rowOf(TargetField field) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).field == field)
            return i;
    }
    return -1;
}

int MappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fields.size());
}

int MappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NB_COLUMNS;
}

QVariant MappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldInfo& info = m_fields.at(index.row());
    const FieldMapping fm = m_mapping.field(info.field);
    switch (index.column()) {
    case FieldColumn:
        if (role == Qt::DisplayRole)
            return info.required ? tr("%1 *").arg(info.label()) : info.label();
        if (role == Qt::ToolTipRole)
            return info.required ? tr("Required: every user needs it") : tr("Optional");
        if (role == Qt::FontRole && info.required) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case SourceColumn:
        if (role == Qt::DisplayRole)
            return fm.column.isEmpty() ? (fm.constant.isEmpty() ? tr("— not mapped —") : tr("= “%1”").arg(fm.constant))
                                       : fm.column;
        if (role == Qt::EditRole)
            return fm.column;
        if (role == Qt::ForegroundRole && !fm.isMapped())
            return QBrush(info.required ? QColor(0xd0, 0x41, 0x3e) : QColor(0x9a, 0xa5, 0xb1));
        if (role == Qt::ToolTipRole)
            return tr("Press F2 or double-click to pick the column");
        return {};
    case ConfidenceColumn: {
        const auto it = m_origins.constFind(info.field);
        if (it == m_origins.cend() || !fm.isMapped())
            return {};
        if (role == Qt::DisplayRole)
            return it->text;
        if (role == Qt::ToolTipRole)
            return it->reason;
        if (role == Qt::UserRole)
            return it->confidence;
        if (role == Qt::ForegroundRole && it->confidence > 0)
            return QBrush(it->confidence >= 0.9       ? QColor(0x2e, 0x9d, 0x5b)
                              : it->confidence >= 0.7 ? QColor(0xd9, 0x8b, 0x12)
                                                      : QColor(0xd0, 0x41, 0x3e));
        return {};
    }
    case BeforeColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_before.value(info.field);
        return {};
    case AfterColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_after.value(info.field);
        return {};
    default:
        return {};
    }
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Torii field");
    case SourceColumn:
        return tr("Column in the file");
    case ConfidenceColumn:
        return tr("Match");
    case BeforeColumn:
        return tr("Sample (file)");
    case AfterColumn:
        return tr("Sample (sent)");
    default:
        return {};
    }
}

Qt::ItemFlags MappingModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == SourceColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool MappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != SourceColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString column = value.toString();
    if (!column.isEmpty() && !m_columns.contains(column))
        return false;
    emit columnEdited(m_fields.at(index.row()).field, column);
    return true;
}

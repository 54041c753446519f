#include "issuesmodel.h"

#include "mapping/toriischema.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

IssuesModel::IssuesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

IssuesModel::~IssuesModel() = default;

void IssuesModel::setIssues(const QList<ValidationIssue>& issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

int IssuesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

int IssuesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NB_COLUMNS;
}

QVariant IssuesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ValidationIssue& issue = m_issues.at(index.row());
    const bool error = issue.severity == ValidationIssue::Error;
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return QIcon(error ? QStringLiteral(":/icons/state-failed.svg") : QStringLiteral(":/icons/state-warning.svg"));
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return issue.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        return issue.row > 0 ? QVariant(issue.row) : QVariant(tr("file"));
    case SeverityColumn:
        return error ? tr("Error") : tr("Warning");
    case ColumnColumn:
        return issue.column;
    case FieldColumn: {
        // Issues carry Torii's JSON key ("lastUsedDate"); the admin reads the field's translated label.
        const std::optional<TargetField> field = ToriiSchema::fromKey(issue.field);
        return field ? ToriiSchema::info(*field).label() : issue.field;
    }
    case MessageColumn:
        return issue.message;
    default:
        return {};
    }
}

QVariant IssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Line");
    case SeverityColumn:
        return tr("Severity");
    case ColumnColumn:
        return tr("Column");
    case FieldColumn:
        return tr("Field");
    case MessageColumn:
        return tr("Problem");
    default:
        return {};
    }
}

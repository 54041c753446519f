#include "historymodel.h"

#include "theme.h"

#include <QIcon>
#include <QLocale>

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

HistoryModel::~HistoryModel() = default;

void HistoryModel::setRuns(const QList<HistoryRecord>& runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NB_COLUMNS;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRecord& r = m_runs.at(index.row());
    if (role == Qt::DecorationRole && index.column() == OutcomeColumn) {
        return QIcon(Theme::outcomeIcon(r.outcome));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StartedColumn:
        return QLocale().toString(r.started.toLocalTime(), QLocale::ShortFormat);
    case FileColumn:
        return r.sourceFile;
    case ProfileColumn:
        return r.appAccountId > 0 ? tr("%1 · %2").arg(r.profile).arg(r.appAccountId) : r.profile;
    case UsersColumn:
        return QLocale().toString(r.users);
    case RejectedColumn:
        return QLocale().toString(r.rejected);
    case OutcomeColumn:
        return RunStates::text(r.outcome);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case FileColumn:
        return tr("File");
    case ProfileColumn:
        return tr("Profile · app account");
    case UsersColumn:
        return tr("Users");
    case RejectedColumn:
        return tr("Rejected");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

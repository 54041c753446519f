#include "historymodel.h"

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
        if (r.outcome == QLatin1String("succeeded"))
            return QIcon(QStringLiteral(":/icons/state-done.svg"));
        if (r.outcome == QLatin1String("failed") || r.outcome == QLatin1String("blocked") ||
            r.outcome == QLatin1String("unknown") || r.outcome == QLatin1String("interrupted"))
            return QIcon(QStringLiteral(":/icons/state-failed.svg"));
        return QIcon(QStringLiteral(":/icons/state-pending.svg"));
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
        return outcomeText(r.outcome);
    default:
        return {};
    }
}

QString HistoryModel::outcomeText(const QString& outcome)
{
    if (outcome == u"succeeded")
        return tr("Succeeded");
    if (outcome == u"failed")
        return tr("Failed");
    if (outcome == u"cancelled")
        return tr("Cancelled");
    if (outcome == u"blocked")
        return tr("Blocked by validation");
    if (outcome == u"dry-run")
        return tr("Dry run");
    if (outcome == u"running")
        return tr("Running");
    if (outcome == u"interrupted")
        return tr("Interrupted");
    if (outcome == u"unknown")
        return tr("Sync sent, no answer");
    return outcome;
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

QString HistoryModel::stageResultText(const QString& result)
{
    if (result == u"done")
        return tr("done");
    if (result == u"failed")
        return tr("failed");
    if (result == u"pending")
        return tr("not reached");
    if (result == u"running")
        return tr("running");
    if (result == u"retrying")
        return tr("waiting to retry");
    if (result == u"cancelled")
        return tr("cancelled");
    if (result == u"skipped")
        return tr("skipped");
    return result; // written by another version: shown as stored
}

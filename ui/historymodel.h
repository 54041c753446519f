#pragma once

#include "history/historyrecord.h"

#include <QAbstractTableModel>

// The History page's list of runs, newest first. QtCore only (could move to app/history).
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column
    {
        StartedColumn,
        FileColumn,
        ProfileColumn,
        UsersColumn,
        RejectedColumn,
        OutcomeColumn,
        NB_COLUMNS
    };

    explicit HistoryModel(QObject* parent = nullptr);
    ~HistoryModel() override;

    void setRuns(const QList<HistoryRecord>& runs);
    [[nodiscard]] const HistoryRecord& run(int row) const { return m_runs.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<HistoryRecord> m_runs;
};

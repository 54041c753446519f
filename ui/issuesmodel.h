#pragma once

#include "validate/validationissue.h"

#include <QAbstractTableModel>
#include <QList>

// The Review page's issues list: one row per ValidationIssue (row, column, field, severity, message).
// QtCore only (could move to app/validate).
class IssuesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssuesModel)

public:
    enum Column
    {
        RowColumn,
        SeverityColumn,
        ColumnColumn,
        FieldColumn,
        MessageColumn,
        NB_COLUMNS
    };

    explicit IssuesModel(QObject* parent = nullptr);
    ~IssuesModel() override;

    void setIssues(const QList<ValidationIssue>& issues);
    [[nodiscard]] const ValidationIssue& issue(int row) const { return m_issues.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<ValidationIssue> m_issues;
};

#pragma once

#include <QAbstractTableModel>

#include <memory>

class Table;

// Read-only table model over an imported Table for the Load/Map pages' preview grid: columns are the header
// names, the vertical header is the source line. Cells are decoded lazily, so a million rows cost nothing.
class PreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewModel)

public:
    explicit PreviewModel(QObject* parent = nullptr);
    ~PreviewModel() override;

    void setTable(std::shared_ptr<const Table> table);
    [[nodiscard]] std::shared_ptr<const Table> table() const { return m_table; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Table> m_table;
    int m_columns = 0;
};

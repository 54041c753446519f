#pragma once

#include <QAbstractTableModel>

#include <memory>

class Table;

// Read-only table model over an imported Table for the Load/Map pages' preview grid: columns are the header
// names, the vertical header is the source line. Cells are decoded lazily, so a million rows cost nothing.
// Rows are exposed in chunks (canFetchMore/fetchMore; views fetch more as they scroll to the end): a view's
// header sets up every row it is told about on the GUI thread, ~30 ms for a million rows at each reset.
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
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Exposes the rows up to and including row (at least), so it can be shown: jumping to an issue's row.
    void fetchUpTo(qsizetype row);
    // Rows of the table, fetched or not (rowCount() counts the fetched ones).
    [[nodiscard]] qsizetype totalRows() const;

    // Rows exposed at a reset and by each fetchMore(): ~1 ms of header set-up, hundreds of screenfuls.
    static constexpr int FetchChunk = 20000;

private:
    std::shared_ptr<const Table> m_table;
    int m_columns = 0;
    int m_fetched = 0;
    // True while this model's own reset or insert is being announced: a fetch from a slot of those
    // notifications would nest a change inside another (views fetch later, when they lay out).
    bool m_notifying = false;
};

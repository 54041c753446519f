#pragma once

#include <QList>
#include <QString>

class Table;

// The distinct (trimmed) values of one column and how many rows carry each, most frequent first, ties in the
// order they first appear: what the Map page's status-value editor lists.
struct DistinctValue
{
    QString raw;
    qint64 rows = 0;

    friend bool operator==(const DistinctValue&, const DistinctValue&) = default;
};

namespace DistinctValues
{
    // More distinct words than `limit` means it is not a status column: only the first `limit` are counted.
    constexpr int DefaultLimit = 200;
    // column < 0 (not in the table): empty.
    [[nodiscard]] QList<DistinctValue> of(const Table& table, int column, int limit = DefaultLimit);
} // namespace DistinctValues

#include "import/distinctvalues.h"

#include "import/table.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

QList<DistinctValue> DistinctValues::of(const Table& table, int column, int limit)
{
    if (column < 0 || column >= table.columnCount())
        return {};
    QHash<QString, qint64> counts;
    QStringList order;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        const QString v = QString::fromUtf8(table.cellUtf8(row, column)).trimmed();
        auto it = counts.find(v);
        if (it == counts.end()) {
            if (counts.size() >= limit)
                continue;
            counts.insert(v, 1);
            order << v;
        } else {
            ++*it;
        }
    }
    QList<DistinctValue> values;
    values.reserve(order.size());
    for (const QString& v : order)
        values.append({v, counts.value(v)});
    std::stable_sort(values.begin(), values.end(), [](const auto& a, const auto& b) { return a.rows > b.rows; });
    return values;
}

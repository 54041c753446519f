#pragma once

#include <QByteArrayView>
#include <QStringList>

// The column names of a JSON list of objects in the order the file first mentions them. QJsonObject sorts its
// keys, but an export's key order is the order its author chose (id, name, email, ...), and the table should
// show it. Used by JsonReader after QJsonDocument has validated the same bytes, so this scan may assume valid
// JSON: it only tracks strings and nesting.
class JsonKeyOrder
{
public:
    // Keys of the array's objects ("login") and of objects one level inside them, dotted ("plan.name"), each
    // once, first-seen order across all objects.
    [[nodiscard]] static QStringList scan(QByteArrayView json);
};

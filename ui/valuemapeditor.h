#pragma once

#include "import/distinctvalues.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QLabel;
class StatusMap;
class QTableWidget;

// The status value map on the Map page: each distinct value of the status column, how many rows carry it,
// and what Torii gets (active or deleted). Unknown words are marked so the admin decides, not the app.
class ValueMapEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueMapEditor)

public:
    using Value = DistinctValue;

    explicit ValueMapEditor(QWidget* parent = nullptr);
    ~ValueMapEditor() override;

    // values: distinct cells of the status column (most frequent first); map: the field's current overrides.
    void setValues(const QString& column, const QList<Value>& values, const QMap<QString, QString>& map);
    void setMap(const QMap<QString, QString>& map);
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] int unknownCount() const;

signals:
    void mapEdited(const QMap<QString, QString>& map);

private:
    void rebuild();
    [[nodiscard]] static bool isUnknown(const StatusMap& statuses, const QString& raw);

    QLabel* m_hint = nullptr;
    QTableWidget* m_table = nullptr;
    QString m_column;
    QList<Value> m_values;
    QMap<QString, QString> m_map;
};

#pragma once

#include "import/distinctvalues.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class StatusMap;

// The status value map in the Map page's transform panel: each distinct value of the status column, how many
// rows carry it, and what Torii gets (active or deleted). Unknown words are marked so the admin decides, not
// the app. Laid out as a list (the value and its row count, the choice below) to fit the panel's narrow width.
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
    [[nodiscard]] int valueCount() const { return static_cast<int>(m_values.size()); }
    // The choices in the order they are drawn (the page puts them in the keyboard order after a rebuild).
    [[nodiscard]] QList<QWidget*> choices() const;
    // The choice offered for raw (nullptr for an empty cell or a word not listed).
    [[nodiscard]] QComboBox* choiceFor(const QString& raw) const;
    [[nodiscard]] int unknownCount() const;

signals:
    void mapEdited(const QMap<QString, QString>& map);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row
    {
        QString raw;
        QLabel* value = nullptr;
        QComboBox* choice = nullptr;
    };

    void rebuild();
    void refresh();
    void elide(const Row& row);
    [[nodiscard]] static bool isUnknown(const StatusMap& statuses, const QString& raw);

    QLabel* m_hint = nullptr;
    QWidget* m_list = nullptr; // the values, rebuilt when they change
    QList<Row> m_rows;
    QString m_column;
    QList<Value> m_values;
    QMap<QString, QString> m_map;
};

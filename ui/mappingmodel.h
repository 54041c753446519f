#pragma once

#include "mapping/columnprofile.h"
#include "mapping/mapping.h"
#include "mapping/toriischema.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

// One row per Torii field for the Map page: the source column feeding it, how sure the match is, and a
// before/after sample. Edits to the Column cell do not change the model directly: they are reported with
// columnEdited() so the page can push an undoable command. QtCore only (could move to app/ later).
class MappingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingModel)

public:
    enum Column
    {
        FieldColumn,
        SourceColumn,
        ConfidenceColumn,
        BeforeColumn,
        AfterColumn,
        NB_COLUMNS
    };

    // Where a field's column came from, for the confidence cell.
    struct Origin
    {
        double confidence = 0.0; // auto-match only
        QString text;            // "Auto 95%", "Preset", "Manual"
        QString reason;          // tooltip
    };

    explicit MappingModel(QObject* parent = nullptr);
    ~MappingModel() override;

    void setColumns(const QStringList& columns);
    [[nodiscard]] QStringList columns() const { return m_columns; }
    // What a sample of each column's cells holds (ColumnProfiler), for the column picker; may be empty.
    void setProfiles(const QList<ColumnProfile>& profiles) { m_profiles = profiles; }
    [[nodiscard]] const QList<ColumnProfile>& profiles() const { return m_profiles; }
    void setMapping(const Mapping& mapping);
    [[nodiscard]] const Mapping& mapping() const { return m_mapping; }
    void setOrigins(const QHash<TargetField, Origin>& origins);
    [[nodiscard]] QHash<TargetField, Origin> origins() const { return m_origins; }
    void setOrigin(TargetField field, const Origin& origin);
    void setSamples(const QHash<TargetField, QString>& before, const QHash<TargetField, QString>& after);

    [[nodiscard]] TargetField fieldAt(int row) const;
    [[nodiscard]] int rowOf(TargetField field) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // The admin picked another column (empty = not mapped) for a field.
    void columnEdited(TargetField field, const QString& column);

private:
    QList<FieldInfo> m_fields;
    QStringList m_columns;
    QList<ColumnProfile> m_profiles;
    Mapping m_mapping;
    QHash<TargetField, Origin> m_origins;
    QHash<TargetField, QString> m_before;
    QHash<TargetField, QString> m_after;
};

#pragma once

#include "mapping/fieldmapping.h"
#include "mapping/toriischema.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class ValueMapEditor;

// Transform settings of the field selected on the Map page, only those the field needs: trim, lower-case, the
// list separator (lists), day/month order and time zone (dates), the status value map (status), a constant when
// no column feeds it, the e-mail fallback column. Reports edits; the page makes them undoable.
class FieldEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldEditor)

public:
    explicit FieldEditor(QWidget* parent = nullptr);
    ~FieldEditor() override;

    void setColumns(const QStringList& columns);
    void showField(TargetField field, const FieldMapping& mapping);
    // Shown while Status is the field. The page feeds it the status column's values (they are counted in the
    // background) and makes its edits undoable; its unknown words count in the page's summary at all times.
    [[nodiscard]] ValueMapEditor* valueMapEditor() const { return m_valueMap; }
    // The panel's controls in the order they are drawn, the status choices first (for the keyboard order).
    [[nodiscard]] QList<QWidget*> tabOrder() const;

signals:
    void edited(TargetField field, const FieldMapping& mapping, const QString& description);

private:
    void emitEdit(const QString& description);

    TargetField m_field = TargetField::Email;
    FieldMapping m_mapping;
    bool m_updating = false;
    QLabel* m_kindHint = nullptr;
    QCheckBox* m_trim = nullptr;
    QCheckBox* m_lowercase = nullptr;
    QLineEdit* m_separator = nullptr;
    QComboBox* m_dateOrder = nullptr;
    QComboBox* m_timeZone = nullptr;
    ValueMapEditor* m_valueMap = nullptr;
    QLabel* m_timeZoneLabel = nullptr;
    QLineEdit* m_constant = nullptr;
    QComboBox* m_fallback = nullptr;
    QLabel* m_separatorLabel = nullptr;
    QLabel* m_dateLabel = nullptr;
    QLabel* m_fallbackLabel = nullptr;
};

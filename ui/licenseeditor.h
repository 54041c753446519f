#pragma once

#include "mapping/licenserule.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

// The licence rule on the Map page: which column names the licence(s), how a cell splits, values meaning
// "no licence", the per-user licence status, and the constants Torii wants per licence.
class LicenseEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicenseEditor)

public:
    explicit LicenseEditor(QWidget* parent = nullptr);
    ~LicenseEditor() override;

    void setColumns(const QStringList& columns);
    void showRule(const LicenseRule& rule);

signals:
    void ruleEdited(const LicenseRule& rule, const QString& description);

private:
    void emitEdit(const QString& description);

    LicenseRule m_rule;
    bool m_updating = false;
    QComboBox* m_column = nullptr;
    QLineEdit* m_constantName = nullptr;
    QLineEdit* m_separator = nullptr;
    QLineEdit* m_ignore = nullptr;
    QComboBox* m_statusColumn = nullptr;
    QSpinBox* m_unassigned = nullptr;
    QSpinBox* m_price = nullptr;
};

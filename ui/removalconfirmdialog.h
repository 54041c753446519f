#pragma once

#include "diff/userdiff.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class UserDiffModel;

// The removal guard stopped a sync: shows the change (counts and the users who would be removed or deactivated)
// and asks the admin to type the number of removals to go on. Only the exact number enables "Sync anyway";
// accepted() then means that many removals are allowed for this one run (the CLI's --allow-removals N).
class RemovalConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemovalConfirmDialog)

public:
    // reason: why the guard stopped (RemovalGuard::explain).
    RemovalConfirmDialog(const UserDiff& diff, const QString& reason, QWidget* parent = nullptr);
    ~RemovalConfirmDialog() override;

    [[nodiscard]] qint64 removals() const { return m_removals; }
    [[nodiscard]] QLineEdit* numberEdit() const { return m_number; }
    [[nodiscard]] QPushButton* syncAnywayButton() const { return m_syncAnyway; }

private:
    qint64 m_removals = 0;
    UserDiffModel* m_model = nullptr;
    QLineEdit* m_number = nullptr;
    QPushButton* m_syncAnyway = nullptr;
};

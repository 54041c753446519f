#pragma once

#include "jobs/job.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

// Edits one saved job (new, from the current sync, or an existing one): profile, source file or folder +
// pattern, preset or auto-match, invalid-row policy, guard thresholds, webhook and schedule. Save writes the
// job file (JobStore) and, when the schedule changed, the operating system's timer (JobScheduler).
class JobEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEditor)

public:
    // existing: whether job.name is already saved (the name is then fixed).
    JobEditor(const Job& job, bool existing, QWidget* parent = nullptr);
    ~JobEditor() override;

    [[nodiscard]] Job job() const;
    // Checks and saves; false with the reason shown in the dialog.
    bool save();

private:
    void chooseSource(bool folder);
    void updateEnabled();

    Job m_original;
    bool m_existing = false;
    QLineEdit* m_name = nullptr;
    QComboBox* m_profile = nullptr;
    QLineEdit* m_source = nullptr;
    QLineEdit* m_pattern = nullptr;
    QComboBox* m_preset = nullptr;
    QComboBox* m_policy = nullptr;
    QSpinBox* m_maxInvalid = nullptr;
    QSpinBox* m_allowRemovals = nullptr;
    QLineEdit* m_webhook = nullptr;
    QCheckBox* m_notifySuccess = nullptr;
    QComboBox* m_scheduleKind = nullptr;
    QComboBox* m_day = nullptr;
    QTimeEdit* m_time = nullptr;
    QLabel* m_problem = nullptr;
};

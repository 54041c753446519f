#pragma once

#include "jobs/job.h"

#include <QDialog>

class AppServices;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class ScheduleEdit;

// Edits one saved job (new, from the current sync, or an existing one): profile, source file or folder +
// pattern, preset or auto-match, invalid-row policy, guard thresholds, webhook and schedule. Save writes the
// job file (JobStore) and, when the schedule changed, the operating system's timer (JobScheduler). The source
// is checked as it is typed: a missing file or folder stops Save; a folder where no file matches the pattern
// yet is only a warning (the first export may not have arrived).
class JobEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEditor)

public:
    // existing: whether job.name is already saved (the name is then fixed). services: the profiles and presets
    // offered; not owned.
    JobEditor(const Job& job, bool existing, const AppServices* services, QWidget* parent = nullptr);
    ~JobEditor() override;

    [[nodiscard]] Job job() const;
    // Checks and saves; false with the reason shown in the dialog.
    bool save();
    // What Save says about the source now: an error (Save refuses) or a warning; empty when the source is fine.
    [[nodiscard]] QString sourceProblem(bool* isError = nullptr) const;
    [[nodiscard]] QString problemText() const;
    // Saves edited and, when its schedule differs from previous, puts the schedule into the operating system;
    // false with *problem (*saved: whether the job file was written). Shared with the Jobs page's Schedule dialog.
    static bool store(const Job& edited, const JobSchedule& previous, QString* problem, bool* saved = nullptr);

private:
    void chooseSource(bool folder);
    void updateEnabled();
    void checkSource();

    Job m_original;
    QStringList m_savedProfiles;
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
    ScheduleEdit* m_schedule = nullptr;
    QLabel* m_sourceNote = nullptr;
    QLabel* m_problem = nullptr;
};

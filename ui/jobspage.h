#pragma once

#include "jobs/job.h"
#include "jobs/jobrunreport.h"
#include "page.h"

class AppServices;
class JobProcess;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Step 7: the saved jobs, each with its profile, source, schedule, last result and its age; Run now (the
// selected job), Run all, Cancel, New, Edit, Schedule and Delete. Runs go through torii-sync-cli (JobProcess,
// which runs SyncRun like the scheduled runs do) in its own process, so the window stays responsive; the
// outcome lands in the table and in the history.
class JobsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPage)

public:
    // services: the profiles, presets and history; not owned.
    explicit JobsPage(const AppServices* services, QWidget* parent = nullptr);
    ~JobsPage() override;

    void enter() override;
    void reload();
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] JobProcess* process() const { return m_process; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QPushButton* cancelButton() const { return m_cancel; }
    // Runs one job (empty name: all of them).
    void run(const QString& name);
    void cancel();
    // Opens the editor for a new job (prefilled by the caller, e.g. from the current sync) or a saved one.
    void edit(const Job& job, bool existing);
    void selectJob(const QString& name);
    // Deletes the selected job (after asking) and takes its schedule out of the operating system.
    void deleteSelected();
    void scheduleSelected();

signals:
    void runRecorded();
    void jobSaved(const QString& name);

private:
    [[nodiscard]] QString selectedJob() const;
    void editSelected();
    void onFinished(int exitCode, const QList<JobRunReport>& reports, const QString& problem);
    void updateButtons();
    void setStatus(const QString& text, bool failed);

    const AppServices* m_services = nullptr;
    JobProcess* m_process = nullptr;
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_runNow = nullptr;
    QPushButton* m_runAll = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_schedule = nullptr;
    QPushButton* m_delete = nullptr;
};

#pragma once

#include "jobs/jobrunreport.h"

#include <QDialog>

class JobProcess;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// The saved jobs: each with its profile, source, schedule, last result and its age; Run now (the selected
// job), Run all, Edit and New. Runs go through torii-sync-cli (JobProcess), so the window stays responsive and
// the runs are the same as the scheduled ones.
class JobsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsDialog)

public:
    explicit JobsDialog(QWidget* parent = nullptr);
    ~JobsDialog() override;

    void reload();
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] JobProcess* process() const { return m_process; }
    // Runs one job (empty name: all of them).
    void run(const QString& name);

signals:
    void runRecorded();

private:
    [[nodiscard]] QString selectedJob() const;
    void edit(const QString& name);
    void onFinished(int exitCode, const QList<JobRunReport>& reports, const QString& problem);
    void updateButtons();

    JobProcess* m_process = nullptr;
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_runNow = nullptr;
    QPushButton* m_runAll = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_new = nullptr;
};

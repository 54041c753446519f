#pragma once

#include <QObject>

class HistoryPage;
class JobsDialog;
class QMainWindow;
class Session;
class SyncPage;

// The window's "Jobs" menu: open the Jobs list (run now, run all, edit) and "Save Sync as Job…", which turns
// the current sync (profile, file, preset, policy) into a saved job. After a successful sync the status bar
// points to it. Runs started from the list show up on the History page.
class JobsMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsMenu)

public:
    JobsMenu(QMainWindow* window, Session* session, SyncPage* sync, HistoryPage* history);
    ~JobsMenu() override;

    void showJobs();
    void saveSyncAsJob();
    [[nodiscard]] JobsDialog* jobsDialog() const { return m_dialog; }

private:
    QMainWindow* m_window;
    Session* m_session;
    HistoryPage* m_history;
    JobsDialog* m_dialog = nullptr;
};

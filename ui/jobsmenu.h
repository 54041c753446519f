#pragma once

#include <QObject>

class JobsPage;
class MainWindow;
class Session;
class SyncPage;

// The window's "Jobs" menu: "Jobs" shows the Jobs page (run now, run all, edit, schedule), "Save Sync as
// Job…" (also the Sync page's button at the end of a run) turns the current sync (profile, file, preset,
// policy) into a saved job and says so once it is saved.
class JobsMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsMenu)

public:
    JobsMenu(MainWindow* window, Session* session, SyncPage* sync, JobsPage* jobs);
    ~JobsMenu() override;

    void saveSyncAsJob();

private:
    MainWindow* m_window;
    Session* m_session;
    JobsPage* m_jobs;
};

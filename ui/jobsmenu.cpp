#include "jobsmenu.h"

#include "jobspage.h"
#include "mainwindow.h"
#include "session.h"
#include "syncjob.h"
#include "syncpage.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

JobsMenu::JobsMenu(MainWindow* window, Session* session, SyncPage* sync, JobsPage* jobs)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_jobs(jobs)
{
    QMenu* menu = window->menuBar()->addMenu(tr("&Jobs"));
    QAction* show = menu->addAction(tr("Saved &Jobs"), this, [window] { window->showStep(MainWindow::Step::Jobs); });
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    show->setStatusTip(tr("Saved syncs: run them now, all at once, or on a schedule"));
    QAction* save = menu->addAction(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save Sync as Job…"), this,
                                    &JobsMenu::saveSyncAsJob);
    save->setStatusTip(tr("Repeat this sync later, by hand or on a schedule"));
    save->setEnabled(false);
    connect(session, &Session::sourceChanged, save,
            [save, session] { save->setEnabled(!session->sourcePath().isEmpty()); });
    connect(sync, &SyncPage::saveAsJobRequested, this, &JobsMenu::saveSyncAsJob);
    connect(jobs, &JobsPage::jobSaved, this, [this](const QString& name) {
        m_window->statusBar()->showMessage(tr("Saved job “%1”. The Jobs page lists it.").arg(name), 15000);
    });
}

JobsMenu::~JobsMenu() = default;

void JobsMenu::saveSyncAsJob()
{
    if (!m_session->sourcePath().isEmpty())
        m_jobs->edit(SyncJob::fromSession(*m_session), false);
}

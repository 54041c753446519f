#include "jobsmenu.h"

#include "historypage.h"
#include "jobeditor.h"
#include "jobsdialog.h"
#include "session.h"
#include "syncpage.h"

#include <QAction>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>

JobsMenu::JobsMenu(QMainWindow* window, Session* session, SyncPage* sync, HistoryPage* history)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_history(history)
{
    QMenu* menu = window->menuBar()->addMenu(tr("&Jobs"));
    QAction* jobs = menu->addAction(tr("&Jobs…"), this, &JobsMenu::showJobs);
    jobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    jobs->setStatusTip(tr("Saved syncs: run them now, all at once, or on a schedule"));
    QAction* save = menu->addAction(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save Sync as Job…"), this,
                                    &JobsMenu::saveSyncAsJob);
    save->setStatusTip(tr("Repeat this sync later, by hand or on a schedule"));
    save->setEnabled(false);
    connect(session, &Session::sourceChanged, save,
            [save, session] { save->setEnabled(!session->sourcePath().isEmpty()); });
    connect(sync, &SyncPage::runFinished, this, [this](bool succeeded) {
        if (succeeded)
            m_window->statusBar()->showMessage(tr("Synced. Jobs ▸ Save Sync as Job… repeats it by hand or on a "
                                                  "schedule."),
                                               30000);
    });
}

JobsMenu::~JobsMenu() = default;

void JobsMenu::showJobs()
{
    if (!m_dialog) {
        m_dialog = new JobsDialog(m_window);
        connect(m_dialog, &JobsDialog::runRecorded, m_history, &HistoryPage::runRecorded);
    }
    m_dialog->reload();
    m_dialog->show();
    m_dialog->raise();
}

void JobsMenu::saveSyncAsJob()
{
    Job job;
    const QString path = m_session->sourcePath();
    // A name from the file, in the characters job names allow: "Okta Users (2).csv" -> "okta-users-2".
    job.name = QFileInfo(path).completeBaseName().toLower();
    job.name.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
    job.name.remove(QRegularExpression(QStringLiteral("^[-.]+|-+$")));
    job.profile = m_session->connection().profileName;
    job.sourcePath = path;
    job.preset = m_session->presetName();
    auto* editor = new JobEditor(job, false, m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this] {
        if (m_dialog)
            m_dialog->reload();
    });
    editor->open();
}

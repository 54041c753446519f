// The window's Jobs list and the History page's filters, export and run-again: jobs run through
// torii-sync-cli (as on a timer) against an in-process sandbox, and their results show up in both places.
#include "common/appinfo.h"
#include "guitest.h"
#include "history/historystore.h"
#include "historyfilterbar.h"
#include "historymodel.h"
#include "historypage.h"
#include "jobprocess.h"
#include "jobs/jobstore.h"
#include "jobsdialog.h"
#include "profiles/profilestore.h"
#include "sandbox/sandbox.h"
#include "session.h"
#include "theme.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace
{
    const QString key = QStringLiteral("tsk_GUI_jobs_key_0c3d");
    QString s(const char* text)
    {
        return QString::fromLatin1(text);
    }
} // namespace

class TestJobsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runNowShowsTheResult();
    void historyFiltersExportAndRunAgain();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestJobsDialog::initTestCase()
{
    // The CLI the window starts must see the same profiles, jobs and history as this process: both use a
    // private XDG home (set before anything reads a setting) under the application's real name, not
    // QStandardPaths' test mode.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    AppInfo::applyToApplication();
    Theme::apply();
    qputenv("PATH", QFile::encodeName(QFileInfo(QStringLiteral(TORIISYNC_CLI)).absolutePath()) + ':' + qgetenv("PATH"));
    qputenv("TORII_API_KEY", key.toUtf8());
    QVERIFY(!JobProcess::cliPath().isEmpty());
    QVERIFY(HistoryStore::defaultPath().startsWith(m_dir.path()));

    m_sandbox = std::make_unique<Sandbox>();
    m_sandbox->setApiKey(key);
    QVERIFY(m_sandbox->start());
    ProfileStore profiles(nullptr);
    Profile profile;
    profile.name = s("sb");
    profile.apiUrl = m_sandbox->baseUrl();
    profile.appAccountId = Sandbox::demoAppAccountId;
    profiles.saveProfile(profile);
    const QString csv = m_dir.filePath(s("users.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Email,First Name\nada@example.com,Ada\nalan@example.com,Alan\n");
    file.close();
    Job job;
    job.name = s("nightly");
    job.profile = s("sb");
    job.sourcePath = csv;
    QString error;
    QVERIFY2(JobStore().save(job, &error), qPrintable(error));
}

void TestJobsDialog::runNowShowsTheResult()
{
    JobsDialog dialog;
    dialog.show();
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 0)->text(), s("nightly"));
    QCOMPARE(dialog.table()->item(0, 4)->text(), JobsDialog::tr("Never run"));
    QSignalSpy finished(dialog.process(), &JobProcess::finished);
    dialog.table()->selectRow(0);
    dialog.run(s("nightly"));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toInt(), 0);
    QCOMPARE(dialog.table()->item(0, 4)->text(), RunStates::text(RunOutcome::Succeeded));
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);
    GuiTest::screenshot(&dialog, s("jobs"));
}

void TestJobsDialog::historyFiltersExportAndRunAgain()
{
    Session session;
    HistoryStore history;
    HistoryPage page(&session, &history);
    page.resize(1024, 700);
    page.show();
    page.enter();
    QVERIFY(page.model()->rowCount() >= 1);
    QCOMPARE(page.model()->run(0).job, s("nightly"));
    // Filter by outcome: no failures so far.
    HistoryFilterBar* bar = page.filterBar();
    bar->outcomeChoice()->setCurrentIndex(bar->outcomeChoice()->findData(s("failed")));
    QCOMPARE(page.model()->rowCount(), 0);
    bar->outcomeChoice()->setCurrentIndex(0);
    bar->jobChoice()->setCurrentIndex(bar->jobChoice()->findData(s("nightly")));
    QCOMPARE(page.model()->rowCount(), 1);

    const QString csv = m_dir.filePath(s("history.csv"));
    QString error;
    QVERIFY2(page.exportCsv(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(",nightly,sb,"));

    // Run again: the job runs once more; the source is unchanged, so nothing is sent.
    QVERIFY(!bar->runAgainButton()->isHidden());
    QSignalSpy finished(page.findChild<JobProcess*>(), &JobProcess::finished);
    bar->runAgainButton()->click();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toInt(), 0);
    QVERIFY2(page.detailsText().contains(JobRunReport::outcomeText(JobRunReport::Outcome::Unchanged)),
             qPrintable(page.detailsText()));
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);
}

QTEST_MAIN(TestJobsDialog)
#include "tst_jobsdialog.moc"

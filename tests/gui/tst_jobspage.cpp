// The window's Jobs page and the History page's filters, export and run-again: jobs run through
// torii-sync-cli (as on a timer) against an in-process sandbox, and their results show up in both places. Also
// the job editor's source checks and "Save as Job" at the end of a sync.
#include "common/appinfo.h"
#include "guitest.h"
#include "history/historystore.h"
#include "historyfilterbar.h"
#include "historymodel.h"
#include "historypage.h"
#include "jobeditor.h"
#include "jobprocess.h"
#include "jobs/jobstore.h"
#include "jobspage.h"
#include "memorysecretstore.h"
#include "messagebox.h"
#include "profiles/profilestore.h"
#include "sandbox/sandbox.h"
#include "session.h"
#include "syncpage.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
    const QString key = QStringLiteral("tsk_GUI_jobs_key_0c3d");
} // namespace

class TestJobsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runNowShowsTheResult();
    void historyFiltersExportAndRunAgain();
    void cancelStopsTheRun();
    void editorChecksTheSource();
    void deleteAsksAndRemoves();
    void saveAsJobAtTheEndOfASync();

private:
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestJobsPage::initTestCase()
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
    profile.name = u"sb"_s;
    profile.apiUrl = m_sandbox->baseUrl();
    profile.appAccountId = Sandbox::demoAppAccountId;
    profiles.saveProfile(profile);
    const QString csv = m_dir.filePath(u"users.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Email,First Name\nada@example.com,Ada\nalan@example.com,Alan\n");
    file.close();
    Job job;
    job.name = u"nightly"_s;
    job.profile = u"sb"_s;
    job.sourcePath = csv;
    QString error;
    QVERIFY2(JobStore().save(job, &error), qPrintable(error));
}

void TestJobsPage::runNowShowsTheResult()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    window.resize(1024, 700);
    window.show();
    window.showStep(MainWindow::Step::Jobs);
    JobsPage* page = window.jobsPage();
    QCOMPARE(window.currentStep(), MainWindow::Step::Jobs);
    QCOMPARE(page->table()->rowCount(), 1);
    QCOMPARE(page->table()->item(0, 0)->text(), u"nightly"_s);
    QCOMPARE(page->table()->item(0, 4)->text(), JobsPage::tr("Never run"));
    QSignalSpy finished(page->process(), &JobProcess::finished);
    page->table()->selectRow(0);
    page->run(u"nightly"_s);
    QVERIFY(page->cancelButton()->isVisibleTo(page)); // progress and Cancel while it runs
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toInt(), 0);
    QVERIFY(!page->cancelButton()->isVisibleTo(page));
    QCOMPARE(page->table()->item(0, 4)->text(), RunStates::text(RunOutcome::Succeeded));
    QCOMPARE(page->table()->item(0, 5)->text(), QCoreApplication::translate("Format", "%n min ago", nullptr, 0));
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);
    GuiTest::screenshot(&window, u"7-jobs"_s);
}

void TestJobsPage::historyFiltersExportAndRunAgain()
{
    Session session;
    HistoryStore history;
    HistoryPage page(&session, &history);
    page.resize(1024, 700);
    page.show();
    page.enter();
    QVERIFY(page.model()->rowCount() >= 1);
    QCOMPARE(page.model()->run(0).job, u"nightly"_s);
    // Filter by outcome: no failures so far.
    HistoryFilterBar* bar = page.filterBar();
    bar->outcomeChoice()->setCurrentIndex(bar->outcomeChoice()->findData(u"failed"_s));
    QCOMPARE(page.model()->rowCount(), 0);
    bar->outcomeChoice()->setCurrentIndex(0);
    bar->jobChoice()->setCurrentIndex(bar->jobChoice()->findData(u"nightly"_s));
    QCOMPARE(page.model()->rowCount(), 1);

    const QString csv = m_dir.filePath(u"history.csv"_s);
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

void TestJobsPage::cancelStopsTheRun()
{
    // The upload link never comes: the run waits until Cancel stops it.
    QString error;
    QVERIFY2(m_sandbox->addFault(u"files/url=hang:1"_s, &error), qPrintable(error));
    QFile file(m_dir.filePath(u"users.csv"_s));
    QVERIFY(file.open(QIODevice::Append));
    file.write("grace@example.com,Grace\n"); // a new source, so the run is no unchanged no-op
    file.close();
    GuiTest::App app(&m_secrets);
    JobsPage* page = app.window.jobsPage();
    page->enter();
    QSignalSpy finished(page->process(), &JobProcess::finished);
    const int asked = m_sandbox->requestCount(u"files/url"_s);
    page->table()->selectRow(0);
    page->run(u"nightly"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->requestCount(u"files/url"_s) > asked, 60000);
    page->cancelButton()->click();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().at(0).toInt() != 0);
    QCOMPARE(page->table()->item(0, 4)->text(), RunStates::text(RunOutcome::Cancelled));
    m_sandbox->clearFaults();
}

void TestJobsPage::editorChecksTheSource()
{
    GuiTest::App app(&m_secrets);
    Job job;
    job.name = u"okta-drop"_s;
    job.profile = u"sb"_s;
    job.sourcePath = m_dir.filePath(u"missing.csv"_s);
    JobEditor missing(job, false, &app.services);
    QVERIFY(!missing.save());
    QVERIFY2(missing.problemText().contains(QDir::toNativeSeparators(job.sourcePath)),
             qPrintable(missing.problemText()));
    QVERIFY(!JobStore().exists(job.name));

    // A folder where the nightly export has not arrived yet: a warning, and the job is saved.
    QVERIFY(QDir(m_dir.path()).mkpath(u"drop"_s));
    job.sourcePath = m_dir.filePath(u"drop"_s);
    job.pattern = u"okta-*.csv"_s;
    JobEditor folder(job, false, &app.services);
    bool isError = true;
    const QString warning = folder.sourceProblem(&isError);
    QVERIFY(!isError);
    QCOMPARE(warning,
             JobEditor::tr("No file matches %1 in %2 yet.").arg(job.pattern, QDir::toNativeSeparators(job.sourcePath)));
    QVERIFY2(folder.save(), qPrintable(folder.problemText()));
    QVERIFY(JobStore().exists(job.name));
    QString error;
    QVERIFY(JobStore().remove(job.name, &error));
}

void TestJobsPage::deleteAsksAndRemoves()
{
    Job job;
    job.name = u"to-delete"_s;
    job.profile = u"sb"_s;
    job.sourcePath = m_dir.filePath(u"users.csv"_s);
    QString error;
    QVERIFY2(JobStore().save(job, &error), qPrintable(error));
    GuiTest::App app(&m_secrets);
    JobsPage* page = app.window.jobsPage();
    page->enter();
    QCOMPARE(page->table()->rowCount(), 2);
    page->selectJob(job.name);
    const int asked = MessageBox::askedCount();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->deleteSelected();
    QTRY_COMPARE(page->table()->rowCount(), 1);
    QCOMPARE(MessageBox::askedCount(), asked + 1);
    QVERIFY(!JobStore().exists(job.name));
    QCOMPARE(page->statusText(), JobsPage::tr("Deleted job “%1”.").arg(job.name));
}

void TestJobsPage::saveAsJobAtTheEndOfASync()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    QVERIFY(GuiTest::prepareDemoSync(window, m_dir.filePath(u"users.csv"_s)));
    SyncPage* sync = window.syncPage();
    QVERIFY(!sync->saveJobButton()->isVisibleTo(sync));
    QSignalSpy ran(sync, &SyncPage::runFinished);
    sync->start();
    QVERIFY(ran.wait(60000));
    QVERIFY(sync->saveJobButton()->isVisibleTo(sync));
    sync->saveJobButton()->click();
    auto* editor = window.findChild<JobEditor*>();
    QVERIFY(editor);
    const Job prefilled = editor->job();
    QCOMPARE(prefilled.name, u"users"_s);
    QCOMPARE(prefilled.profile, window.session()->connection().profileName);
    QCOMPARE(prefilled.sourcePath, m_dir.filePath(u"users.csv"_s));
    QCOMPARE(prefilled.preset, window.session()->presetName());
    // The demo's profile is not a saved one: no job can run with it.
    QVERIFY(!editor->save());
    QVERIFY2(editor->problemText().contains(prefilled.profile), qPrintable(editor->problemText()));
    editor->findChild<QComboBox*>()->setCurrentText(u"sb"_s);
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(u"users"_s));
    QCOMPARE(window.statusBar()->currentMessage(),
             QCoreApplication::translate("JobsMenu", "Saved job “%1”. The Jobs page lists it.").arg(u"users"_s));
    window.showStep(MainWindow::Step::Jobs);
    QVERIFY(!window.jobsPage()->table()->findItems(u"users"_s, Qt::MatchExactly).isEmpty());
}

QTEST_MAIN(TestJobsPage)
#include "tst_jobspage.moc"

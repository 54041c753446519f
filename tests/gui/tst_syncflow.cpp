#include "connectpage.h"
#include "guitest.h"
#include "headerbar.h"
#include "history/historystore.h"
#include "historymodel.h"
#include "historypage.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "notifier.h"
#include "reviewpage.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxthread.h"
#include "session.h"
#include "stagerow.h"
#include "syncpage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

// The whole job against the in-process sandbox: demo profile, load, map, review, all five stages done, the
// run in the history; an injected failure shows the failed stage and Retry recovers. Saves a screenshot of
// every page into <build>/screenshots (the README's images come from here).
class tst_SyncFlow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { GuiTest::prepare(); }
    void demoRunReachesDoneOnEveryStage();
    void injectedFailureThenRetry();
    void interruptedSyncIsNotSentTwice();
    void keychainMissingIsExplained();

private:
    void prepareRun(MainWindow& window, const QString& file);
    MemorySecretStore m_secrets;
};

void tst_SyncFlow::prepareRun(MainWindow& window, const QString& file)
{
    QVERIFY(GuiTest::prepareDemoSync(window, file));
    QCOMPARE(window.session()->connection().orgName, QString::fromLatin1(Sandbox::orgName));
    QVERIFY(window.headerBar()->orgText().contains(QString::fromLatin1(Sandbox::orgName)));
}

void tst_SyncFlow::demoRunReachesDoneOnEveryStage()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    prepareRun(window, QStringLiteral("google-workspace-users.csv"));
    // Screenshots of the pages as a newcomer sees them in the demo.
    const QList<std::pair<MainWindow::Step, QString>> pages {{MainWindow::Step::Connect, QStringLiteral("1-connect")},
                                                             {MainWindow::Step::Load, QStringLiteral("2-load")},
                                                             {MainWindow::Step::Map, QStringLiteral("3-map")},
                                                             {MainWindow::Step::Review, QStringLiteral("4-review")}};
    for (const auto& [step, name] : pages) {
        window.showStep(step);
        QTest::qWait(50);
        QVERIFY(!GuiTest::screenshot(&window, name).isEmpty());
    }
    window.showStep(MainWindow::Step::Sync);
    // The admin switches to another window while the sync runs: the end is announced.
    QWidget elsewhere;
    elsewhere.show();
    QVERIFY(QTest::qWaitForWindowExposed(&elsewhere));
    QApplication::setActiveWindow(&elsewhere);
    QTRY_VERIFY(!window.isActiveWindow());
    const int notified = window.findChild<Notifier*>()->notificationCount();
    window.syncPage()->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.syncPage()->isRunning(), 20000);
    for (StageRow* row : window.syncPage()->stageRows())
        QVERIFY2(row->state() == StageRow::State::Done, qPrintable(row->name() + QStringLiteral(": ") + row->detail()));
    QVERIFY(window.syncPage()->summaryText().contains(QStringLiteral("Done")));
    QCOMPARE(window.findChild<Notifier*>()->notificationCount(), notified + 1);
    elsewhere.hide();
    QApplication::setActiveWindow(&window);
    QCOMPARE(window.connectPage()->sandbox()->syncedPayloads().size(), 1);
    QCOMPARE(window.connectPage()->sandbox()->syncedPayloads().constFirst().appAccountId, Sandbox::demoAppAccountId);
    // The log never shows the key.
    QVERIFY(!window.syncPage()->logText().contains(window.connectPage()->sandbox()->apiKey()));
    QVERIFY(!GuiTest::screenshot(&window, QStringLiteral("5-sync")).isEmpty());
    window.showStep(MainWindow::Step::History);
    QTRY_VERIFY(window.historyPage()->model()->rowCount() >= 1);
    QCOMPARE(window.historyPage()->model()->run(0).outcome, RunOutcome::Succeeded);
    // The details name the stages as the Sync page does, not by their storage keys.
    const QString details = window.historyPage()->detailsText();
    QVERIFY2(details.contains(QStringLiteral("1. Format data: done in ")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("5. Sync: done in ")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("attempts: 1")), qPrintable(details));
    QVERIFY2(!details.contains(QStringLiteral("create-file")), qPrintable(details));
    QVERIFY(!GuiTest::screenshot(&window, QStringLiteral("6-history")).isEmpty());
}

void tst_SyncFlow::injectedFailureThenRetry()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    prepareRun(window, QStringLiteral("okta-users.csv"));
    // POST /files answers 400 once: not retryable, so the run stops at "Get file ID".
    QString error;
    QVERIFY2(window.connectPage()->sandbox()->addFault(QStringLiteral("files=400:1"), &error), qPrintable(error));
    window.syncPage()->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.syncPage()->isRunning(), 20000);
    StageRow* failed = window.syncPage()->row(SyncStage::GetFileId);
    QCOMPARE(failed->state(), StageRow::State::Failed);
    QVERIFY(!failed->detail().isEmpty());
    QCOMPARE(window.syncPage()->row(SyncStage::Upload)->state(), StageRow::State::Done);
    QCOMPARE(window.syncPage()->row(SyncStage::Sync)->state(), StageRow::State::Pending);
    QVERIFY(window.syncPage()->retryButton()->isEnabled());
    QVERIFY(!window.syncPage()->startButton()->isEnabled()); // no fresh start of the same payload by accident
    QVERIFY(!GuiTest::screenshot(&window, QStringLiteral("5-sync-failed")).isEmpty());
    const int uploads = window.connectPage()->sandbox()->requestCount(QStringLiteral("upload"));

    window.syncPage()->retryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.syncPage()->isRunning(), 20000);
    for (StageRow* row : window.syncPage()->stageRows())
        QVERIFY2(row->state() == StageRow::State::Done, qPrintable(row->name() + QStringLiteral(": ") + row->detail()));
    // Resumed at the failed stage: the upload was not repeated.
    QCOMPARE(window.connectPage()->sandbox()->requestCount(QStringLiteral("upload")), uploads);
    QCOMPARE(window.connectPage()->sandbox()->syncedPayloads().size(), 1);
}

void tst_SyncFlow::interruptedSyncIsNotSentTwice()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    prepareRun(window, QStringLiteral("okta-users.csv"));
    SandboxThread* sandbox = window.connectPage()->sandbox();
    QString error;
    QVERIFY2(sandbox->addFault(QStringLiteral("sync=400:1"), &error), qPrintable(error));
    window.syncPage()->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.syncPage()->isRunning(), 20000);
    QCOMPARE(window.syncPage()->row(SyncStage::Sync)->state(), StageRow::State::Failed);

    // Make the run's row what a crash while the sync request was out leaves behind.
    HistoryStore store;
    HistoryRecord crashed = store.runs(1).value(0);
    QCOMPARE(crashed.payloadSha256Hex, window.session()->dryRun().sha256Hex);
    QVERIFY(crashed.fileId >= 0);
    crashed.outcome = RunOutcome::Running;
    crashed.stages[SyncStages::index(SyncStage::Sync)].result = StageResult::Running;
    QVERIFY(store.update(crashed));

    // A new start of the same payload (as after reopening the app) is refused, and says why.
    const int urls = sandbox->requestCount(QStringLiteral("files/url"));
    const int syncs = sandbox->requestCount(QStringLiteral("sync"));
    window.syncPage()->start();
    QTRY_VERIFY_WITH_TIMEOUT(!window.syncPage()->isRunning(), 20000);
    QVERIFY2(window.syncPage()->summaryText().contains(QStringLiteral("Run #%1").arg(crashed.id)),
             qPrintable(window.syncPage()->summaryText()));
    QCOMPARE(window.syncPage()->retryButton()->text(), QStringLiteral("Send &again"));
    QCOMPARE(sandbox->requestCount(QStringLiteral("sync")), syncs);
    QCOMPARE(sandbox->requestCount(QStringLiteral("files/url")), urls);

    // "Send again" sends the crashed run's file once; no new upload.
    window.syncPage()->retryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.syncPage()->isRunning(), 20000);
    QVERIFY2(window.syncPage()->summaryText().contains(QStringLiteral("Done")),
             qPrintable(window.syncPage()->summaryText()));
    QCOMPARE(sandbox->requestCount(QStringLiteral("sync")), syncs + 1);
    QCOMPARE(sandbox->requestCount(QStringLiteral("files/url")), urls);
    QCOMPARE(sandbox->syncedPayloads().size(), 1);
    QCOMPARE(sandbox->syncedPayloads().constFirst().fileId, crashed.fileId);
}

void tst_SyncFlow::keychainMissingIsExplained()
{
    MemorySecretStore missing;
    missing.setUnavailable(true);
    GuiTest::App app(&missing);
    MainWindow& window = app.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.connectPage()->keyEdit()->setText(QStringLiteral("not-a-real-key"));
    window.connectPage()->saveKey();
    QTRY_VERIFY(window.connectPage()->keychainLabel()->text().contains(QStringLiteral("not available")));
    QVERIFY(missing.entries().isEmpty());
    QVERIFY(!GuiTest::screenshot(&window, QStringLiteral("1-connect-no-keychain")).isEmpty());
}

QTEST_MAIN(tst_SyncFlow)
#include "tst_syncflow.moc"

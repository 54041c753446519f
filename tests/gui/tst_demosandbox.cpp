#include "connectpage.h"
#include "guitest.h"
#include "historymodel.h"
#include "historypage.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxthread.h"
#include "session.h"
#include "stagerow.h"
#include "syncpage.h"
#include "threadhold.h"

#include <QFile>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

// The window's demo sandbox runs on a thread of its own: a sync through the window succeeds while the window's
// event loop stays free even when the sandbox is busy, and closing the window mid-sync or after it joins the
// sandbox's thread without a crash or a hang.
class tst_DemoSandbox final : public QObject
{
    Q_OBJECT

private slots:
    // Each test starts without history: a run left unfinished by one must not make the next refuse the payload.
    void init() { GuiTest::prepare(); }
    void syncSucceedsWithTheSandboxOnItsOwnThread();
    void closingMidSyncJoinsTheSandbox();
    void closingMidUploadJoinsTheSandbox();
    void closingAfterTheSyncJoinsTheSandbox();

private:
    MemorySecretStore m_secrets;
};

void tst_DemoSandbox::syncSucceedsWithTheSandboxOnItsOwnThread()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    QVERIFY(GuiTest::prepareDemoSync(window, QStringLiteral("okta-users.csv")));
    SandboxThread* sandbox = window.connectPage()->sandbox();
    QVERIFY(sandbox && sandbox->isRunning());
    QVERIFY(sandbox->sandbox()->thread() != QThread::currentThread());
    QVERIFY(sandbox->sandbox()->thread() != window.thread());

    // The sandbox's signals reach the window's thread (queued).
    QThread* syncedOn = nullptr;
    connect(sandbox->sandbox(), &Sandbox::synced, this,
            [&syncedOn](const Sandbox::SyncedPayload&) { syncedOn = QThread::currentThread(); });

    // Hold the sandbox's thread once the sync started, as a long request would: the window keeps running its
    // event loop and the sync waits. Had the sandbox lived on the GUI thread, the hold would block the window.
    window.syncPage()->startButton()->click();
    QVERIFY(window.syncPage()->isRunning());
    ThreadHold hold(sandbox->sandbox());
    QVERIFY(hold.eventLoopRunsWhileHeld());
    QVERIFY(window.syncPage()->isRunning());
    hold.release();

    QTRY_VERIFY_WITH_TIMEOUT(!window.syncPage()->isRunning(), 20000);
    for (StageRow* row : window.syncPage()->stageRows())
        QVERIFY2(row->state() == StageRow::State::Done, qPrintable(row->name() + QStringLiteral(": ") + row->detail()));
    QVERIFY(window.syncPage()->isComplete());
    const QList<Sandbox::SyncedPayload> synced = sandbox->syncedPayloads();
    QCOMPARE(synced.size(), 1);
    QCOMPARE(synced.constFirst().appAccountId, Sandbox::demoAppAccountId);
    QCOMPARE(synced.constFirst().sha256Hex, window.session()->dryRun().sha256Hex);
    QTRY_COMPARE(syncedOn, QThread::currentThread());
}

void tst_DemoSandbox::closingMidSyncJoinsTheSandbox()
{
    auto app = std::make_unique<GuiTest::App>(&m_secrets);
    MainWindow* window = &app->window;
    QVERIFY(GuiTest::prepareDemoSync(*window, QStringLiteral("okta-users.csv")));
    SandboxThread* sandbox = window->connectPage()->sandbox();
    // The sync request is never answered: the window is closed while the run waits for it.
    QString error;
    QVERIFY2(sandbox->addFault(QStringLiteral("sync=hang:1"), &error), qPrintable(error));
    const QPointer<Sandbox> object = sandbox->sandbox();
    window->syncPage()->startButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(sandbox->requestCount(QStringLiteral("sync")), 1, 20000);
    QVERIFY(window->syncPage()->isRunning());

    QVERIFY(window->close());
    app.reset();
    QVERIFY(object.isNull()); // deleted on its own thread, and the thread joined, once the app was gone
}

void tst_DemoSandbox::closingMidUploadJoinsTheSandbox()
{
    // Big enough that the upload takes a while (tens of MB of payload), so the window goes while the sandbox is
    // receiving and checking the body.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray csv = "Email,First Name,Last Name,Status,Last Login,Role,License,Employee ID\n";
    for (int i = 0; i < 150000; ++i)
        csv += "user" + QByteArray::number(i) + "@example.com,Inés,Castro,Active,2026-04-10,Admin,Pro,E-" +
            QByteArray::number(i) + '\n';
    QVERIFY(file.write(csv) == csv.size());
    file.close();

    auto app = std::make_unique<GuiTest::App>(&m_secrets);
    MainWindow* window = &app->window;
    QVERIFY(GuiTest::prepareDemoSync(*window, path));
    const QPointer<Sandbox> object = window->connectPage()->sandbox()->sandbox();
    window->syncPage()->startButton()->click();
    StageRow* upload = window->syncPage()->row(SyncStage::Upload);
    QTRY_VERIFY_WITH_TIMEOUT(upload->state() != StageRow::State::Pending, 20000);
    QVERIFY(window->close());
    app.reset();
    QVERIFY(object.isNull());
}

void tst_DemoSandbox::closingAfterTheSyncJoinsTheSandbox()
{
    auto app = std::make_unique<GuiTest::App>(&m_secrets);
    MainWindow* window = &app->window;
    QVERIFY(GuiTest::prepareDemoSync(*window, QStringLiteral("okta-users.csv")));
    const QPointer<Sandbox> object = window->connectPage()->sandbox()->sandbox();
    window->syncPage()->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window->syncPage()->isRunning(), 20000);
    QVERIFY(window->syncPage()->isComplete());
    // The History page, hidden during the run, reads the run when shown.
    window->showStep(MainWindow::Step::History);
    QCOMPARE(window->historyPage()->model()->rowCount(), 1);
    QCOMPARE(window->historyPage()->model()->run(0).outcome, RunOutcome::Succeeded);
    QVERIFY(window->close());
    app.reset();
    QVERIFY(object.isNull());
}

QTEST_MAIN(tst_DemoSandbox)
#include "tst_demosandbox.moc"

// Safe sync in the window, against the demo sandbox: the app picker stores the chosen app in the profile; the
// Review page shows what a shrunk export changes in Torii, with lists that filter and export as CSV; the Sync
// page's removal guard stops the mass removal before any request, and only the typed number of removals sends
// exactly one sync.
#include "apppickerdialog.h"
#include "connectpage.h"
#include "diff/userdiffmodel.h"
#include "diffview.h"
#include "guitest.h"
#include "memorysecretstore.h"
#include "messagebox.h"
#include "profiles/profilestore.h"
#include "removalconfirmdialog.h"
#include "reviewpage.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxthread.h"
#include "session.h"
#include "syncpage.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class tst_SafeSyncWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { GuiTest::prepare(); }
    void appPickerStoresTheApp();
    void reviewShowsTheChangeAndTheGuardStopsIt();

private:
    // users.csv with users first..last-1 (and one extra address when given).
    QString writeUsers(const QString& name, int first, int last, const QByteArray& extra = {}) const;
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
};

QString tst_SafeSyncWindow::writeUsers(const QString& name, int first, int last, const QByteArray& extra) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("Email,First Name,Last Name,Status\n");
    for (int i = first; i < last; ++i)
        file.write("user" + QByteArray::number(i) + "@corp.example,User,No" + QByteArray::number(i) + ",Active\n");
    if (!extra.isEmpty())
        file.write(extra + ",New,Person,Active\n");
    return path;
}

void tst_SafeSyncWindow::appPickerStoresTheApp()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    SandboxThread* sandbox = app.services.startDemoSandbox(&error);
    QVERIFY2(sandbox, qPrintable(error));
    Profile profile;
    profile.name = QStringLiteral("picker");
    profile.apiUrl = sandbox->baseUrl();
    profile.appAccountId = Sandbox::demoAppAccountId;
    app.services.profiles()->saveProfile(profile);
    ConnectPage* connect = window.connectPage();
    connect->selectProfile(QStringLiteral("picker"));
    connect->keyEdit()->setText(sandbox->apiKey());

    connect->chooseApp();
    auto* picker = connect->findChild<AppPickerDialog*>(QStringLiteral("appPicker"));
    QVERIFY(picker);
    QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 20000);
    QVERIFY2(picker->view()->model()->rowCount() >= 11, qPrintable(picker->statusText()));
    // Filter as you type: one app left is the choice.
    QTest::keyClicks(picker->searchEdit(), QStringLiteral("sandbox a"));
    QCOMPARE(picker->view()->model()->rowCount(), 1);
    QCOMPARE(picker->appId(), Sandbox::demoAppId);
    picker->searchEdit()->clear();
    QTest::keyClicks(picker->searchEdit(), QStringLiteral("SLACK"));
    QCOMPARE(picker->view()->model()->rowCount(), 1);
    QCOMPARE(picker->appName(), QStringLiteral("Slack"));
    picker->accept();
    QTRY_VERIFY(!connect->findChild<AppPickerDialog*>());

    const std::optional<Profile> stored = app.services.profiles()->profile(QStringLiteral("picker"));
    QVERIFY(stored);
    QCOMPARE(stored->appId, 1001);
    QCOMPARE(stored->appName, QStringLiteral("Slack"));
    QCOMPARE(stored->appAccountId, Sandbox::demoAppAccountId); // kept
    QCOMPARE(window.session()->connection().appId, 1001);
    // Typing an id stays possible; the thresholds are stored with it.
    connect->appIdEdit()->setText(QString::number(Sandbox::demoAppId));
    emit connect->appIdEdit()->editingFinished();
    QCOMPARE(app.services.profiles()->profile(QStringLiteral("picker"))->appId, Sandbox::demoAppId);

    // A key Torii refuses: the picker says so plainly, and nothing is chosen.
    connect->keyEdit()->setText(QStringLiteral("tsk_wrong_key_for_the_picker"));
    connect->chooseApp();
    picker = connect->findChild<AppPickerDialog*>(QStringLiteral("appPicker"));
    QVERIFY(picker);
    QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 20000);
    QVERIFY2(picker->statusText().startsWith(QStringLiteral("The apps could not be listed:")),
             qPrintable(picker->statusText()));
    QCOMPARE(picker->view()->model()->rowCount(), 0);
    QCOMPARE(picker->appId(), 0);
    picker->reject();
}

void tst_SafeSyncWindow::reviewShowsTheChangeAndTheGuardStopsIt()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    // A first sync of 40 users into the demo account.
    QVERIFY(GuiTest::prepareDemoSync(window, writeUsers(QStringLiteral("all.csv"), 0, 40)));
    QCOMPARE(window.session()->connection().appId, Sandbox::demoAppId);
    window.syncPage()->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.syncPage()->isRunning(), 30000);
    QVERIFY2(window.syncPage()->summaryText().contains(QStringLiteral("Done")),
             qPrintable(window.syncPage()->summaryText()));
    SandboxThread* sandbox = window.connectPage()->sandbox();
    QCOMPARE(sandbox->syncedPayloads().size(), 1);

    // A shrunk export: 25 of them, and one new address.
    const QString shrunk = writeUsers(QStringLiteral("shrunk.csv"), 0, 25, "new.person@corp.example");
    window.openFile(shrunk);
    QTRY_VERIFY(window.session()->sourcePath() == shrunk);
    window.showStep(MainWindow::Step::Review);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->hasDryRun(), 20000);
    DiffView* diff = window.reviewPage()->diffView();
    QTRY_VERIFY_WITH_TIMEOUT(diff->model()->hasDiff(), 20000);
    QVERIFY2(diff->sourceText().contains(QStringLiteral("in Torii")), qPrintable(diff->sourceText()));
    QVERIFY2(diff->countsText().startsWith(QStringLiteral("+1 added · −15 removed · 0 deactivated")),
             qPrintable(diff->countsText()));
    QCOMPARE(diff->model()->rowCount(), 16);
    diff->categoryBox()->setCurrentIndex(diff->categoryBox()->findText(QStringLiteral("Removed")));
    QCOMPARE(diff->model()->rowCount(), 15);
    QTest::keyClicks(diff->searchEdit(), QStringLiteral("user3"));
    QCOMPARE(diff->model()->rowCount(), 10); // user30 .. user39 are gone (user3 itself stays)
    const QString csv = m_dir.filePath(QStringLiteral("removed.csv"));
    QVERIFY(diff->exportCsv(csv));
    QFile written(csv);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QByteArray expected = "email,change\r\n";
    for (int i = 30; i < 40; ++i)
        expected += "user" + QByteArray::number(i) + "@corp.example,removed\r\n";
    QCOMPARE(written.readAll(), expected);
    QVERIFY(!(QFile::permissions(csv) & (QFileDevice::ReadGroup | QFileDevice::ReadOther))); // personal data
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!diff->exportCsv(shrunk)); // never over the export being synced
    QFile source(shrunk);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QVERIFY(source.readAll().startsWith("Email,"));

    // The guard stops the sync before any request of the flow (15 of 40 > 10 % and >= 10).
    window.showStep(MainWindow::Step::Sync);
    QTRY_VERIFY(window.syncPage()->startButton()->isEnabled());
    const auto flowRequests = [sandbox] {
        int n = 0;
        for (const QString& route :
             {QStringLiteral("files/url"), QStringLiteral("upload"), QStringLiteral("files"), QStringLiteral("sync")})
            n += sandbox->requestCount(route);
        return n;
    };
    const int flow = flowRequests();
    const int urls = sandbox->requestCount(QStringLiteral("files/url"));
    const int syncs = sandbox->requestCount(QStringLiteral("sync"));
    window.syncPage()->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.syncPage()->isRunning(), 20000);
    QVERIFY2(window.syncPage()->summaryText().contains(QStringLiteral("removal guard")),
             qPrintable(window.syncPage()->summaryText()));
    QVERIFY2(window.syncPage()->summaryText().contains(QStringLiteral("−15 removed")),
             qPrintable(window.syncPage()->summaryText()));
    QCOMPARE(flowRequests(), flow); // nothing of the flow left, not even GET /files/url
    QCOMPARE(sandbox->syncedPayloads().size(), 1);

    // The confirmation: a wrong number keeps "Sync anyway" disabled; the right one sends exactly one sync.
    RemovalConfirmDialog* confirm = nullptr;
    QTRY_VERIFY((confirm = window.syncPage()->findChild<RemovalConfirmDialog*>()) != nullptr);
    QVERIFY(!confirm->syncAnywayButton()->isEnabled());
    QTest::keyClicks(confirm->numberEdit(), QStringLiteral("14"));
    QVERIFY(!confirm->syncAnywayButton()->isEnabled());
    confirm->numberEdit()->clear();
    QTest::keyClicks(confirm->numberEdit(), QStringLiteral("15"));
    QVERIFY(confirm->syncAnywayButton()->isEnabled());
    confirm->syncAnywayButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.syncPage()->findChild<RemovalConfirmDialog*>(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !window.syncPage()->isRunning() && window.syncPage()->summaryText().contains(QStringLiteral("Done")), 30000);
    QCOMPARE(sandbox->syncedPayloads().size(), 2);
    QCOMPARE(sandbox->requestCount(QStringLiteral("files/url")), urls + 1);
    QCOMPARE(sandbox->requestCount(QStringLiteral("sync")), syncs + 1); // exactly one sync
}

QTEST_MAIN(tst_SafeSyncWindow)
#include "tst_safesyncwindow.moc"

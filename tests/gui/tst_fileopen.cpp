#include "guitest.h"
#include "import/table.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "recentfiles.h"
#include "samples.h"
#include "session.h"

#include <QApplication>
#include <QFileOpenEvent>
#include <QTest>
#include <QUrl>

// macOS "Open With" from Finder: the QFileOpenEvent on the application loads the file like the command line.
class tst_FileOpen final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { GuiTest::prepare(); }
    void fileOpenEventLoadsTheFile_data();
    void fileOpenEventLoadsTheFile();
    void nonFileUrlIsLeftAlone();

private:
    MemorySecretStore m_secrets;
};

void tst_FileOpen::fileOpenEventLoadsTheFile_data()
{
    QTest::addColumn<bool>("asUrl");
    QTest::newRow("path") << false;
    QTest::newRow("file url") << true;
}

void tst_FileOpen::fileOpenEventLoadsTheFile()
{
    QFETCH(bool, asUrl);
    const QString path = Samples::path(QStringLiteral("okta-users.csv"));
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showStep(MainWindow::Step::History);
    QVERIFY(window.session()->table() == nullptr);
    // Posted, as the platform plugin does, so it arrives through the event loop.
    QCoreApplication::postEvent(qApp, asUrl ? new QFileOpenEvent(QUrl::fromLocalFile(path)) : new QFileOpenEvent(path));
    QTRY_VERIFY(window.session()->table() != nullptr);
    QCOMPARE(window.currentStep(), MainWindow::Step::Load);
    QVERIFY(window.session()->table()->rowCount() >= 5);
    QCOMPARE(RecentFiles::list().value(0), path);
}

void tst_FileOpen::nonFileUrlIsLeftAlone()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showStep(MainWindow::Step::History);
    QFileOpenEvent event(QUrl(QStringLiteral("https://example.com/users.csv")));
    QCoreApplication::sendEvent(qApp, &event);
    QTest::qWait(50);
    QCOMPARE(window.currentStep(), MainWindow::Step::History);
    QVERIFY(window.session()->table() == nullptr);
}

QTEST_MAIN(tst_FileOpen)
#include "tst_fileopen.moc"

#include "dialectbar.h"
#include "guitest.h"
#include "import/table.h"
#include "loadpage.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "recentfiles.h"
#include "samples.h"
#include "session.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QTableView>
#include <QTest>

// Loading: drop a file on the window, see the preview; the dialect bar re-reads; recent files remember.
class tst_LoadPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { GuiTest::prepare(); }
    void dropShowsPreview_data();
    void dropShowsPreview();
    void dialectChangeRereads();
    void textDropIsRefused();

private:
    MemorySecretStore m_secrets;
};

void tst_LoadPage::dropShowsPreview_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("firstColumn");
    QTest::addColumn<int>("minRows");
    QTest::newRow("google csv") << QStringLiteral("google-workspace-users.csv")
                                << QStringLiteral("First Name [Required]") << 5;
    QTest::newRow("okta") << QStringLiteral("okta-users.csv") << QString() << 5;
    QTest::newRow("german excel") << QStringLiteral("semicolon-excel-de.csv") << QString() << 3;
    QTest::newRow("utf16 unicode text") << QStringLiteral("utf16-tab-unicode-text.txt") << QString() << 3;
    QTest::newRow("google xlsx") << QStringLiteral("google-workspace-users.xlsx")
                                 << QStringLiteral("First Name [Required]") << 5;
}

void tst_LoadPage::dropShowsPreview()
{
    QFETCH(QString, file);
    QFETCH(QString, firstColumn);
    QFETCH(int, minRows);
    MainWindow window(&m_secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Dropped on a page far from Load: the whole window accepts files.
    window.showStep(MainWindow::Step::History);
    QVERIFY(GuiTest::dropFile(window.centralWidget(), Samples::path(file)));
    QCOMPARE(window.currentStep(), MainWindow::Step::Load);
    QTRY_VERIFY(window.session()->table() != nullptr);
    QTableView* view = window.loadPage()->previewView();
    QVERIFY(view->model()->rowCount() >= minRows);
    QVERIFY(view->model()->columnCount() >= 3);
    if (!firstColumn.isEmpty())
        QCOMPARE(view->model()->headerData(0, Qt::Horizontal).toString(), firstColumn);
    QVERIFY(window.loadPage()->isComplete());
    QCOMPARE(RecentFiles::list().value(0), Samples::path(file));
}

void tst_LoadPage::dialectChangeRereads()
{
    MainWindow window(&m_secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFile(Samples::path(QStringLiteral("semicolon-excel-de.csv")));
    QTRY_VERIFY(window.session()->table() != nullptr);
    const int columns = window.session()->table()->columnCount();
    QVERIFY(columns > 3);
    QComboBox* delimiter = window.loadPage()->dialectBar()->delimiterBox();
    // Comma on a semicolon file: each line becomes (nearly) one column.
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
    QTRY_VERIFY(window.session()->table()->columnCount() < columns);
    QVERIFY(window.session()->importOptions().delimiter.has_value());
    GuiTest::screenshot(&window, QStringLiteral("load-dialect-override"));
    delimiter->setCurrentIndex(0);
    QTRY_COMPARE(window.session()->table()->columnCount(), columns);
}

void tst_LoadPage::textDropIsRefused()
{
    MainWindow window(&m_secrets);
    QMimeData mime;
    mime.setText(QStringLiteral("hello"));
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(!enter.isAccepted());
}

QTEST_MAIN(tst_LoadPage)
#include "tst_loadpage.moc"

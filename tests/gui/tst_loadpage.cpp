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
#include <QFile>
#include <QHeaderView>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
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
    void bigFileCanBeCancelled();

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
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
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
    // Long column names read from their start (centred, they lost their first letters to the clipping), and
    // the tooltip has the whole name.
    QCOMPARE(view->horizontalHeader()->defaultAlignment() & Qt::AlignHorizontal_Mask, Qt::AlignLeft);
    QCOMPARE(view->model()->headerData(0, Qt::Horizontal, Qt::ToolTipRole),
             view->model()->headerData(0, Qt::Horizontal));
    QVERIFY(window.loadPage()->isComplete());
    QCOMPARE(RecentFiles::list().value(0), Samples::path(file));
}

void tst_LoadPage::dialectChangeRereads()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
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
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    QMimeData mime;
    mime.setText(QStringLiteral("hello"));
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(!enter.isAccepted());
}

void tst_LoadPage::bigFileCanBeCancelled()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email,name,status\n");
        QByteArray chunk;
        for (int i = 0; i < 400000; ++i)
            chunk += "user" + QByteArray::number(i) + "@example.com,User " + QByteArray::number(i) + ",active\n";
        file.write(chunk);
    }
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFile(path);
    // The progress row with its Cancel button is up at once, and the event loop keeps running.
    QVERIFY(window.loadPage()->isLoading());
    window.loadPage()->cancel();
    QTRY_VERIFY(!window.loadPage()->isLoading());
    QVERIFY(window.session()->table() == nullptr);
    QVERIFY(window.loadPage()->statusText().contains(QStringLiteral("cancelled")));
    // Loading it fully works and shows the row count.
    window.openFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->table() != nullptr, 20000);
    QCOMPARE(window.session()->table()->rowCount(), 400000);
    // The preview holds a chunk of the rows (a million-row header costs ~30 ms per reset); scrolling to the end
    // fetches more, and showing a cell far down (an issue's) fetches up to it.
    QTableView* view = window.loadPage()->previewView();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    QVERIFY(view->model()->rowCount() < 400000);
    const int before = view->model()->rowCount();
    view->scrollToBottom();
    QTRY_VERIFY(view->model()->rowCount() > before);
    window.loadPage()->showCell(399990, 1);
    QCOMPARE(view->currentIndex().row(), 399990);
    QCOMPARE(view->currentIndex().column(), 1);
    QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("User 399990"));
}

QTEST_MAIN(tst_LoadPage)
#include "tst_loadpage.moc"

#include "dialectbar.h"
#include "guitest.h"
#include "import/table.h"
#include "loadpage.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "messagebox.h"
#include "odsfixture.h"
#include "recentfiles.h"
#include "samples.h"
#include "session.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QHeaderView>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

// Loading: drop a file on the window, see the preview; the dialect bar re-reads; recent files remember.
class tst_LoadPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { GuiTest::prepare(); }
    void dropShowsPreview_data();
    void dropShowsPreview();
    void dialectChangeRereads();
    void headerRowFollowsTheLocale();
    void textDropIsRefused();
    void failedSheetOffersTheOthers();
    void odsSheetsOffered();
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

void tst_LoadPage::headerRowFollowsTheLocale()
{
    // Counts in the window are grouped the locale's way: the header row box said "1000" beside "1.000".
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    DialectBar german;
    german.headerRowBox()->setValue(1000);
    QCOMPARE(german.headerRowBox()->text(), QStringLiteral("1.000"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    DialectBar english;
    english.headerRowBox()->setValue(1000);
    QCOMPARE(english.headerRowBox()->text(), QStringLiteral("1,000"));
    QLocale::setDefault(before);
}

void tst_LoadPage::failedSheetOffersTheOthers()
{
    // A workbook whose first sheet is damaged: the error is shown and the picker offers the other sheet.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two-sheets.xlsx"));
    {
        const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        QuaZip zip(path);
        QVERIFY(zip.open(QuaZip::mdCreate));
        const QList<QPair<QString, QByteArray>> parts = {
            {QStringLiteral("xl/workbook.xml"),
             "<workbook xmlns=\"" + main +
                 "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                 "<sheet name=\"Broken\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Users\" sheetId=\"2\" "
                 "r:id=\"rId2\"/></sheets></workbook>"},
            {QStringLiteral("xl/_rels/workbook.xml.rels"),
             "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
             "<Relationship Id=\"rId1\" Type=\"ws\" Target=\"worksheets/sheet1.xml\"/>"
             "<Relationship Id=\"rId2\" Type=\"ws\" Target=\"worksheets/sheet2.xml\"/></Relationships>"},
            {QStringLiteral("xl/worksheets/sheet1.xml"), "<worksheet><sheetData><row><c><v>1</v></row>"},
            {QStringLiteral("xl/worksheets/sheet2.xml"),
             "<worksheet xmlns=\"" + main +
                 "\"><sheetData><row><c t=\"inlineStr\"><is><t>Email</t></is></c><c t=\"inlineStr\"><is><t>Name"
                 "</t></is></c></row><row><c t=\"inlineStr\"><is><t>a@example.com</t></is></c><c t=\"inlineStr\">"
                 "<is><t>Ana</t></is></c></row></sheetData></worksheet>"}};
        for (const auto& [name, data] : parts) {
            QuaZipFile file(&zip);
            QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
            file.write(data);
        }
        zip.close();
    }
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int asked = MessageBox::askedCount();
    window.openFile(path);
    QTRY_VERIFY(MessageBox::askedCount() > asked);
    QVERIFY(window.session()->table() == nullptr);
    QComboBox* sheet = window.loadPage()->dialectBar()->sheetBox();
    QVERIFY(sheet->isVisibleTo(&window));
    QCOMPARE(sheet->count(), 2);
    QCOMPARE(sheet->currentText(), QStringLiteral("Broken"));
    sheet->setCurrentIndex(sheet->findText(QStringLiteral("Users")));
    QTRY_VERIFY(window.session()->table() != nullptr);
    QCOMPARE(window.session()->table()->cell(0, 0), QStringLiteral("a@example.com"));
}

void tst_LoadPage::odsSheetsOffered()
{
    // An OpenDocument spreadsheet loads like a workbook: the users sheet after the cover, the sheet picker
    // shown with every sheet, and another sheet chosen there is read.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.ods"));
    QVERIFY(OdsFixture::write(
        path,
        OdsFixture::content(
            {{QStringLiteral("Cover"), OdsFixture::textRows({{"Licence report"}})},
             {QStringLiteral("Users"), OdsFixture::textRows({{"Email", "Name"}, {"a@example.com", "Ana"}})},
             {QStringLiteral("Plan"), OdsFixture::textRows({{"Plan", "Seats"}, {"Pro", "40"}})}})));
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFile(path);
    QTRY_VERIFY(window.session()->table() != nullptr);
    QCOMPARE(window.session()->table()->cell(0, 0), QStringLiteral("a@example.com"));
    QComboBox* sheet = window.loadPage()->dialectBar()->sheetBox();
    QVERIFY(sheet->isVisibleTo(&window));
    QCOMPARE(sheet->count(), 3);
    QCOMPARE(sheet->currentText(), QStringLiteral("Users"));
    sheet->setCurrentIndex(sheet->findText(QStringLiteral("Plan")));
    QTRY_COMPARE(window.session()->table()->cell(0, 0), QStringLiteral("Pro"));
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

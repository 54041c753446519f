// Legacy Excel 97-2003 workbooks through FreeXL, on the fixtures committed in tests/data/xls (written by its
// make-xls.py with python3-xlwt): sheets and the users-sheet choice, every cell type, and refusals of a damaged,
// a password-protected and a hostile file, each naming the file.
#include "import/table.h"
#include "import/tablereader.h"
#include "import/xlsreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestXlsReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usersSheetChosen();
    void namedSheet();
    void everyCellType();
    void damagedRefused();
    void passwordRefused();
    void notAWorkbookRefused();
    void hugeDimensionsRefused();

private:
    static QString fixture(const QString& name)
    {
        return QStringLiteral(TORIISYNC_SOURCE_DIR "/tests/data/xls/") + name;
    }

    QTemporaryDir m_dir;
};

void TestXlsReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(XlsReader::available(), "built without FreeXL: .xls support is untested");
}

void TestXlsReader::usersSheetChosen()
{
    const ImportResult result = TableReader::read(fixture(u"users.xls"_s));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.format, u"xls"_s);
    QCOMPARE(result.sheets, (QStringList {u"Cover"_s, u"Users"_s}));
    QCOMPARE(result.sheet, u"Users"_s); // the cover sheet is passed over
    const Table& table = *result.table;
    QCOMPARE(table.columnNames(),
             (QStringList {u"Email"_s, u"First Name"_s, u"Employee ID"_s, u"Manager"_s, u"Joined"_s}));
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(table.cell(0, 1), u"Ana María"_s);
    QCOMPARE(table.cell(1, 1), u"太郎"_s);
    QCOMPARE(table.cell(1, 3), QString());
    QCOMPARE(table.cell(2, 2), u"1003"_s);
    QCOMPARE(table.cell(2, 4), u"2024-02-29"_s);
    QCOMPARE(table.sourceLine(2), 4);
}

void TestXlsReader::namedSheet()
{
    ImportOptions options;
    options.sheet = u"COVER"_s;
    const ImportResult cover = TableReader::read(fixture(u"users.xls"_s), options);
    QCOMPARE(cover.sheet, u"Cover"_s);
    options.sheet = u"Nope"_s;
    const ImportResult missing = TableReader::read(fixture(u"users.xls"_s), options);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.message.contains(u"no sheet named \"Nope\"; its sheets are: Cover, Users"_s),
             qPrintable(missing.error.message));
}

void TestXlsReader::everyCellType()
{
    const ImportResult result = TableReader::read(fixture(u"types.xls"_s));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const Table& table = *result.table;
    // Integers, doubles (as XLSX shows them: 15 significant digits), a date, a date-time and a time as an XLSX
    // cell with those formats gives them, text with a line break and spaces kept.
    const QStringList first = {
        u"ana@example.com"_s,   u"40"_s, u"0.25"_s, u"2024-03-01"_s, u"2024-03-01T09:30:00"_s, u"17:45:00"_s,
        u"line one\nline two"_s};
    for (int column = 0; column < first.size(); ++column)
        QCOMPARE(table.cell(0, column), first.at(column));
    QCOMPARE(table.cell(1, 1), u"-3"_s);
    QCOMPARE(table.cell(1, 2), u"1.5e-07"_s);
    QCOMPARE(table.cell(1, 6), u"  spaced  "_s);
}

void TestXlsReader::damagedRefused()
{
    const ImportResult result = TableReader::read(fixture(u"damaged.xls"_s));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(u"damaged.xls is a damaged Excel 97-2003 workbook"_s),
             qPrintable(result.error.message));
}

void TestXlsReader::passwordRefused()
{
    const ImportResult result = TableReader::read(fixture(u"encrypted.xls"_s));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(u"encrypted.xls is password-protected"_s), qPrintable(result.error.message));
}

void TestXlsReader::notAWorkbookRefused()
{
    // An OLE2 header and nothing else, named .xls: refused as holding no workbook, no crash.
    const QString path = m_dir.filePath(u"header-only.xls"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    file.close();
    const ImportResult result = TableReader::read(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(u"header-only.xls"_s), qPrintable(result.error.message));
}

void TestXlsReader::hugeDimensionsRefused()
{
    // types.xls with its DIMENSIONS record (id 0x0200, 14 bytes) claiming 65,536 x 256 cells, copied into two
    // more records in place of padding: FreeXL would allocate 16 bytes for each of 50 million cells.
    QFile source(fixture(u"types.xls"_s));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    const QByteArray header("\x00\x02\x0e\x00", 4);
    const qsizetype at = bytes.indexOf(header);
    QVERIFY(at > 0);
    const QByteArray huge = header + QByteArray("\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x01\x00\x00", 14);
    bytes.replace(at, huge.size(), huge);
    // A single full sheet is still read (it is what Excel 97 allows)...
    const QString one = m_dir.filePath(u"one-full-sheet.xls"_s);
    QFile oneFile(one);
    QVERIFY(oneFile.open(QIODevice::WriteOnly));
    oneFile.write(bytes);
    oneFile.close();
    const ImportResult read = TableReader::read(one);
    QVERIFY2(read.ok(), qPrintable(read.error.toString()));
    // ...three are refused before FreeXL allocates them.
    const QString three = m_dir.filePath(u"three-full-sheets.xls"_s);
    QFile threeFile(three);
    QVERIFY(threeFile.open(QIODevice::WriteOnly));
    threeFile.write(bytes + huge + huge);
    threeFile.close();
    const ImportResult refused = TableReader::read(three);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.message.contains(u"three-full-sheets.xls declares 50 million cells"_s),
             qPrintable(refused.error.message));
}

QTEST_GUILESS_MAIN(TestXlsReader)
#include "tst_xlsreader.moc"

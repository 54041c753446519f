// Workbooks that cost far more memory than their size (issue #21, item 7): a long shared string repeated across a
// row or down a column, and rows whose cells jump to the last column; for OpenDocument (issue #20) a filled cell
// repeated to the last column in a row repeated to the last row, a huge run of spaces, and long text repeated
// down the rows. Each must end in a clear error with the
// process's peak memory bounded (measured with MemoryProbe, the limit a test can hold on any machine), and a
// real workbook of the same shape must still read.
#include "import/table.h"
#include "import/tablereader.h"
#include "memoryprobe.h"
#include "odsfixture.h"
#include "zipfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestHostileWorkbooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sharedStringAcrossRow();
    void sharedStringDownColumn();
    void cellsAtBothEnds();
    void sparseButRealSheetReads();
    void odsRepeatsEveryRowAndColumn();
    void odsSpacesBomb();
    void odsLongTextDownRows();
    void odsTrailingEmptiesRead();

private:
    // A workbook whose sheet XML is `sheet` and whose shared strings are `strings`.
    QString write(const QString& name, const QByteArray& sheet, const QList<QByteArray>& strings);
    // Reads `file`, returning how much the peak memory grew.
    static qint64 readGrowth(const QString& file, ImportResult* result);

    QTemporaryDir m_dir;
};

namespace
{
    constexpr qint64 MiB = qint64(1) << 20;

    QByteArray sheetOf(const QByteArray& rows)
    {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet "
               "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
            rows + "</sheetData></worksheet>";
    }
} // namespace

void TestHostileWorkbooks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(MemoryProbe::resetPeak(), "cannot reset VmHWM (/proc/self/clear_refs)");
}

QString TestHostileWorkbooks::write(const QString& name, const QByteArray& sheet, const QList<QByteArray>& strings)
{
    QList<ZipFixture::Part> parts = ZipFixture::workbookParts({});
    parts.last().second = sheet;
    QByteArray sst = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QByteArray& text : strings)
        sst += "<si><t>" + text + "</t></si>";
    parts.append({QStringLiteral("xl/sharedStrings.xml"), sst + "</sst>"});
    const QString file = m_dir.filePath(name);
    if (!ZipFixture::write(file, parts, 9))
        qFatal("cannot write %s", qPrintable(file));
    return file;
}

qint64 TestHostileWorkbooks::readGrowth(const QString& file, ImportResult* result)
{
    MemoryProbe::resetPeak();
    const qint64 before = MemoryProbe::currentBytes();
    *result = TableReader::read(file);
    return MemoryProbe::peakBytes() - before;
}

void TestHostileWorkbooks::sharedStringAcrossRow()
{
    // A ~10 KB workbook: one 8 MB shared string used by 300 cells of one row (2.4 GB of cell text).
    QByteArray row = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\">";
    for (int column = 0; column < 300; ++column)
        row += "<c t=\"s\"><v>1</v></c>";
    const QString file =
        write(QStringLiteral("row-bomb.xlsx"), sheetOf(row + "</row>"), {"Email", QByteArray(8000000, 'x')});
    QVERIFY(QFileInfo(file).size() < 64 * 1024);
    ImportResult result;
    const qint64 grown = readGrowth(file, &result);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.line, 2);
    QVERIFY2(result.error.message.contains(QLatin1String("MiB of text")), qPrintable(result.error.message));
    QVERIFY2(grown < 96 * MiB, qPrintable(QStringLiteral("peak grew by %1 MiB").arg(grown / MiB)));
}

void TestHostileWorkbooks::sharedStringDownColumn()
{
    // The same string once per row, 600 rows: no row is too long, the sheet's text (4.8 GB) is.
    QByteArray rows = "<row><c t=\"s\"><v>0</v></c></row>";
    for (int i = 0; i < 600; ++i)
        rows += "<row><c t=\"s\"><v>1</v></c></row>";
    const QString file = write(QStringLiteral("column-bomb.xlsx"), sheetOf(rows), {"Email", QByteArray(8000000, 'x')});
    ImportResult result;
    const qint64 grown = readGrowth(file, &result);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(QLatin1String("shared strings")), qPrintable(result.error.message));
    QVERIFY2(grown < 160 * MiB, qPrintable(QStringLiteral("peak grew by %1 MiB").arg(grown / MiB)));
}

void TestHostileWorkbooks::cellsAtBothEnds()
{
    // 40,000 rows with a cell in A and one in XFD, the last column: 16,384 cells a row (2.6 GB of cell index)
    // from a few hundred KB.
    QByteArray rows = "<row><c t=\"inlineStr\"><is><t>Email</t></is></c></row>";
    for (int i = 2; i <= 40001; ++i) {
        const QByteArray n = QByteArray::number(i);
        rows += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>1</v></c><c r=\"XFD" + n + "\"><v>2</v></c></row>";
    }
    const QString file = write(QStringLiteral("both-ends.xlsx"), sheetOf(rows), {});
    QVERIFY(QFileInfo(file).size() < 1024 * 1024);
    ImportResult result;
    const qint64 grown = readGrowth(file, &result);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(QLatin1String("column 16384")), qPrintable(result.error.message));
    QVERIFY(result.error.line > 2);
    QVERIFY2(grown < 96 * MiB, qPrintable(QStringLiteral("peak grew by %1 MiB").arg(grown / MiB)));
}

void TestHostileWorkbooks::sparseButRealSheetReads()
{
    // What the bounds must let through: gaps within a real table, and formatted empty cells far to the right
    // (Excel writes those for styled columns; they cost nothing until a later cell holds a value).
    QByteArray rows = "<row><c r=\"A1\" t=\"inlineStr\"><is><t>Email</t></is></c>"
                      "<c r=\"J1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>";
    for (int i = 2; i <= 20001; ++i) {
        const QByteArray n = QByteArray::number(i);
        rows += "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"inlineStr\"><is><t>u" + n +
            "@example.com</t></is></c><c r=\"J" + n + "\"><v>" + n + "</v></c><c r=\"XFD" + n + "\" s=\"1\"/></row>";
    }
    const QString file = write(QStringLiteral("sparse.xlsx"), sheetOf(rows), {});
    ImportResult result;
    const qint64 grown = readGrowth(file, &result);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.table->rowCount(), 20000);
    QCOMPARE(result.table->columnCount(), 10);
    QCOMPARE(result.table->cellCount(0), 10);
    QCOMPARE(result.table->cell(19999, 9), QStringLiteral("20001"));
    QVERIFY2(grown < 64 * MiB, qPrintable(QStringLiteral("peak grew by %1 MiB").arg(grown / MiB)));
}

namespace
{
    QString writeOds(const QDir& dir, const QString& name, const QByteArray& rows)
    {
        const QString file = dir.filePath(name);
        if (!OdsFixture::write(file, OdsFixture::content({{QStringLiteral("Sheet1"), rows}})))
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }
} // namespace

void TestHostileWorkbooks::odsRepeatsEveryRowAndColumn()
{
    // One filled cell repeated across all 16,384 columns, in a row repeated down all 1,048,576 rows: 17 billion
    // cells from a file of a few hundred bytes. Refused at the cell bound, long before memory grows.
    const QByteArray rows = OdsFixture::textRows({{"Email", "Name"}}) +
        "<table:table-row table:number-rows-repeated=\"1048576\"><table:table-cell office:value-type=\"string\" "
        "table:number-columns-repeated=\"16384\"><text:p>x@example.com</text:p></table:table-cell>"
        "</table:table-row>";
    const QString file = writeOds(QDir(m_dir.path()), QStringLiteral("repeats.ods"), rows);
    QVERIFY(QFileInfo(file).size() < 4096);
    ImportResult result;
    const qint64 grown = readGrowth(file, &result);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(QLatin1String("million cells")), qPrintable(result.error.message));
    QVERIFY(result.error.line > 2);
    QVERIFY2(grown < 128 * MiB, qPrintable(QStringLiteral("peak grew by %1 MiB").arg(grown / MiB)));
}

void TestHostileWorkbooks::odsSpacesBomb()
{
    // <text:s text:c="2000000000"/>: two billion spaces in one cell, refused as a row's text limit.
    const QByteArray rows = OdsFixture::textRows({{"Email", "Name"}}) +
        OdsFixture::row({OdsFixture::text("a@example.com"), OdsFixture::text("a<text:s text:c=\"2000000000\"/>b")});
    ImportResult result;
    const qint64 grown = readGrowth(writeOds(QDir(m_dir.path()), QStringLiteral("spaces.ods"), rows), &result);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.line, 2);
    QVERIFY2(result.error.message.contains(QLatin1String("MiB of text")), qPrintable(result.error.message));
    QVERIFY2(grown < 96 * MiB, qPrintable(QStringLiteral("peak grew by %1 MiB").arg(grown / MiB)));
}

void TestHostileWorkbooks::odsLongTextDownRows()
{
    // A 1 MB cell in a row repeated 100,000 times: 100 GB of text from a zip of about a kilobyte.
    const QByteArray rows = OdsFixture::textRows({{"Email", "Name"}}) +
        "<table:table-row table:number-rows-repeated=\"100000\">" + OdsFixture::text("a@example.com") +
        OdsFixture::text(QByteArray(1000000, 'x')) + "</table:table-row>";
    const QString file = writeOds(QDir(m_dir.path()), QStringLiteral("long-rows.ods"), rows);
    QVERIFY(QFileInfo(file).size() < 64 * 1024);
    ImportResult result;
    const qint64 grown = readGrowth(file, &result);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(QLatin1String("text grows beyond")), qPrintable(result.error.message));
    QVERIFY2(grown < 192 * MiB, qPrintable(QStringLiteral("peak grew by %1 MiB").arg(grown / MiB)));
}

void TestHostileWorkbooks::odsTrailingEmptiesRead()
{
    // What LibreOffice writes after every table: empty cells to column 1024 and empty rows to row 1,048,576.
    // Counted, never stored: 20,000 users read with little memory.
    QList<QList<QByteArray>> users {{"Email", "Name"}};
    for (int i = 0; i < 20000; ++i)
        users.append({"u" + QByteArray::number(i) + "@example.com", "User " + QByteArray::number(i)});
    const QByteArray rows = OdsFixture::textRows(users) + OdsFixture::trailingRows(20001);
    ImportResult result;
    const qint64 grown = readGrowth(writeOds(QDir(m_dir.path()), QStringLiteral("trailing.ods"), rows), &result);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.table->rowCount(), 20000);
    QCOMPARE(result.table->columnCount(), 2);
    QVERIFY(result.notices.isEmpty());
    QVERIFY2(grown < 64 * MiB, qPrintable(QStringLiteral("peak grew by %1 MiB").arg(grown / MiB)));
}

QTEST_GUILESS_MAIN(TestHostileWorkbooks)
#include "tst_hostileworkbooks.moc"

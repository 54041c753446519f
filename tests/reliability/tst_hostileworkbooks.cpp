// Workbooks that cost far more memory than their size (issue #21, item 7): a long shared string repeated across a
// row or down a column, and rows whose cells jump to the last column. Each must end in a clear error with the
// process's peak memory bounded (measured with MemoryProbe, the limit a test can hold on any machine), and a
// real workbook of the same shape must still read.
#include "import/table.h"
#include "import/tablereader.h"
#include "memoryprobe.h"
#include "zipfixture.h"

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

QTEST_GUILESS_MAIN(TestHostileWorkbooks)
#include "tst_hostileworkbooks.moc"

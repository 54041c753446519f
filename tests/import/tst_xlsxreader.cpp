// The XLSX side of import: the two sample workbooks cell by cell, every cell type, dates through number formats,
// sheets, and workbooks that must fail clearly (zip bomb, DTD, damaged, not a workbook, unknown sheet).
#include "import/boundeddevice.h"
#include "import/table.h"
#include "import/tablereader.h"
#include "import/xlsxnumberformat.h"
#include "samples.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using Parts = QList<QPair<QString, QByteArray>>;

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void googleSample();
    void zoomLibreOfficeSample();
    void cellTypes();
    void plainAndGeneralValues();
    void sheets();
    void date1904();
    void numberFormats_data();
    void numberFormats();
    void numbers_data();
    void numbers();
    void serials_data();
    void serials();
    void refusesDtd();
    void refusesZipBomb();
    void boundedDeviceStops();
    void damagedWorkbooks_data();
    void damagedWorkbooks();

private:
    QString writeZip(const QString& name, const Parts& parts);
    static Parts workbook(const QByteArray& sheetXml, const QByteArray& workbookPr = "<workbookPr/>");

    QTemporaryDir m_dir;
};

QString TestXlsxReader::writeZip(const QString& name, const Parts& parts)
{
    const QString path = m_dir.filePath(name);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create zip");
    for (const auto& [entry, data] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry)))
            qFatal("cannot add zip entry");
        file.write(data);
        file.close();
    }
    zip.close();
    return path;
}

Parts TestXlsxReader::workbook(const QByteArray& sheetXml, const QByteArray& workbookPr)
{
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    Parts parts;
    parts.append({QStringLiteral("xl/workbook.xml"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel +
                      "\">" + workbookPr +
                      "<sheets><sheet name=\"Users\" sheetId=\"1\" r:id=\"rId1\"/>"
                      "<sheet name=\"Licences\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>"});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"),
                  "<?xml version=\"1.0\"?><Relationships "
                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"rId1\" Type=\"ws\" Target=\"worksheets/sheet1.xml\"/>"
                  "<Relationship Id=\"rId2\" Type=\"ws\" Target=\"/xl/worksheets/other.xml\"/></Relationships>"});
    parts.append({QStringLiteral("xl/styles.xml"),
                  "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + main +
                      "\"><numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\\ hh:mm\"/>"
                      "<numFmt numFmtId=\"165\" formatCode=\"#,##0.00&quot;€&quot;\"/></numFmts>"
                      "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
                      "<xf numFmtId=\"49\"/><xf numFmtId=\"165\"/><xf numFmtId=\"20\"/></cellXfs></styleSheet>"});
    parts.append({QStringLiteral("xl/sharedStrings.xml"),
                  "<?xml version=\"1.0\"?><sst xmlns=\"" + main +
                      "\"><si><t>Email</t></si><si><t>a@example.com</t></si><si><t>00123</t></si>"
                      "<si><r><t>Ri</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">ch </t></r>"
                      "<rPh><t>ふりがな</t></rPh></si></sst>"});
    parts.append({QStringLiteral("xl/worksheets/sheet1.xml"),
                  "<?xml version=\"1.0\"?><worksheet xmlns=\"" + main + "\"><sheetData>" + sheetXml +
                      "</sheetData></worksheet>"});
    parts.append({QStringLiteral("xl/worksheets/other.xml"),
                  "<worksheet xmlns=\"" + main +
                      "\"><sheetData><row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>Licence</t></is></c></row>"
                      "<row r=\"4\"><c r=\"B4\" t=\"inlineStr\"><is><t>E5</t></is></c></row></sheetData></worksheet>"});
    return parts;
}

void TestXlsxReader::googleSample()
{
    const ImportResult result = TableReader::read(Samples::path(QStringLiteral("google-workspace-users.xlsx")));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.format, QStringLiteral("xlsx"));
    QCOMPARE(result.sheet, QStringLiteral("User_Download"));
    QCOMPARE(result.sheets, QStringList {QStringLiteral("User_Download")});
    const Table& t = *result.table;
    QCOMPARE(t.columnNames().at(4), QStringLiteral("Last Sign In [READ ONLY]"));
    QCOMPARE(t.cell(0, 0), QStringLiteral("Inés María"));
    QCOMPARE(t.cell(0, 4), QStringLiteral("2026-04-10T04:05:20")); // serial under a custom date format
    QCOMPARE(t.cell(3, 4), QStringLiteral("Never logged in"));
    QCOMPARE(t.cell(0, 5), QStringLiteral("TRUE"));
    QCOMPARE(t.cell(2, 5), QStringLiteral("FALSE"));
    QCOMPARE(t.cell(0, 6), QStringLiteral("00123")); // text that looks like a number stays text
    QCOMPARE(t.cell(1, 6), QStringLiteral("123"));   // a number
    QCOMPARE(t.cell(2, 6), QString());               // empty cell
    QCOMPARE(t.sourceLine(0), 2);
}

void TestXlsxReader::zoomLibreOfficeSample()
{
    const ImportResult result = TableReader::read(Samples::path(QStringLiteral("zoom-users-libreoffice.xlsx")));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const ImportResult csv = TableReader::read(Samples::path(QStringLiteral("zoom-users.csv")));
    QVERIFY(csv.ok());
    const Table& t = *result.table;
    QCOMPARE(t.columnNames(), csv.table->columnNames());
    QCOMPARE(t.rowCount(), csv.table->rowCount());
    QCOMPARE(t.cell(0, 6), QStringLiteral("2026-04-10T04:10:00")); // yyyy-mm-dd hh:mm:ss
    QCOMPARE(t.cell(0, 8), QStringLiteral("2023-05-02"));          // yyyy-mm-dd
    QCOMPARE(t.cell(0, 13), QStringLiteral("4155550101"));         // a long number, not 4.15e9
    // Everything that is neither a date nor a number is the same text as in the CSV export.
    for (qsizetype row = 0; row < t.rowCount(); ++row) {
        for (int column : {0, 1, 2, 3, 9, 10, 11, 12, 14, 15})
            QCOMPARE(t.cell(row, column), csv.table->cell(row, column));
    }
}

void TestXlsxReader::cellTypes()
{
    const QByteArray sheet =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>Name</t></is></c>"
        "<c r=\"C1\" t=\"str\"><f>\"Joined\"</f><v>Joined</v></c><c r=\"D1\" t=\"inlineStr\"><is><t>Admin</t></is></c>"
        "<c r=\"E1\" t=\"inlineStr\"><is><t>Code</t></is></c><c r=\"F1\" t=\"inlineStr\"><is><t>Amount</t></is></c>"
        "<c r=\"G1\" t=\"inlineStr\"><is><t>Time</t></is></c><c r=\"H1\" "
        "t=\"inlineStr\"><is><t>Check</t></is></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>3</v></c><c r=\"C2\" "
        "s=\"1\"><v>45392</v></c>"
        "<c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"s\"><v>2</v></c><c r=\"F2\" s=\"4\"><v>4155550101</v></c>"
        "<c r=\"G2\" s=\"5\"><v>0.5</v></c><c r=\"H2\" t=\"e\"><v>#N/A</v></c><c r=\"I2\" s=\"4\"/></row>"
        "<row r=\"3\"><c r=\"A3\" s=\"3\"/></row>"
        "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>b@example.com</t></is></c>"
        "<c r=\"C5\" s=\"2\"><v>45392.75</v></c><c r=\"D5\" t=\"b\"><v>0</v></c><c r=\"E5\"><v>123</v></c>"
        "<c r=\"F5\"><v>0.30000000000000004</v></c><c r=\"G5\"><v>1.5E-7</v></c></row>";
    const ImportResult result = TableReader::read(writeZip(QStringLiteral("types.xlsx"), workbook(sheet)));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const Table& t = *result.table;
    QCOMPARE(t.columnNames(),
             (QStringList {QStringLiteral("Email"), QStringLiteral("Name"), QStringLiteral("Joined"),
                           QStringLiteral("Admin"), QStringLiteral("Code"), QStringLiteral("Amount"),
                           QStringLiteral("Time"), QStringLiteral("Check")}));
    QCOMPARE(t.rowCount(), 2); // row 3 has only a styled empty cell: blank, not a row
    QCOMPARE(t.cell(0, 0), QStringLiteral("a@example.com"));
    QCOMPARE(t.cell(0, 1), QStringLiteral("Rich ")); // rich text runs joined, phonetic run left out
    QCOMPARE(t.cell(0, 2), QStringLiteral("2024-04-10"));
    QCOMPARE(t.cell(0, 3), QStringLiteral("TRUE"));
    QCOMPARE(t.cell(0, 4), QStringLiteral("00123"));
    QCOMPARE(t.cell(0, 5), QStringLiteral("4155550101"));
    QCOMPARE(t.cell(0, 6), QStringLiteral("12:00:00"));
    QCOMPARE(t.cell(0, 7), QStringLiteral("#N/A"));
    QCOMPARE(t.cellCount(0), 8); // the styled empty I2 is formatting, not a cell
    QCOMPARE(t.sourceLine(1), 5);
    QCOMPARE(t.cell(1, 1), QString()); // B5 is missing: empty, nothing shifted left
    QCOMPARE(t.cell(1, 2), QStringLiteral("2024-04-10T18:00:00"));
    QCOMPARE(t.cell(1, 3), QStringLiteral("FALSE"));
    QCOMPARE(t.cell(1, 4), QStringLiteral("123"));
    QCOMPARE(t.cell(1, 5), QStringLiteral("0.3"));
    QCOMPARE(t.cell(1, 6), QStringLiteral("1.5e-07"));
}

void TestXlsxReader::plainAndGeneralValues()
{
    // A <v> of plain ASCII with its end tag in the buffer takes XmlScanner::plainText; entities, line ends, tabs,
    // non-ASCII text, a spaced end tag and values cut by a chunk's end take the general path. Both give the same
    // cells over a sheet of several chunks, and a mismatched end tag is still refused.
    const QList<QPair<QByteArray, QString>> variants = {
        {"plain value", QStringLiteral("plain value")}, {"a &amp; b &lt;c&gt;", QStringLiteral("a & b <c>")},
        {"caf\xC3\xA9", QStringLiteral("caf\u00E9")},   {"tab\there", QStringLiteral("tab\there")},
        {"line\r\nend", QStringLiteral("line\nend")},   {"spaced</v >", QStringLiteral("spaced")},
    };
    const int rows = 60000;
    QByteArray sheet = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Email</t></is></c>"
                       "<c r=\"B1\" t=\"inlineStr\"><is><t>Note</t></is></c></row>";
    for (int r = 2; r <= rows + 1; ++r) {
        const QByteArray n = QByteArray::number(r);
        const QByteArray& v = variants.at(r % variants.size()).first;
        sheet += "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"str\"><v>user" + n + "@example.com</v></c><c r=\"B" + n +
            "\" t=\"str\"><v>" + v + (v.endsWith("</v >") ? "" : "</v>") + "</c></row>";
    }
    QVERIFY(sheet.size() > 4 * (1 << 20));
    const ImportResult result = TableReader::read(writeZip(QStringLiteral("values.xlsx"), workbook(sheet)));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const Table& t = *result.table;
    QCOMPARE(t.rowCount(), rows);
    for (int i = 0; i < rows; ++i) {
        const int r = i + 2;
        if (t.cell(i, 0) != QStringLiteral("user%1@example.com").arg(r) ||
            t.cell(i, 1) != variants.at(r % variants.size()).second)
            QFAIL(qPrintable(QStringLiteral("row %1: %2 | %3").arg(r).arg(t.cell(i, 0), t.cell(i, 1))));
    }

    const ImportResult mismatched = TableReader::read(
        writeZip(QStringLiteral("mismatched.xlsx"), workbook("<row r=\"1\"><c r=\"A1\" t=\"str\"><v>1</w></c></row>")));
    QVERIFY(!mismatched.ok());
    QVERIFY2(mismatched.error.message.contains(QStringLiteral("damaged")), qPrintable(mismatched.error.message));
}

void TestXlsxReader::sheets()
{
    const QString path = writeZip(QStringLiteral("sheets.xlsx"),
                                  workbook("<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c></row>"
                                           "<row r=\"2\"><c t=\"inlineStr\"><is><t>b</t></is></c></row>"));
    ImportOptions options;
    options.sheet = QStringLiteral("licences"); // sheet names are case-insensitive, as in Excel
    const ImportResult result = TableReader::read(path, options);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.sheet, QStringLiteral("Licences"));
    QCOMPARE(result.sheets, (QStringList {QStringLiteral("Users"), QStringLiteral("Licences")}));
    QCOMPARE(result.dialect.headerRow, 3);
    QCOMPARE(result.table->columnNames(), (QStringList {QString(), QStringLiteral("Licence")}));
    QCOMPARE(result.table->cell(0, 1), QStringLiteral("E5"));

    options.sheet = QStringLiteral("Nope");
    const ImportResult missing = TableReader::read(path, options);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error.message.contains(QStringLiteral("Users, Licences")));
}

void TestXlsxReader::date1904()
{
    const QByteArray sheet = "<row r=\"1\"><c t=\"inlineStr\"><is><t>Date</t></is></c></row>"
                             "<row r=\"2\"><c s=\"1\"><v>0</v></c></row><row r=\"3\"><c s=\"1\"><v>366</v></c></row>";
    const ImportResult result =
        TableReader::read(writeZip(QStringLiteral("1904.xlsx"), workbook(sheet, "<workbookPr date1904=\"1\"/>")));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.table->cell(0, 0), QStringLiteral("1904-01-01"));
    QCOMPARE(result.table->cell(1, 0), QStringLiteral("1905-01-01"));
}

void TestXlsxReader::numberFormats_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    using K = XlsxNumberFormat::Kind;
    QTest::newRow("general") << 0 << QString() << int(K::Number);
    QTest::newRow("14") << 14 << QString() << int(K::Date);
    QTest::newRow("22") << 22 << QString() << int(K::DateTime);
    QTest::newRow("20") << 20 << QString() << int(K::Time);
    QTest::newRow("46") << 46 << QString() << int(K::Time);
    QTest::newRow("49 text") << 49 << QString() << int(K::Text);
    QTest::newRow("iso") << 164 << QStringLiteral("yyyy-mm-dd") << int(K::Date);
    QTest::newRow("iso time") << 164 << QStringLiteral("yyyy-mm-dd hh:mm:ss") << int(K::DateTime);
    QTest::newRow("mm:ss") << 164 << QStringLiteral("mm:ss") << int(K::Time);
    QTest::newRow("elapsed") << 164 << QStringLiteral("[h]:mm") << int(K::Time);
    QTest::newRow("month name") << 164 << QStringLiteral("mmm") << int(K::Date);
    QTest::newRow("locale prefix") << 164 << QStringLiteral("[$-409]m/d/yy h:mm AM/PM;@") << int(K::DateTime);
    QTest::newRow("currency") << 164 << QStringLiteral("#,##0.00\"€\"") << int(K::Number);
    QTest::newRow("quoted letters") << 164 << QStringLiteral("0 \"days\"") << int(K::Number);
    QTest::newRow("red") << 164 << QStringLiteral("[Red]0.00;[Blue]-0.00") << int(K::Number);
    QTest::newRow("General word") << 164 << QStringLiteral("General") << int(K::Number);
    QTest::newRow("text") << 164 << QStringLiteral("@") << int(K::Text);
}

void TestXlsxReader::numberFormats()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(int, kind);
    QCOMPARE(int(XlsxNumberFormat::classify(id, code)), kind);
}

void TestXlsxReader::numbers_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("integer") << QByteArray("4155550101") << QByteArray("4155550101");
    QTest::newRow("exponent integer") << QByteArray("4.155550101E9") << QByteArray("4155550101");
    QTest::newRow("fraction") << QByteArray("1.21") << QByteArray("1.21");
    QTest::newRow("trailing zeros") << QByteArray("12.50") << QByteArray("12.5");
    QTest::newRow("float noise") << QByteArray("0.30000000000000004") << QByteArray("0.3");
    QTest::newRow("negative") << QByteArray("-3") << QByteArray("-3");
    QTest::newRow("tiny") << QByteArray("1.5E-7") << QByteArray("1.5e-07");
    QTest::newRow("huge") << QByteArray("1.2345678901234567E+20") << QByteArray("1.23456789012346e+20");
}

void TestXlsxReader::numbers()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, text);
    QCOMPARE(XlsxNumberFormat::number(raw), text);
}

void TestXlsxReader::serials_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("text");
    using K = XlsxNumberFormat::Kind;
    QTest::newRow("1900-01-01") << QByteArray("1") << int(K::Date) << QByteArray("1900-01-01");
    QTest::newRow("1900-02-28") << QByteArray("59") << int(K::Date) << QByteArray("1900-02-28");
    QTest::newRow("1900-03-01") << QByteArray("61") << int(K::Date) << QByteArray("1900-03-01");
    QTest::newRow("2026-04-10") << QByteArray("46122") << int(K::Date) << QByteArray("2026-04-10");
    QTest::newRow("datetime") << QByteArray("46122.170370370371") << int(K::DateTime)
                              << QByteArray("2026-04-10T04:05:20");
    QTest::newRow("rounds to next day") << QByteArray("46122.999999999") << int(K::DateTime)
                                        << QByteArray("2026-04-11T00:00:00");
    QTest::newRow("time") << QByteArray("0.75") << int(K::Time) << QByteArray("18:00:00");
    QTest::newRow("negative stays a number") << QByteArray("-5") << int(K::Date) << QByteArray("-5");
}

void TestXlsxReader::serials()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, kind);
    QFETCH(QByteArray, text);
    QCOMPARE(XlsxNumberFormat::serial(raw, XlsxNumberFormat::Kind(kind), false), text);
}

void TestXlsxReader::refusesDtd()
{
    Parts parts = workbook("<row r=\"1\"><c t=\"inlineStr\"><is><t>&a;</t></is></c></row>");
    parts[4].second = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                      "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\">"
                      "<is><t>&b;</t></is></c></row></sheetData></worksheet>";
    const ImportResult result = TableReader::read(writeZip(QStringLiteral("dtd.xlsx"), parts));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(QStringLiteral("DTD")), qPrintable(result.error.message));
}

void TestXlsxReader::refusesZipBomb()
{
    // 64 MiB of XML that deflates to a few dozen KiB: refused from the directory, before inflating.
    Parts parts = workbook({});
    parts[4].second = "<worksheet><sheetData>" + QByteArray(64 << 20, ' ') + "</sheetData></worksheet>";
    const QString path = writeZip(QStringLiteral("bomb.xlsx"), parts);
    parts.clear();
    const ImportResult result = TableReader::read(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(QStringLiteral("zip bomb")), qPrintable(result.error.message));
}

void TestXlsxReader::boundedDeviceStops()
{
    // An entry that inflates beyond what its header declared is cut off at the declared size.
    auto inner = std::make_unique<QBuffer>();
    inner->setData(QByteArray(100, 'x'));
    inner->open(QIODevice::ReadOnly);
    BoundedDevice device(std::move(inner), 40);
    const QByteArray first = device.read(40);
    QCOMPARE(first.size(), 40);
    QVERIFY(!device.exceeded());
    QVERIFY(device.read(10).isEmpty());
    QVERIFY(device.exceeded());

    // An entry exactly as long as declared reads to its end without an error.
    auto exact = std::make_unique<QBuffer>();
    exact->setData(QByteArray(40, 'y'));
    exact->open(QIODevice::ReadOnly);
    BoundedDevice fits(std::move(exact), 40);
    QCOMPARE(fits.readAll().size(), 40);
    QVERIFY(!fits.exceeded());
}

void TestXlsxReader::damagedWorkbooks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QFile sample(Samples::path(QStringLiteral("google-workspace-users.xlsx")));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray good = sample.readAll();
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("damaged");
    QByteArray garbled = good;
    for (qsizetype i = 200; i < garbled.size() - 200; i += 7)
        garbled[i] = char(garbled[i] ^ 0x5A);
    QTest::newRow("garbled") << garbled << QStringLiteral("damaged");
    QTest::newRow("PK then junk") << QByteArray("PK\x03\x04 this is not a zip at all") << QStringLiteral("damaged");
}

void TestXlsxReader::damagedWorkbooks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("damaged.xlsx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    const ImportResult result = TableReader::read(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(message, Qt::CaseInsensitive), qPrintable(result.error.message));

    // A zip that is not a workbook (an .ods or a .docx renamed) says so.
    const ImportResult notWorkbook = TableReader::read(
        writeZip(QStringLiteral("other.xlsx"), {{QStringLiteral("content.xml"), QByteArray("<x/>")}}));
    QVERIFY(!notWorkbook.ok());
    QVERIFY(notWorkbook.error.message.contains(QStringLiteral("not an Excel workbook")));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"

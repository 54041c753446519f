// OpenDocument spreadsheets as LibreOffice writes them (OdsFixture): values of every type, paragraphs and spaces,
// repeats, covered cells, a cover sheet before the users, the sheet option, and refusals (password, damage).
#include "import/odssheetparser.h"
#include "import/table.h"
#include "import/tablereader.h"
#include "odsfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOdsReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void valuesOfEveryType();
    void paragraphsAndSpaces();
    void repeatsAndCoveredCells();
    void coverSheetPassedOver();
    void namedSheet();
    void unnamedSheetCanBePicked();
    void dateAndTimeText_data();
    void dateAndTimeText();
    void passwordRefused();
    void damagedRefused();
    void detectedByContentWithoutSuffix();

private:
    QString write(const QString& name, const QList<OdsFixture::Sheet>& sheets);

    QTemporaryDir m_dir;
};

QString TestOdsReader::write(const QString& name, const QList<OdsFixture::Sheet>& sheets)
{
    const QString path = m_dir.filePath(name);
    if (!OdsFixture::write(path, OdsFixture::content(sheets)))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestOdsReader::valuesOfEveryType()
{
    using namespace OdsFixture;
    const QByteArray rows = OdsFixture::row({text("Email"), text("Seats"), text("Share"), text("Joined"),
                                             text("Last login"), text("Admin"), text("Cost")}) +
        OdsFixture::row({text("ana@example.com"), number("1001"), number("0.25", "25%"),
                         date("2024-03-01", "2024-03-01"), date("2024-03-01T09:30:00", "03/01/24 09:30"), boolean(true),
                         "<table:table-cell office:value-type=\"currency\" office:currency=\"EUR\" "
                         "office:value=\"12.50\"><text:p>12,50 €</text:p></table:table-cell>"}) +
        OdsFixture::row({text("taro@example.com"),
                         number("1.5E-07"),
                         {},
                         {},
                         {},
                         boolean(false),
                         "<table:table-cell table:formula=\"of:=NA()\" office:value-type=\"float\" "
                         "office:value=\"0\" calcext:value-type=\"error\"><text:p>#N/A</text:p></table:table-cell>"}) +
        trailingRows(3);
    const ImportResult result = TableReader::read(write(QStringLiteral("types.ods"), {{u"Users"_s, rows}}));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.format, QStringLiteral("ods"));
    QCOMPARE(result.sheet, QStringLiteral("Users"));
    const Table& table = *result.table;
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.columnCount(), 7);
    const QStringList first = {u"ana@example.com"_s,     u"1001"_s, u"0.25"_s, u"2024-03-01"_s,
                               u"2024-03-01T09:30:00"_s, u"TRUE"_s, u"12.5"_s};
    for (int column = 0; column < first.size(); ++column)
        QCOMPARE(table.cell(0, column), first.at(column));
    QCOMPARE(table.cell(1, 1), QStringLiteral("1.5e-07"));
    QCOMPARE(table.cell(1, 2), QString());
    QCOMPARE(table.cell(1, 5), QStringLiteral("FALSE"));
    QCOMPARE(table.cell(1, 6), QStringLiteral("#N/A"));
    QCOMPARE(table.sourceLine(1), 3);
}

void TestOdsReader::paragraphsAndSpaces()
{
    using namespace OdsFixture;
    // Two paragraphs, <text:s c="3"/> (four spaces in all), a tab, a line break, a span, a link, a comment
    // (office:annotation, not the cell's text) and pretty-printing white space that collapses.
    const QByteArray note =
        "<table:table-cell office:value-type=\"string\"><office:annotation><text:p>reviewed</text:p>"
        "</office:annotation><text:p>Line <text:span text:style-name=\"T1\">one</text:span></text:p>"
        "<text:p>a <text:s text:c=\"3\"/>b<text:tab/>c<text:line-break/>d <text:a xlink:href=\"x\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\">link</text:a></text:p></table:table-cell>";
    const QByteArray pretty = "<table:table-cell office:value-type=\"string\">\n    <text:p>\n      Ana\n      "
                              "María </text:p>\n  </table:table-cell>";
    const QByteArray rows = OdsFixture::row({text("Email"), text("Note"), text("Name")}) +
        OdsFixture::row({text("ana@example.com"), note, pretty}) + trailingRows(2);
    const ImportResult result = TableReader::read(write(QStringLiteral("text.ods"), {{u"Sheet1"_s, rows}}));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.table->cell(0, 1), QStringLiteral("Line one\na    b\tc\nd link"));
    QCOMPARE(result.table->cell(0, 2), QStringLiteral("Ana María "));
}

void TestOdsReader::repeatsAndCoveredCells()
{
    using namespace OdsFixture;
    // A value repeated across columns, a row repeated (identical rows), a merged cell whose covered neighbour
    // is empty, and blank rows between.
    const QByteArray merged = "<table:table-cell office:value-type=\"string\" table:number-columns-spanned=\"2\" "
                              "table:number-rows-spanned=\"1\"><text:p>Sales</text:p></table:table-cell>"
                              "<table:covered-table-cell table:number-columns-repeated=\"1\"/>";
    const QByteArray rows = OdsFixture::row({text("Email"), text("Team"), text("Unit"), text("Active")}) +
        OdsFixture::row({text("a@example.com"), merged, boolean(true)}) +
        "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell/>"
        "<table:table-cell office:value-type=\"string\" table:number-columns-repeated=\"3\"><text:p>same</text:p>"
        "</table:table-cell><table:table-cell table:number-columns-repeated=\"1020\"/></table:table-row>" +
        OdsFixture::row({}, 3) + OdsFixture::row({text("b@example.com"), text("Ops"), text("North"), boolean(false)}) +
        trailingRows(8);
    const ImportResult result = TableReader::read(write(QStringLiteral("repeats.ods"), {{u"Sheet1"_s, rows}}));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const Table& table = *result.table;
    QCOMPARE(table.columnCount(), 4);
    QCOMPARE(table.rowCount(), 4);
    QCOMPARE(table.cell(0, 1), QStringLiteral("Sales"));
    QCOMPARE(table.cell(0, 2), QString());
    QCOMPARE(table.cell(0, 3), QStringLiteral("TRUE"));
    for (qsizetype row : {1, 2}) {
        QCOMPARE(table.cell(row, 0), QString());
        QCOMPARE(table.cell(row, 3), QStringLiteral("same"));
    }
    QCOMPARE(table.sourceLine(2), 4);
    QCOMPARE(table.cell(3, 0), QStringLiteral("b@example.com"));
    QCOMPARE(table.sourceLine(3), 8); // after three blank rows
}

void TestOdsReader::coverSheetPassedOver()
{
    using namespace OdsFixture;
    const QByteArray cover = textRows({{"Licence report"}, {}, {"Prepared by IT"}});
    const QByteArray users = textRows({{"Name", "Address"}, {"Ana", "ana@example.com"}});
    const QString path =
        write(QStringLiteral("cover.ods"), {{u"Cover"_s, cover}, {u"Users"_s, users}, {u"Notes"_s, cover}});
    const ImportResult result = TableReader::read(path);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.sheet, QStringLiteral("Users"));
    QCOMPARE(result.sheets, (QStringList {u"Cover"_s, u"Users"_s, u"Notes"_s}));
    QCOMPARE(result.table->cell(0, 1), QStringLiteral("ana@example.com"));

    // No sheet holds users: the first that reads.
    const QString none = write(QStringLiteral("none.ods"),
                               {{u"Empty"_s, {}}, {u"Plan"_s, textRows({{"Plan", "Seats"}, {"Pro", "40"}})}});
    const ImportResult fallback = TableReader::read(none);
    QVERIFY2(fallback.ok(), qPrintable(fallback.error.toString()));
    QCOMPARE(fallback.sheet, QStringLiteral("Plan"));
}

void TestOdsReader::namedSheet()
{
    using namespace OdsFixture;
    const QString path = write(QStringLiteral("named.ods"),
                               {{u"Cover"_s, textRows({{"Title", "x"}, {"a", "b"}})},
                                {u"Users"_s, textRows({{"Email", "Name"}, {"a@x.org", "A"}})}});
    ImportOptions options;
    options.sheet = QStringLiteral("cover"); // case-insensitive, as LibreOffice's names are
    const ImportResult cover = TableReader::read(path, options);
    QVERIFY2(cover.ok(), qPrintable(cover.error.toString()));
    QCOMPARE(cover.sheet, QStringLiteral("Cover"));
    QCOMPARE(cover.sheets.size(), 2);
    options.sheet = QStringLiteral("Missing");
    const ImportResult missing = TableReader::read(path, options);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.message.contains(QLatin1String("no sheet named \"Missing\"")),
             qPrintable(missing.error.message));
    QVERIFY(missing.error.message.contains(QLatin1String("Cover, Users")));
}

// A table without a name (found by fuzz_ods) gets LibreOffice's default name, so the sheet picker can choose it.
void TestOdsReader::unnamedSheetCanBePicked()
{
    using namespace OdsFixture;
    const QString path = write(QStringLiteral("unnamed.ods"),
                               {{u"Users"_s, textRows({{"Email"}, {"a@x.org"}})},
                                {QString(), textRows({{"Email"}, {"b@x.org"}, {"c@x.org"}})}});
    const ImportResult first = TableReader::read(path);
    QVERIFY2(first.ok(), qPrintable(first.error.toString()));
    QCOMPARE(first.sheets, (QStringList {u"Users"_s, u"Sheet2"_s}));
    ImportOptions options;
    options.sheet = first.sheets.constLast();
    const ImportResult second = TableReader::read(path, options);
    QVERIFY2(second.ok(), qPrintable(second.error.toString()));
    QCOMPARE(second.table->rowCount(), 2);
    QCOMPARE(second.table->cell(1, 0), QStringLiteral("c@x.org"));
}

void TestOdsReader::dateAndTimeText_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("date") << QByteArray("2024-02-29") << QByteArray("2024-02-29");
    QTest::newRow("date-time") << QByteArray("2024-02-29T23:05:09") << QByteArray("2024-02-29T23:05:09");
    QTest::newRow("fraction rounds") << QByteArray("2024-12-31T23:59:59.6") << QByteArray("2025-01-01T00:00:00");
    QTest::newRow("not a date kept") << QByteArray("soon") << QByteArray("soon");
    QTest::newRow("time") << QByteArray("PT09H30M00S") << QByteArray("09:30:00");
    QTest::newRow("long duration") << QByteArray("PT36H00M00S")
                                   << QByteArray("1900-01-01T12:00:00"); // as XLSX shows 1.5 days
    QTest::newRow("bad duration") << QByteArray("PTxS") << QByteArray("PTxS");
}

void TestOdsReader::dateAndTimeText()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, text);
    QCOMPARE(value.startsWith('P') ? OdsSheetParser::timeText(value) : OdsSheetParser::dateText(value), text);
}

void TestOdsReader::passwordRefused()
{
    const QByteArray manifest =
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
        "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry></manifest:manifest>";
    const QString path = m_dir.filePath(QStringLiteral("secret.ods"));
    QVERIFY(OdsFixture::write(path, "\x8f\x02garbage", manifest));
    const ImportResult result = TableReader::read(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(QLatin1String("password-protected")), qPrintable(result.error.message));
    QCOMPARE(result.error.file, path);
}

void TestOdsReader::damagedRefused()
{
    using namespace OdsFixture;
    // The XML breaks inside the second sheet: an error naming content.xml and the sheet, never a crash.
    QByteArray xml =
        content({{u"Users"_s, textRows({{"Email", "Name"}, {"a@x.org", "A"}})}, {u"Other"_s, "<table:table-row>"}});
    xml.chop(40);
    const QString path = m_dir.filePath(QStringLiteral("damaged.ods"));
    QVERIFY(OdsFixture::write(path, xml));
    const ImportResult result = TableReader::read(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(QLatin1String("content.xml is not valid XML")),
             qPrintable(result.error.message));

    // A DTD (entity expansion) is refused, not expanded.
    const QString dtd = m_dir.filePath(QStringLiteral("dtd.ods"));
    QVERIFY(OdsFixture::write(dtd, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>"));
    const ImportResult refused = TableReader::read(dtd);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.message.contains(QLatin1String("DTD")), qPrintable(refused.error.message));

    // Not a zip at all, named .ods.
    const QString text = m_dir.filePath(QStringLiteral("plain.ods"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Email,Name\na@x.org,A\n");
    file.close();
    const ImportResult notZip = TableReader::read(text);
    QVERIFY(!notZip.ok());
    QVERIFY2(notZip.error.message.contains(QLatin1String("zip")), qPrintable(notZip.error.message));
}

void TestOdsReader::detectedByContentWithoutSuffix()
{
    // An .ods saved under another name is recognised by its mimetype entry, not mistaken for a damaged XLSX.
    const QString path = m_dir.filePath(QStringLiteral("export.bin"));
    QVERIFY(OdsFixture::write(
        path, OdsFixture::content({{u"S"_s, OdsFixture::textRows({{"Email", "Name"}, {"a@x.org", "A"}})}})));
    const ImportResult result = TableReader::read(path);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.format, QStringLiteral("ods"));
}

QTEST_GUILESS_MAIN(TestOdsReader)
#include "tst_odsreader.moc"

// Every sample export (tests/data/samples) is read with the right encoding, delimiter, header row, columns and row
// count.
#include "import/table.h"
#include "import/tablereader.h"
#include "samples.h"

#include <QTest>

class TestSamples : public QObject
{
    Q_OBJECT

private slots:
    void readsSample_data();
    void readsSample();
    void cellsAsRead();
    void raggedRowsKeptAndReported();
    void duplicateHeaderKept();
    void extraCorpus();
};

void TestSamples::readsSample_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QStringList>("firstColumns");
    QTest::addColumn<int>("rows");

    const auto row = [](const char* file, const char* format, const char* encoding, bool bom, const char* delimiter,
                        int columns, QStringList first, int rows) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(format) << QString::fromLatin1(encoding)
                            << bom << QString::fromLatin1(delimiter) << 1 << columns << first << rows;
    };
    row("google-workspace-users.csv", "csv", "UTF-8", false, ",", 37,
        {QStringLiteral("First Name [Required]"), QStringLiteral("Last Name [Required]"),
         QStringLiteral("Email Address [Required]")},
        12);
    row("m365-users.csv", "csv", "UTF-8", false, ",", 28,
        {QStringLiteral("Display name"), QStringLiteral("DirSyncEnabled"), QStringLiteral("User principal name")}, 10);
    row("okta-users.csv", "csv", "UTF-8", false, ",", 7,
        {QStringLiteral("User"), QStringLiteral("Login"), QStringLiteral("Status")}, 10);
    row("slack-members.csv", "csv", "UTF-8", false, ",", 10,
        {QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("status")}, 12);
    row("zoom-users.csv", "csv", "UTF-8", true, ",", 16,
        {QStringLiteral("Email"), QStringLiteral("First Name"), QStringLiteral("Last Name")}, 9);
    row("semicolon-excel-de.csv", "csv", "UTF-8", true, ";", 10,
        {QStringLiteral("Vorname"), QStringLiteral("Nachname"), QStringLiteral("E-Mail-Adresse")}, 8);
    row("utf16-tab-unicode-text.txt", "csv", "UTF-16LE", true, "\t", 7,
        {QStringLiteral("Email"), QStringLiteral("First name"), QStringLiteral("Last name")}, 9);
    row("cp1252-accented.csv", "csv", "Windows-1252", false, ",", 6,
        {QStringLiteral("Email"), QStringLiteral("First Name"), QStringLiteral("Last Name")}, 8);
    row("bom-utf8.csv", "csv", "UTF-8", true, ",", 4,
        {QStringLiteral("Email"), QStringLiteral("First Name"), QStringLiteral("Last Name")}, 4);
    row("embedded-newlines.csv", "csv", "UTF-8", false, ",", 5,
        {QStringLiteral("Email"), QStringLiteral("Display Name"), QStringLiteral("Title")}, 5);
    row("ragged-rows.csv", "csv", "UTF-8", false, ",", 6,
        {QStringLiteral("email"), QStringLiteral("first_name"), QStringLiteral("last_name")}, 6);
    row("duplicate-emails.csv", "csv", "UTF-8", false, ",", 5,
        {QStringLiteral("Email"), QStringLiteral("Name"), QStringLiteral("Status")}, 12);
    row("invalid-emails.csv", "csv", "UTF-8", false, ",", 4,
        {QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("expected_valid")}, 25);
    row("mixed-date-formats.csv", "csv", "UTF-8", false, ",", 4,
        {QStringLiteral("email"), QStringLiteral("last_login"), QStringLiteral("source_format")}, 27);
    row("google-workspace-users.xlsx", "xlsx", "UTF-8", false, "", 8,
        {QStringLiteral("First Name [Required]"), QStringLiteral("Last Name [Required]"),
         QStringLiteral("Email Address [Required]")},
        5);
    row("zoom-users-libreoffice.xlsx", "xlsx", "UTF-8", false, "", 16,
        {QStringLiteral("Email"), QStringLiteral("First Name"), QStringLiteral("Last Name")}, 9);
}

void TestSamples::readsSample()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, encoding);
    QFETCH(bool, bom);
    QFETCH(QString, delimiter);
    QFETCH(int, headerRow);
    QFETCH(int, columns);
    QFETCH(QStringList, firstColumns);
    QFETCH(int, rows);

    const ImportResult result = TableReader::read(Samples::path(file));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.format, format);
    QCOMPARE(Dialect::encodingName(result.dialect.encoding), encoding);
    QCOMPARE(result.dialect.bom, bom);
    if (format == QLatin1String("csv"))
        QCOMPARE(QString(result.dialect.delimiter), delimiter);
    QCOMPARE(result.dialect.headerRow, headerRow);
    QCOMPARE(result.table->columnCount(), columns);
    QCOMPARE(result.table->columnNames().mid(0, firstColumns.size()), firstColumns);
    QCOMPARE(result.table->rowCount(), rows);
    QCOMPARE(result.table->sourceName(), file);
    for (const QString& name : result.table->columnNames())
        QVERIFY2(!name.startsWith(QChar(0xFEFF)), "BOM left on a column name");
}

void TestSamples::cellsAsRead()
{
    // Decoding and unquoting, checked on the cells that make each sample hard.
    const auto table = [](const char* file) {
        const ImportResult result = TableReader::read(Samples::path(QString::fromLatin1(file)));
        return result.table;
    };
    const auto cp1252 = table("cp1252-accented.csv");
    QVERIFY(cp1252);
    QCOMPARE(cp1252->cell(0, 1), QStringLiteral("Raúl"));
    QCOMPARE(cp1252->cell(0, 5), QStringLiteral("Prefers “Raúl”, not “Raul”"));
    QCOMPARE(cp1252->cell(1, 5), QStringLiteral("Budget owner – €50k"));
    QCOMPARE(cp1252->cell(5, 5), QStringLiteral("Œuvre™ project"));

    const auto utf16 = table("utf16-tab-unicode-text.txt");
    QVERIFY(utf16);
    QCOMPARE(utf16->cell(0, 1), QStringLiteral("陽翔"));
    QCOMPARE(utf16->sourceLine(0), 2);

    const auto newlines = table("embedded-newlines.csv");
    QVERIFY(newlines);
    QCOMPARE(newlines->cell(0, 1), QStringLiteral("Castro Ruiz, Inés María"));
    QCOMPARE(newlines->cell(0, 3), QStringLiteral("Calle Ejemplo 1\n28001 Madrid\nSpain"));
    QCOMPARE(newlines->cell(0, 4), QStringLiteral("Said \"hola\" on day one"));
    QCOMPARE(newlines->cell(1, 3), QStringLiteral("1-2-3 Example\r\nTokyo"));
    QCOMPARE(newlines->cell(2, 4), QStringLiteral("line one\n\nline three (blank line above)"));
    QCOMPARE(newlines->cell(3, 4), QStringLiteral("Ends with a newline\n"));
    QCOMPARE(newlines->cell(4, 4), QStringLiteral("comma, \"quote\", and\ttab"));
    // Records start on their physical line even after multi-line cells.
    QCOMPARE(newlines->sourceLine(0), 2);
    QCOMPARE(newlines->sourceLine(1), 5);
    QCOMPARE(newlines->sourceLine(2), 7);
    QCOMPARE(newlines->sourceLine(3), 10);
    QCOMPARE(newlines->sourceLine(4), 12);

    const auto de = table("semicolon-excel-de.csv");
    QVERIFY(de);
    QCOMPARE(de->cell(0, 0), QStringLiteral("Jörg"));
    QCOMPARE(de->cell(0, 8), QStringLiteral("1.234,5"));
    QCOMPARE(de->columnNames().constLast(), QStringLiteral("Aktiv"));

    const auto google = table("google-workspace-users.csv");
    QVERIFY(google);
    QCOMPARE(google->cell(0, 32), QStringLiteral(" --")); // the leading space is data, kept as read
}

void TestSamples::raggedRowsKeptAndReported()
{
    const ImportResult result = TableReader::read(Samples::path(QStringLiteral("ragged-rows.csv")));
    QVERIFY(result.ok());
    const Table& t = *result.table;
    QCOMPARE(t.columnNames().constLast(), QString()); // the header's trailing delimiter is an empty column
    QCOMPARE(t.cell(1, 0), QStringLiteral("haruto.sato@example.com"));
    QCOMPARE(t.cellCount(1), 4);
    QCOMPARE(t.cell(1, 4), QString()); // a missing cell reads as empty
    QCOMPARE(t.cellCount(2), 8);       // long row: extra cells kept, nothing shifted
    QCOMPARE(t.cell(2, 6), QStringLiteral("extra"));
    QCOMPARE(t.cell(2, 7), QStringLiteral("cells"));
    QCOMPARE(t.cell(4, 0), QStringLiteral("noel.ostergard@example.com"));
    QCOMPARE(t.cellCount(4), 1);
    QCOMPARE(t.sourceLine(4), 9);
    QList<qint64> ragged;
    QList<qint64> blank;
    for (const ImportNotice& n : result.notices) {
        if (n.kind == ImportNotice::Kind::RaggedRow)
            ragged.append(n.line);
        if (n.kind == ImportNotice::Kind::BlankRow)
            blank.append(n.line);
    }
    QCOMPARE(ragged, (QList<qint64> {3, 5, 9}));
    QVERIFY(blank.contains(4));
    QVERIFY(blank.contains(6)); // ",,,,," is an empty row
    QVERIFY(blank.contains(7)); // whitespace only
}

void TestSamples::duplicateHeaderKept()
{
    const ImportResult result = TableReader::read(Samples::path(QStringLiteral("duplicate-emails.csv")));
    QVERIFY(result.ok());
    QCOMPARE(result.table->columnNames().count(QStringLiteral("Email")), 2);
    QCOMPARE(result.table->cell(2, 0), QStringLiteral(" ines.castro@example.com ")); // untrimmed as read
}

void TestSamples::extraCorpus()
{
    // ../shared/samples is optional: when it is there, every export in it reads with a table and no error.
    const QStringList files = Samples::corpusFiles();
    if (files.isEmpty())
        QSKIP("no extra corpus beside the project");
    for (const QString& file : files) {
        const ImportResult result = TableReader::read(file);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QVERIFY2(result.table->rowCount() > 0, qPrintable(file));
        QVERIFY2(result.table->columnCount() > 0, qPrintable(file));
    }
}

QTEST_GUILESS_MAIN(TestSamples)
#include "tst_samples.moc"

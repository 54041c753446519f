// The same users in every format read into the same table: CSV, JSON (a list of objects) and an XLSX workbook
// whose first sheet is a cover page. Also the JSON reader's own rules (nested objects one level deep with dotted
// names, arrays, numbers, refusals) and the choice of the sheet that holds users.
#include "import/table.h"
#include "import/tablereader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

class TestFormats : public QObject
{
    Q_OBJECT

private slots:
    void sameTableFromEveryFormat();
    void jsonFlattensOneLevel();
    void jsonKeepsKeyOrder();
    void jsonRefusals_data();
    void jsonRefusals();
    void coverSheetPassedOver();
    void damagedFirstSheetStops();

private:
    QString write(const QString& name, const QByteArray& bytes);
    QString writeWorkbook(const QString& name, const QByteArray& firstSheet, const QByteArray& secondSheet);

    QTemporaryDir m_dir;
};

namespace
{
    const QByteArray Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    QByteArray inlineRow(int number, const QList<QByteArray>& cells)
    {
        QByteArray row = "<row r=\"" + QByteArray::number(number) + "\">";
        for (const QByteArray& cell : cells)
            row += cell.isEmpty() ? QByteArray("<c/>") : "<c t=\"inlineStr\"><is><t>" + cell + "</t></is></c>";
        return row + "</row>";
    }

    // Every cell of every column, by column name, so formats that order columns differently compare equal.
    QMap<QString, QStringList> byColumn(const Table& table)
    {
        QMap<QString, QStringList> columns;
        for (int column = 0; column < table.columnCount(); ++column) {
            QStringList& cells = columns[table.columnNames().at(column)];
            for (qsizetype row = 0; row < table.rowCount(); ++row)
                cells.append(table.cell(row, column));
        }
        return columns;
    }
} // namespace

QString TestFormats::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestFormats::writeWorkbook(const QString& name, const QByteArray& firstSheet, const QByteArray& secondSheet)
{
    const QList<QPair<QString, QByteArray>> parts = {
        {QStringLiteral("xl/workbook.xml"),
         "<workbook xmlns=\"" + Main +
             "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
             "<sheet name=\"Cover\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Users\" sheetId=\"2\" r:id=\"rId2\"/>"
             "</sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"ws\" Target=\"worksheets/sheet1.xml\"/>"
         "<Relationship Id=\"rId2\" Type=\"ws\" Target=\"worksheets/sheet2.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         "<worksheet xmlns=\"" + Main + "\"><sheetData>" + firstSheet + "</sheetData></worksheet>"},
        {QStringLiteral("xl/worksheets/sheet2.xml"),
         "<worksheet xmlns=\"" + Main + "\"><sheetData>" + secondSheet + "</sheetData></worksheet>"},
    };
    const QString path = m_dir.filePath(name);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create zip");
    for (const auto& [entry, data] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry)))
            qFatal("cannot add zip entry");
        file.write(data);
    }
    zip.close();
    return path;
}

void TestFormats::sameTableFromEveryFormat()
{
    const QString csv = write(QStringLiteral("users.csv"),
                              "Email,First Name,Employee ID,Manager\n"
                              "ana@example.com,Ana María,1001,taro@example.com\n"
                              "taro@example.com,太郎,1002,\n"
                              "\"o'brien@example.com\",\"O'Brien, Jr.\",1003,ana@example.com\n");
    const QString json = write(QStringLiteral("users.json"),
                               R"([{"Email": "ana@example.com", "First Name": "Ana María", "Employee ID": 1001,
                                    "Manager": "taro@example.com"},
                                   {"Email": "taro@example.com", "First Name": "太郎", "Employee ID": 1002,
                                    "Manager": null},
                                   {"Email": "o'brien@example.com", "First Name": "O'Brien, Jr.",
                                    "Employee ID": 1003, "Manager": "ana@example.com"}])");
    const QByteArray cover = inlineRow(1, {"Licence report"}) + inlineRow(3, {"Prepared by IT"});
    const QByteArray users = inlineRow(1, {"Email", "First Name", "Employee ID", "Manager"}) +
        "<row r=\"2\"><c t=\"inlineStr\"><is><t>ana@example.com</t></is></c><c t=\"inlineStr\"><is><t>Ana "
        "María</t></is></c><c><v>1001</v></c><c t=\"inlineStr\"><is><t>taro@example.com</t></is></c></row>" +
        "<row r=\"3\"><c t=\"inlineStr\"><is><t>taro@example.com</t></is></c><c t=\"inlineStr\"><is><t>太郎</t></is>"
        "</c><c><v>1002</v></c></row>" +
        "<row r=\"4\"><c t=\"inlineStr\"><is><t>o&apos;brien@example.com</t></is></c><c t=\"inlineStr\"><is><t>"
        "O'Brien, Jr.</t></is></c><c><v>1.003E3</v></c><c t=\"inlineStr\"><is><t>ana@example.com</t></is></c></row>";
    const QString xlsx = writeWorkbook(QStringLiteral("users.xlsx"), cover, users);

    const ImportResult fromCsv = TableReader::read(csv);
    const ImportResult fromJson = TableReader::read(json);
    const ImportResult fromXlsx = TableReader::read(xlsx);
    QVERIFY2(fromCsv.ok(), qPrintable(fromCsv.error.toString()));
    QVERIFY2(fromJson.ok(), qPrintable(fromJson.error.toString()));
    QVERIFY2(fromXlsx.ok(), qPrintable(fromXlsx.error.toString()));
    QCOMPARE(fromJson.format, QStringLiteral("json"));
    QCOMPARE(fromXlsx.sheet, QStringLiteral("Users"));
    QCOMPARE(byColumn(*fromJson.table), byColumn(*fromCsv.table));
    QCOMPARE(byColumn(*fromXlsx.table), byColumn(*fromCsv.table));
}

void TestFormats::jsonFlattensOneLevel()
{
    const QString path = write(QStringLiteral("members.json"), R"([
        {"login": "octo", "id": 583231, "site_admin": false, "score": 0.5, "big": 12345678901234567890,
         "plan": {"name": "pro", "seats": 3, "limits": {"repos": 10}}, "roles": ["admin", "billing"],
         "teams": [{"slug": "core"}]},
        {"login": "hubot", "email": "hubot@example.com"}])");
    const ImportResult result = TableReader::read(path);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const Table& table = *result.table;
    QCOMPARE(table.rowCount(), 2);
    const QStringList names = table.columnNames();
    const auto cell = [&](qsizetype row, const char* name) {
        return table.cell(row, int(names.indexOf(QLatin1String(name))));
    };
    QVERIFY(names.contains(QStringLiteral("plan.name")));
    QCOMPARE(cell(0, "login"), QStringLiteral("octo"));
    QCOMPARE(cell(0, "id"), QStringLiteral("583231"));
    QCOMPARE(cell(0, "site_admin"), QStringLiteral("false"));
    QCOMPARE(cell(0, "score"), QStringLiteral("0.5"));
    QCOMPARE(cell(0, "big"), QStringLiteral("12345678901234567000"));
    QCOMPARE(cell(0, "plan.name"), QStringLiteral("pro"));
    QCOMPARE(cell(0, "plan.seats"), QStringLiteral("3"));
    QCOMPARE(cell(0, "plan.limits"), QStringLiteral("{\"repos\":10}"));
    QCOMPARE(cell(0, "roles"), QStringLiteral("admin;billing"));
    QCOMPARE(cell(0, "teams"), QStringLiteral("[{\"slug\":\"core\"}]"));
    QCOMPARE(cell(1, "email"), QStringLiteral("hubot@example.com"));
    QCOMPARE(cell(1, "plan.name"), QString());
    QCOMPARE(table.sourceLine(1), 2);
}

void TestFormats::jsonKeepsKeyOrder()
{
    // Columns in the order the file first names them (QJsonObject would sort them): a later object's new key
    // comes after the earlier ones, a nested object's members take its place, an escaped key is decoded.
    const QString path = write(QStringLiteral("order.json"), R"([
        {"zeta": 1, "email": "a@example.com", "manager": {"name": "B", "email": "b@example.com"}, "id": 7},
        {"id": 8, "email": "c@example.com", "caf\u00e9": "x", "alpha": true}])");
    const ImportResult result = TableReader::read(path);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.table->columnNames(),
             (QStringList {QStringLiteral("zeta"), QStringLiteral("email"), QStringLiteral("manager.name"),
                           QStringLiteral("manager.email"), QStringLiteral("id"), QStringLiteral("café"),
                           QStringLiteral("alpha")}));
    QCOMPARE(result.table->cell(1, 4), QStringLiteral("8"));
    QCOMPARE(result.table->cell(1, 5), QStringLiteral("x"));
}

void TestFormats::jsonRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("[{\"a\": 1},") << QStringLiteral("not valid JSON");
    QTest::newRow("object") << QByteArray("{\"users\": []}") << QStringLiteral("not a list of users");
    QTest::newRow("empty list") << QByteArray("[]") << QStringLiteral("empty");
    QTest::newRow("list of numbers") << QByteArray("[{\"a\": 1}, 2]") << QStringLiteral("Item 2");
}

void TestFormats::jsonRefusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const ImportResult result = TableReader::read(write(QStringLiteral("bad.json"), json));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(message), qPrintable(result.error.message));
}

void TestFormats::coverSheetPassedOver()
{
    // A summary table (two columns, numbers, no users) first: the users sheet is taken; a named sheet still wins.
    const QByteArray summary = inlineRow(1, {"Plan", "Seats"}) +
        "<row r=\"2\"><c t=\"inlineStr\"><is><t>Pro</t>"
        "</is></c><c><v>40</v></c></row>";
    const QByteArray users = inlineRow(1, {"Name", "Address"}) + inlineRow(2, {"Ana", "ana@example.com"});
    const QString path = writeWorkbook(QStringLiteral("summary-first.xlsx"), summary, users);
    const ImportResult chosen = TableReader::read(path);
    QVERIFY2(chosen.ok(), qPrintable(chosen.error.toString()));
    QCOMPARE(chosen.sheet, QStringLiteral("Users"));
    QCOMPARE(chosen.sheets, (QStringList {QStringLiteral("Cover"), QStringLiteral("Users")}));
    ImportOptions options;
    options.sheet = QStringLiteral("Cover");
    QCOMPARE(TableReader::read(path, options).table->columnNames(),
             (QStringList {QStringLiteral("Plan"), QStringLiteral("Seats")}));

    // No sheet holds users: the first one that reads is taken, as before.
    const QString none = writeWorkbook(QStringLiteral("no-users.xlsx"), "", summary);
    const ImportResult fallback = TableReader::read(none);
    QVERIFY2(fallback.ok(), qPrintable(fallback.error.toString()));
    QCOMPARE(fallback.sheet, QStringLiteral("Users"));
}

void TestFormats::damagedFirstSheetStops()
{
    // A damaged first sheet is an error naming that sheet, with every sheet listed for the window's picker.
    const QString path = writeWorkbook(QStringLiteral("damaged-first.xlsx"), "<row><c><v>1</v></row>",
                                       inlineRow(1, {"Email", "Name"}) + inlineRow(2, {"a@example.com", "A"}));
    const ImportResult result = TableReader::read(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.sheet, QStringLiteral("Cover"));
    QCOMPARE(result.sheets.size(), 2);
    QVERIFY2(result.error.message.contains(QLatin1String("not valid XML")), qPrintable(result.error.message));
}

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"

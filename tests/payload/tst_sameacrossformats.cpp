// The same users saved as CSV, XLSX, ODS, XLS (tests/data/xls/users.xls, see its make-xls.py) and JSON: every
// reader gives the same table, cell for cell (numbers, a date, accents, an empty cell, a cover sheet passed over),
// and `torii-sync-cli convert --auto` writes byte-identical payloads from all five.
#include "clirunner.h"
#include "import/table.h"
#include "import/tablereader.h"
#include "odsfixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace Qt::StringLiterals;

class TestSameAcrossFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameTable();
    void samePayload();

private:
    QString write(const QString& name, const QByteArray& bytes);
    QString writeXlsx();
    QString writeOds();

    QTemporaryDir m_dir;
    QStringList m_files;
};

namespace
{
    const QByteArray Csv = "Email,First Name,Employee ID,Manager,Joined\n"
                           "ana@example.com,Ana María,1001,taro@example.com,2021-03-01\n"
                           "taro@example.com,太郎,1002,,2022-11-30\n"
                           "\"o'brien@example.com\",\"O'Brien, Jr.\",1003,ana@example.com,2024-02-29\n";
    const QByteArray Json = R"([
        {"Email": "ana@example.com", "First Name": "Ana María", "Employee ID": 1001, "Manager": "taro@example.com",
         "Joined": "2021-03-01"},
        {"Email": "taro@example.com", "First Name": "太郎", "Employee ID": 1002, "Manager": null,
         "Joined": "2022-11-30"},
        {"Email": "o'brien@example.com", "First Name": "O'Brien, Jr.", "Employee ID": 1003,
         "Manager": "ana@example.com", "Joined": "2024-02-29"}])";

    QList<QStringList> cells(const Table& table)
    {
        QList<QStringList> rows {table.columnNames()};
        for (qsizetype row = 0; row < table.rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < table.columnCount(); ++column)
                cells.append(table.cell(row, column));
            rows.append(cells);
        }
        return rows;
    }
} // namespace

void TestSameAcrossFormats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_files = {write(u"users.csv"_s, Csv), writeXlsx(), writeOds(),
               QStringLiteral(TORIISYNC_SOURCE_DIR "/tests/data/xls/users.xls"), write(u"users.json"_s, Json)};
}

QString TestSameAcrossFormats::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestSameAcrossFormats::writeXlsx()
{
    // As Excel saves it: shared strings, numbers, the date as a serial under a date style, a cover sheet first.
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const auto s = [](int index) -> QByteArray { return "<c t=\"s\"><v>" + QByteArray::number(index) + "</v></c>"; };
    const auto n = [](const char* value, bool date = false) -> QByteArray {
        return QByteArray(date ? "<c s=\"1\"><v>" : "<c><v>") + value + "</v></c>";
    };
    const QByteArray users = "<row r=\"1\">" + s(0) + s(1) + s(2) + s(3) + s(4) + "</row><row r=\"2\">" + s(5) + s(6) +
        n("1001") + s(7) + n("44256", true) + "</row><row r=\"3\">" + s(7) + s(8) + n("1002") + "<c/>" +
        n("44895", true) + "</row><row r=\"4\">" + s(9) + s(10) + n("1003") + s(5) + n("45351", true) + "</row>";
    QByteArray strings = "<sst xmlns=\"" + main + "\">";
    for (const char* text : {"Email", "First Name", "Employee ID", "Manager", "Joined", "ana@example.com", "Ana María",
                             "taro@example.com", "太郎", "o'brien@example.com", "O'Brien, Jr.", "Licence report"})
        strings += "<si><t>" + QByteArray(text) + "</t></si>";
    const QList<QPair<QString, QByteArray>> parts = {
        {u"xl/workbook.xml"_s,
         "<workbook xmlns=\"" + main +
             "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
             "<sheet name=\"Cover\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Users\" sheetId=\"2\" r:id=\"rId2\"/>"
             "</sheets></workbook>"},
        {u"xl/_rels/workbook.xml.rels"_s,
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"ws\" Target=\"worksheets/sheet1.xml\"/>"
         "<Relationship Id=\"rId2\" Type=\"ws\" Target=\"worksheets/sheet2.xml\"/>"
         "<Relationship Id=\"rId3\" Type=\"st\" Target=\"styles.xml\"/>"
         "<Relationship Id=\"rId4\" Type=\"ss\" Target=\"sharedStrings.xml\"/></Relationships>"},
        {u"xl/styles.xml"_s,
         "<styleSheet xmlns=\"" + main +
             "\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" "
             "applyNumberFormat=\"1\"/></cellXfs></styleSheet>"},
        {u"xl/sharedStrings.xml"_s, strings + "</sst>"},
        {u"xl/worksheets/sheet1.xml"_s,
         "<worksheet xmlns=\"" + main + "\"><sheetData><row r=\"1\">" + s(11) + "</row></sheetData></worksheet>"},
        {u"xl/worksheets/sheet2.xml"_s,
         "<worksheet xmlns=\"" + main + "\"><sheetData>" + users + "</sheetData></worksheet>"},
    };
    const QString path = m_dir.filePath(u"users.xlsx"_s);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create zip");
    for (const auto& [entry, data] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry)) || file.write(data) != data.size())
            qFatal("cannot add zip entry");
    }
    zip.close();
    return path;
}

QString TestSameAcrossFormats::writeOds()
{
    using namespace OdsFixture;
    const QByteArray users =
        OdsFixture::row({text("Email"), text("First Name"), text("Employee ID"), text("Manager"), text("Joined")}) +
        OdsFixture::row({text("ana@example.com"), text("Ana María"), number("1001"), text("taro@example.com"),
                         date("2021-03-01", "03/01/21")}) +
        OdsFixture::row({text("taro@example.com"), text("太郎"), number("1002"), {}, date("2022-11-30", "11/30/22")}) +
        OdsFixture::row({text("o&apos;brien@example.com"), text("O'Brien, Jr."), number("1003"),
                         text("ana@example.com"), date("2024-02-29", "02/29/24")}) +
        trailingRows(4);
    const QString path = m_dir.filePath(u"users.ods"_s);
    if (!OdsFixture::write(path, content({{u"Cover"_s, textRows({{"Licence report"}})}, {u"Users"_s, users}})))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestSameAcrossFormats::sameTable()
{
    const ImportResult csv = TableReader::read(m_files.constFirst());
    QVERIFY2(csv.ok(), qPrintable(csv.error.toString()));
    const QList<QStringList> expected = cells(*csv.table);
    QCOMPARE(expected.size(), 4);
    for (const QString& file : std::as_const(m_files)) {
        const ImportResult result = TableReader::read(file);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(cells(*result.table), expected);
    }
}

void TestSameAcrossFormats::samePayload()
{
    QByteArray first;
    for (const QString& file : std::as_const(m_files)) {
        const QString out = m_dir.filePath(QFileInfo(file).fileName() + u".payload.json"_s);
        const CliRunner::Run run = CliRunner().run({u"convert"_s, file, u"--auto"_s, u"--out"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(file + u": "_s + run.err));
        QFile payload(out);
        QVERIFY(payload.open(QIODevice::ReadOnly));
        const QByteArray bytes = payload.readAll();
        QVERIFY2(bytes.contains("O'Brien, Jr.") && bytes.contains("太郎"), bytes.constData());
        if (first.isEmpty())
            first = bytes;
        QVERIFY2(bytes == first, qPrintable(file + u" differs:\n"_s + QString::fromUtf8(bytes)));
    }
}

QTEST_GUILESS_MAIN(TestSameAcrossFormats)
#include "tst_sameacrossformats.moc"

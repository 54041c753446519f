// The fast paths of the XLSX reader (XlsxSheetMarkup's rows and cells, XlsxWorkbook's plain shared strings) give
// exactly what the general XmlScanner path gives. Every workbook is written twice: once in the shapes the fast path
// takes, once with the same content in shapes that only the general path takes (single-quoted attributes, spaced
// end tags). Both are parsed by XlsxSheetParser and compared byte for byte: cells, records, sheet rows, blank
// rows, and the error with its row when a bound stops the sheet.
#include "import/boundeddevice.h"
#include "import/xlsxarchive.h"
#include "import/xlsxpartstream.h"
#include "import/xlsxsheetparser.h"
#include "import/xlsxworkbook.h"
#include "zipfixture.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace
{
    enum class Shape
    {
        Fast,
        General
    };

    using Attribute = QPair<QByteArray, QByteArray>;

    struct Parsed
    {
        QString loadError;
        XlsxSheetParser::Result result;
    };

    // One cell: attributes (name, value) in order, and its content between the tags (none: self-closing).
    struct Cell
    {
        QList<Attribute> attributes;
        QByteArray content;
        bool selfClosing = false;
    };

    struct Row
    {
        QList<Attribute> attributes;
        QList<Cell> cells;
    };

    QByteArray tag(const QByteArray& name, const QList<Attribute>& attributes, Shape shape)
    {
        QByteArray out = '<' + name;
        const char quote = shape == Shape::Fast ? '"' : '\'';
        for (const auto& [key, value] : attributes)
            out += ' ' + key + '=' + quote + value + quote;
        if (shape == Shape::General)
            out += " x='1'"; // never a tag the fast path takes, even one without attributes
        return out;
    }

    QByteArray sheetXml(const QList<Row>& rows, Shape shape, const QByteArray& between = {})
    {
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                         "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        for (const Row& row : rows) {
            xml += tag("row", row.attributes, shape) + '>';
            for (const Cell& cell : row.cells) {
                xml += tag("c", cell.attributes, shape);
                xml += cell.selfClosing ? QByteArray("/>") : '>' + cell.content + "</c>";
            }
            xml += (shape == Shape::Fast ? "</row>" : "</row >") + between;
        }
        return xml + "</sheetData></worksheet>";
    }

    QByteArray sharedStringsXml(const QList<QByteArray>& items, Shape shape)
    {
        QByteArray xml = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                         "main\">";
        for (const QByteArray& item : items) {
            // An item given as markup (rich text, a self-closing <t/>) is written as is; text goes in a <t>.
            if (item.startsWith("<"))
                xml += "<si>" + item + "</si>";
            else if (shape == Shape::Fast)
                xml += "<si><t>" + item + "</t></si>";
            else
                xml += "<si><t >" + item + "</t ></si>";
        }
        return xml + "</sst>";
    }

    QList<ZipFixture::Part> workbookParts(const QByteArray& sheet, const QByteArray& sharedStrings)
    {
        const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        return {
            {QStringLiteral("xl/workbook.xml"),
             "<workbook xmlns=\"" + main + "\"><sheets><sheet name=\"Users\" sheetId=\"1\"/></sheets></workbook>"},
            {QStringLiteral("xl/styles.xml"),
             "<styleSheet xmlns=\"" + main +
                 "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm:ss\"/>"
                 "</numFmts><cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
                 "<xf numFmtId=\"49\"/><xf numFmtId=\"20\"/></cellXfs></styleSheet>"},
            {QStringLiteral("xl/sharedStrings.xml"), sharedStrings},
            {QStringLiteral("xl/worksheets/sheet1.xml"), sheet},
        };
    }

    Parsed parse(const QString& path)
    {
        Parsed parsed;
        XlsxArchive archive(path);
        XlsxWorkbook workbook;
        if (!archive.open(&parsed.loadError) || !workbook.load(archive, &parsed.loadError))
            return parsed;
        const QString part = workbook.sheetPath(workbook.sheetNames().constFirst());
        std::unique_ptr<BoundedDevice> device = archive.stream(part, &parsed.loadError);
        if (!device)
            return parsed;
        XlsxPartStream stream(std::move(device));
        parsed.result = XlsxSheetParser::parse(&stream, archive.uncompressedSize(part), workbook, {}, nullptr, 0, {});
        return parsed;
    }

    std::vector<quint32> values(const PackedIndex& index)
    {
        std::vector<quint32> out;
        for (size_t i = 0; i < index.size(); ++i)
            out.push_back(index[i]);
        return out;
    }

    QByteArray columnName(int column)
    {
        QByteArray name;
        for (++column; column > 0; column = (column - 1) / 26)
            name.prepend(char('A' + (column - 1) % 26));
        return name;
    }
} // namespace

class TestXlsxFastPath : public QObject
{
    Q_OBJECT

private slots:
    void randomSheets_data();
    void randomSheets();
    void sharedStrings_data();
    void sharedStrings();
    void bounds_data();
    void bounds();

private:
    // Writes the workbook in both shapes, parses both and checks they agree; the fast shape's result.
    Parsed both(const QList<Row>& rows, const QList<QByteArray>& strings, const QByteArray& between = {});

    QTemporaryDir m_dir;
};

Parsed TestXlsxFastPath::both(const QList<Row>& rows, const QList<QByteArray>& strings, const QByteArray& between)
{
    const QString fastPath = m_dir.filePath(QStringLiteral("fast.xlsx"));
    const QString generalPath = m_dir.filePath(QStringLiteral("general.xlsx"));
    if (!ZipFixture::write(
            fastPath, workbookParts(sheetXml(rows, Shape::Fast, between), sharedStringsXml(strings, Shape::Fast))) ||
        !ZipFixture::write(
            generalPath,
            workbookParts(sheetXml(rows, Shape::General, between), sharedStringsXml(strings, Shape::General))))
        qFatal("cannot write the workbooks");
    Parsed fast = parse(fastPath);
    const Parsed general = parse(generalPath);
    [&] {
        QCOMPARE(fast.loadError, general.loadError);
        const XlsxSheetParser::Result& a = fast.result;
        const XlsxSheetParser::Result& b = general.result;
        QCOMPARE(a.error.message, b.error.message);
        QCOMPARE(a.error.line, b.error.line);
        QCOMPARE(a.blankLines, b.blankLines);
        QCOMPARE(values(a.storage.recordLine), values(b.storage.recordLine));
        QCOMPARE(values(a.storage.recordFirstCell), values(b.storage.recordFirstCell));
        QCOMPARE(values(a.storage.cellEnds), values(b.storage.cellEnds));
        QCOMPARE(a.storage.bytes, b.storage.bytes);
    }();
    return fast;
}

void TestXlsxFastPath::randomSheets_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QByteArray>("between");
    QTest::newRow("small") << 1u << 40 << QByteArray();
    QTest::newRow("line ends between rows") << 2u << 300 << QByteArray("\n  ");
    QTest::newRow("several chunks") << 3u << 12000 << QByteArray(); // cells cut by the chunks' ends
}

void TestXlsxFastPath::randomSheets()
{
    QFETCH(quint32, seed);
    QFETCH(int, rows);
    QFETCH(QByteArray, between);
    QRandomGenerator random(seed);
    const QList<QByteArray> strings = {"Email",
                                       "user@example.com",
                                       "O'Brien",
                                       "Zo\xC3\xAB N\xC3\xBA\xC3\xB1"
                                       "ez",
                                       "a &amp; b &lt;c&gt;",
                                       "line\r\nend",
                                       "tab\there",
                                       "<r><t>Ri</t></r><r><t xml:space=\"preserve\">ch </t></r><rPh><t>p</t></rPh>",
                                       "<t/>",
                                       "",
                                       "  spaced  ",
                                       "&#x41;&#66;"};
    // <v> contents: digits, decimals, serials, values with spaces, entities, line ends, non-ASCII, junk.
    const QList<QByteArray> numbers = {"0",
                                       "123",
                                       "12.50",
                                       "-0",
                                       "0.30000000000000004",
                                       "1.5E-7",
                                       "4155550101",
                                       " 42 ",
                                       "abc",
                                       "1e400",
                                       "45392",
                                       "45392.75",
                                       "0.5",
                                       "59",
                                       "60",
                                       "61",
                                       "2958465",
                                       "2958466",
                                       "-5",
                                       "46330.99791666667",
                                       "46115.313888888886",
                                       "0.99999999",
                                       "1&#48;",
                                       "7\r\n",
                                       "\xC2\xB9",
                                       "+3",
                                       ".5",
                                       "5.",
                                       "007"};
    const QList<QByteArray> texts = {"text", "a &amp; b", "caf\xC3\xA9", "line\r\nend", "#N/A", " 1 ", "1", "0"};
    const QList<QByteArray> types = {"", "s", "n", "b", "str", "e", "d", "inlineStr", "S"};
    QList<Row> sheet;
    int number = 0;
    for (int r = 0; r < rows; ++r) {
        Row row;
        const quint32 rowKind = random.bounded(20);
        number += rowKind == 0 ? int(random.bounded(5)) + 2 : 1;
        if (rowKind == 1)
            number = std::max(1, number - 3); // a number going back is ignored: the next row
        if (rowKind != 2)
            row.attributes.append(Attribute("r", QByteArray::number(number)));
        if (random.bounded(2) == 0)
            row.attributes.append(Attribute("spans", "1:8"));
        if (rowKind == 3)
            row.attributes.append(Attribute("r", "99")); // a second r: the first counts
        int column = 0;
        const int cells = int(random.bounded(10));
        for (int c = 0; c < cells; ++c) {
            Cell cell;
            const quint32 placement = random.bounded(30);
            column += placement == 0 ? int(random.bounded(40)) + 1 : 1;
            if (placement == 1 && random.bounded(15) == 0) // rare: the gap bound allows 4 Mi empty cells
                column = 16383;                            // XFD
            if (placement == 2)
                column = std::max(0, column - 3);
            const bool last = column >= 16383; // XFD ends the row: a cell after it is an error
            column = std::min(column, 16383);
            QByteArray reference = columnName(column) + QByteArray::number(number);
            if (placement == 3)
                reference = reference.toLower();
            if (placement != 4)
                cell.attributes.append(Attribute("r", reference));
            const QByteArray type = types.at(int(random.bounded(types.size())));
            const quint32 style = random.bounded(6);
            if (style < 5 && random.bounded(3) > 0)
                cell.attributes.append(Attribute("s", QByteArray::number(style)));
            if (!type.isEmpty())
                cell.attributes.append(Attribute("t", type));
            if (random.bounded(8) == 0)
                cell.attributes.append(Attribute("cm", "1"));
            if (cell.attributes.size() > 1 && random.bounded(12) == 0)
                std::swap(cell.attributes.first(), cell.attributes.last());
            const quint32 content = random.bounded(12);
            if (content == 0) {
                cell.selfClosing = true;
            } else if (content == 1) {
                cell.content = {};
            } else if (type == "inlineStr" || content == 2) {
                cell.content = "<is><t>" + texts.at(int(random.bounded(texts.size()))) + "</t></is>";
            } else if (type == "s") {
                cell.content = "<v>" + QByteArray::number(random.bounded(strings.size())) + "</v>";
            } else if (type == "str" || type == "e" || type == "d" || type == "b") {
                cell.content = "<v>" + texts.at(int(random.bounded(texts.size()))) + "</v>";
            } else if (content == 3) {
                cell.content = "<f>A1+1</f><v>2</v>";
            } else if (content == 4) {
                const double serial = random.bounded(60000.0);
                cell.content = "<v>" + QByteArray::number(serial, 'g', 10 + int(random.bounded(8))) + "</v>";
            } else {
                cell.content = "<v>" + numbers.at(int(random.bounded(numbers.size()))) + "</v>";
            }
            row.cells.append(cell);
            if (last)
                break;
        }
        sheet.append(row);
    }
    const Parsed parsed = both(sheet, strings, between);
    // Whole sheets compared, not a few rows before an error.
    QCOMPARE(parsed.result.error.message, QString());
    QVERIFY(parsed.result.storage.recordLine.size() > size_t(rows) / 2);
}

void TestXlsxFastPath::sharedStrings_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QByteArray("plain") << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("non-ASCII") << QByteArray("Jos\xC3\xA9 \xE3\x81\xB5") << true;
    QTest::newRow("entities") << QByteArray("a &amp; b &#x41;") << true;
    QTest::newRow("line ends") << QByteArray("a\r\nb\rc\nd") << true;
    QTest::newRow("tab and '>'") << QByteArray("a\tb > c") << true;
    QTest::newRow("preserved") << QByteArray("<t xml:space=\"preserve\"> a </t>") << true;
    QTest::newRow("self-closing") << QByteArray("<t/>") << true;
    QTest::newRow("invalid UTF-8") << QByteArray("bad \xFF byte") << false;
    QTest::newRow("control character") << QByteArray("bell \x07") << false;
    QTest::newRow("undeclared entity") << QByteArray("&nope;") << false;
}

void TestXlsxFastPath::sharedStrings()
{
    QFETCH(QByteArray, item);
    QFETCH(bool, valid);
    Row row;
    row.attributes.append(Attribute("r", "1"));
    for (int i = 0; i < 3; ++i) {
        Cell cell;
        cell.attributes = {{"r", columnName(i) + "1"}, {"t", "s"}};
        cell.content = "<v>" + QByteArray::number(i) + "</v>";
        row.cells.append(cell);
    }
    const Parsed parsed = both({row}, {"before", item, "after"});
    QCOMPARE(parsed.loadError.isEmpty(), valid);
    if (valid)
        QCOMPARE(values(parsed.result.storage.recordLine), std::vector<quint32> {1});
}

void TestXlsxFastPath::bounds_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing shared string") << 0 << QStringLiteral("shared string 7");
    QTest::newRow("column beyond XFD") << 1 << QStringLiteral("16384 columns");
    QTest::newRow("row beyond Excel's limit") << 2 << QStringLiteral("1048576 rows");
    QTest::newRow("gaps to XFD") << 3 << QStringLiteral("jumps to column 16384");
    QTest::newRow("huge row") << 4 << QStringLiteral("16 MiB of text");
}

void TestXlsxFastPath::bounds()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    const auto cell = [](const QByteArray& reference, const QByteArray& type, const QByteArray& value) {
        Cell c;
        c.attributes = {{"r", reference}, {"t", type}};
        c.content = "<v>" + value + "</v>";
        return c;
    };
    QList<QByteArray> strings = {"Email", "x"};
    QList<Row> rows;
    Row first;
    first.attributes = {{"r", "1"}};
    first.cells = {cell("A1", "s", "0"), cell("B1", "s", "1")};
    rows.append(first);
    if (kind == 0) {
        Row row;
        row.attributes = {{"r", "2"}};
        row.cells = {cell("A2", "s", "1"), cell("B2", "s", "7")};
        rows.append(row);
    } else if (kind == 1) {
        Row row;
        row.attributes = {{"r", "2"}};
        row.cells = {cell("A2", "s", "1"), cell("XFE2", "n", "1")};
        rows.append(row);
    } else if (kind == 2) {
        Row row;
        row.attributes = {{"r", "1048577"}};
        row.cells = {cell("A1048577", "s", "1")};
        rows.append(row);
    } else if (kind == 3) {
        // Each row: A and XFD, 16382 empty cells between; the gap budget (4 Mi + 32 a cell) runs out at row ~258.
        for (int r = 2; r < 400; ++r) {
            Row row;
            const QByteArray n = QByteArray::number(r);
            row.attributes = {{"r", n}};
            row.cells = {cell("A" + n, "s", "1"), cell("XFD" + n, "n", "1")};
            rows.append(row);
        }
    } else {
        strings.append(QByteArray(1 << 20, 'w'));
        Row row;
        row.attributes = {{"r", "2"}};
        for (int c = 0; c < 20; ++c)
            row.cells.append(cell(columnName(c) + "2", "s", "2"));
        rows.append(row);
    }
    const Parsed parsed = both(rows, strings);
    QVERIFY2(parsed.result.error.message.contains(message), qPrintable(parsed.result.error.message));
}

QTEST_GUILESS_MAIN(TestXlsxFastPath)
#include "tst_xlsxfastpath.moc"

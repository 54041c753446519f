// The CSV side of import: RFC 4180 edge cases, each encoding, Excel's sep= line, title and footer rows,
// user overrides, bad input with a clear error and place, cancel, progress, preview, and a large generated file.
#include "import/csvparser.h"
#include "import/sourceline.h"
#include "import/table.h"
#include "import/tablereader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using Records = QList<QStringList>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void rfc4180_data();
    void rfc4180();
    void textAfterQuoteReported();
    void rowAtSourceLine();
    void encodings_data();
    void encodings();
    void sepLine();
    void titleAndFooterRows();
    void overrides();
    void forcedUtf8OnInvalidBytes();
    void utf8WithStrayByte_data();
    void utf8WithStrayByte();
    void badInput_data();
    void badInput();
    void hugeLineWithoutNewline();
    void halvesReadOnTwoThreads();
    void cancel();
    void progressAndPreview();
    void largeFileFitsInTwiceItsSize();
    void randomInputKeepsInvariants();
    void rowUtf8MatchesCellUtf8();

private:
    QString write(const QByteArray& bytes, const QString& name = QStringLiteral("in.csv"));
    static Records records(const CsvParser::Result& result);

    QTemporaryDir m_dir;
};

QString TestCsvReader::write(const QByteArray& bytes, const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

Records TestCsvReader::records(const CsvParser::Result& result)
{
    const TableStorage& st = result.storage;
    Records list;
    for (size_t r = 0; r + 1 < st.recordFirstCell.size(); ++r) {
        QStringList cells;
        for (quint32 i = st.recordFirstCell[r]; i < st.recordFirstCell[r + 1]; ++i) {
            const quint32 begin = i == 0 ? 0 : st.cellEnds[i - 1];
            cells.append(QString::fromUtf8(st.bytes.constData() + begin, st.cellEnds[i] - begin));
        }
        list.append(cells);
    }
    return list;
}

void TestCsvReader::rfc4180_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");
    const auto s = [](const char* text) { return QString::fromUtf8(text); };
    QTest::newRow("crlf") << QByteArray("a,b\r\nc,d\r\n") << Records {{s("a"), s("b")}, {s("c"), s("d")}};
    QTest::newRow("no final newline") << QByteArray("a,b\nc,d") << Records {{s("a"), s("b")}, {s("c"), s("d")}};
    QTest::newRow("bare CR") << QByteArray("a,b\rc,d\r") << Records {{s("a"), s("b")}, {s("c"), s("d")}};
    QTest::newRow("delimiter in quotes") << QByteArray("\"a,b\",c\n") << Records {{s("a,b"), s("c")}};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << Records {{s("say \"hi\""), s("x")}};
    QTest::newRow("only a doubled quote") << QByteArray("\"\"\"\",x\n") << Records {{s("\""), s("x")}};
    QTest::newRow("LF in quotes") << QByteArray("\"a\nb\",c\n") << Records {{s("a\nb"), s("c")}};
    QTest::newRow("CRLF in quotes") << QByteArray("\"a\r\nb\",c\r\n") << Records {{s("a\r\nb"), s("c")}};
    QTest::newRow("empty quoted cell") << QByteArray("\"\",x\n") << Records {{s(""), s("x")}};
    QTest::newRow("trailing delimiter") << QByteArray("a,b,\n") << Records {{s("a"), s("b"), s("")}};
    QTest::newRow("trailing delimiter at EOF") << QByteArray("a,b,") << Records {{s("a"), s("b"), s("")}};
    QTest::newRow("quote inside unquoted cell") << QByteArray("ab\"c,d\n") << Records {{s("ab\"c"), s("d")}};
    QTest::newRow("quoted cell at EOF") << QByteArray("a,\"b\"") << Records {{s("a"), s("b")}};
    QTest::newRow("blank lines dropped") << QByteArray("a\n\n  \nb\n") << Records {{s("a")}, {s("b")}};
    QTest::newRow("empty cells kept") << QByteArray("a,,c\n,,x\n")
                                      << Records {{s("a"), s(""), s("c")}, {s(""), s(""), s("x")}};
    QTest::newRow("utf8 multibyte") << QByteArray("Zoë,東京\n") << Records {{s("Zoë"), s("東京")}};
}

void TestCsvReader::rfc4180()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    const CsvParser::Result result = CsvParser::parse(input, {});
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(records(result), expected);
}

void TestCsvReader::textAfterQuoteReported()
{
    const CsvParser::Result result = CsvParser::parse(QByteArray("h\n\"ab\"cd,e\n"), {});
    QCOMPARE(records(result), (Records {{QStringLiteral("h")}, {QStringLiteral("abcd"), QStringLiteral("e")}}));
    QCOMPARE(result.textAfterQuoteCount, 1);
    QCOMPARE(result.textAfterQuote.front(), 2u);
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");
    const QString text = QStringLiteral("Name,City\nZoë Ødegård,Köln €\nTarō,東京\n");
    const auto encode = [&](QStringConverter::Encoding encoding) {
        QStringEncoder encoder(encoding);
        return QByteArray(encoder.encode(text));
    };
    QTest::newRow("utf8") << encode(QStringConverter::Utf8) << QStringLiteral("UTF-8") << false;
    QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF") + encode(QStringConverter::Utf8) << QStringLiteral("UTF-8")
                              << true;
    QTest::newRow("utf16le bom") << QByteArray("\xFF\xFE") + encode(QStringConverter::Utf16LE)
                                 << QStringLiteral("UTF-16LE") << true;
    QTest::newRow("utf16be bom") << QByteArray("\xFE\xFF") + encode(QStringConverter::Utf16BE)
                                 << QStringLiteral("UTF-16BE") << true;
    QTest::newRow("utf16le no bom") << encode(QStringConverter::Utf16LE) << QStringLiteral("UTF-16LE") << false;
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(bool, bom);
    const ImportResult result = TableReader::read(write(bytes));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(Dialect::encodingName(result.dialect.encoding), encoding);
    QCOMPARE(result.dialect.bom, bom);
    QCOMPARE(result.table->columnNames(), (QStringList {QStringLiteral("Name"), QStringLiteral("City")}));
    QCOMPARE(result.table->cell(0, 0), QStringLiteral("Zoë Ødegård"));
    QCOMPARE(result.table->cell(0, 1), QStringLiteral("Köln €"));
    QCOMPARE(result.table->cell(1, 1), QStringLiteral("東京"));
}

void TestCsvReader::sepLine()
{
    const ImportResult result = TableReader::read(write("sep=;\r\nEmail;Name\r\na@example.com;A, B\r\n"));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.dialect.delimiter, QLatin1Char(';'));
    QVERIFY(result.dialect.sepLine);
    QCOMPARE(result.dialect.headerRow, 1); // the sep= line is not a row
    QCOMPARE(result.table->columnNames(), (QStringList {QStringLiteral("Email"), QStringLiteral("Name")}));
    QCOMPARE(result.table->cell(0, 1), QStringLiteral("A, B"));
    QCOMPARE(result.table->sourceLine(0), 3);
}

void TestCsvReader::rowAtSourceLine()
{
    // Line 1 is the header, the second record spans lines 3-4: lines map to the row that starts there or next.
    const ImportResult result =
        TableReader::read(write("Email,Note\na@x.test,one\nb@x.test,\"two\nlines\"\nc@x.test,three\n"));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const Table& t = *result.table;
    QCOMPARE(t.rowCount(), 3);
    QCOMPARE(SourceLine::rowAt(t, 1), 0);
    QCOMPARE(SourceLine::rowAt(t, 2), 0);
    QCOMPARE(SourceLine::rowAt(t, 3), 1);
    QCOMPARE(SourceLine::rowAt(t, 4), 2);
    QCOMPARE(SourceLine::rowAt(t, 5), 2);
    QCOMPARE(SourceLine::rowAt(t, 6), -1);
}

void TestCsvReader::titleAndFooterRows()
{
    const QByteArray text = "Users report\n"
                            "Generated 2026-04-10 by admin\n"
                            "\n"
                            "Email,Name,Status,Role\n"
                            "a@example.com,A,Active,Admin\n"
                            "b@example.com,B,Suspended,Member\n"
                            "c@example.com,C,Active,\n"
                            "\n"
                            "\"Total\",\"3\"\n"
                            "\"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.\"\n"
                            "\"Confidential Information - Do Not Distribute\"\n";
    const ImportResult result = TableReader::read(write(text));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.dialect.headerRow, 4);
    QCOMPARE(result.dialect.titleRows, 2);
    QCOMPARE(result.dialect.footerRows, 3);
    QCOMPARE(result.table->columnNames().constFirst(), QStringLiteral("Email"));
    QCOMPARE(result.table->rowCount(), 3);
    QCOMPARE(result.table->cell(2, 0), QStringLiteral("c@example.com"));
    int titles = 0;
    int footers = 0;
    for (const ImportNotice& notice : result.notices) {
        titles += notice.kind == ImportNotice::Kind::SkippedTitleRow;
        footers += notice.kind == ImportNotice::Kind::FooterRow;
    }
    QCOMPARE(titles, 2);
    QCOMPARE(footers, 3);
    QVERIFY(result.notices.constFirst().message.contains(QStringLiteral("Users report")));

    // A short last row that is just data (no blank line, no footer word) stays a row.
    const ImportResult plain = TableReader::read(write("a,b,c\n1,2,3\nx,,\n"));
    QVERIFY(plain.ok());
    QCOMPARE(plain.table->rowCount(), 2);
    QCOMPARE(plain.dialect.footerRows, 0);
}

void TestCsvReader::overrides()
{
    const QString path = write("Title line\nEmail;Name,Full\na@example.com;A,B\nb@example.com;C,D\n");
    ImportOptions options;
    options.delimiter = QLatin1Char(',');
    ImportResult result = TableReader::read(path, options);
    QVERIFY(result.ok());
    QCOMPARE(result.dialect.delimiter, QLatin1Char(','));
    QCOMPARE(result.table->columnNames(), (QStringList {QStringLiteral("Email;Name"), QStringLiteral("Full")}));

    options.delimiter = QLatin1Char(';');
    options.headerRow = 1;
    result = TableReader::read(path, options);
    QVERIFY(result.ok());
    QCOMPARE(result.dialect.headerRow, 1);
    QCOMPARE(result.table->columnNames(), (QStringList {QStringLiteral("Title line")}));
    QCOMPARE(result.table->rowCount(), 3);

    options.headerRow = 2;
    result = TableReader::read(path, options);
    QVERIFY(result.ok());
    QCOMPARE(result.table->columnNames(), (QStringList {QStringLiteral("Email"), QStringLiteral("Name,Full")}));
    QCOMPARE(result.table->rowCount(), 2);

    // Forcing Windows-1252 on UTF-8 text is obeyed (the user sees the mojibake and can switch back).
    ImportOptions latin;
    latin.encoding = Dialect::Encoding::Windows1252;
    result = TableReader::read(write("Name\nZoë\n"), latin);
    QVERIFY(result.ok());
    QCOMPARE(result.table->cell(0, 0), QStringLiteral("ZoÃ«"));

    options.headerRow = 99;
    result = TableReader::read(path, options);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(QStringLiteral("99")), qPrintable(result.error.message));
}

void TestCsvReader::forcedUtf8OnInvalidBytes()
{
    const QByteArray bytes = "Name,City\nAna,Madrid\nJos\xE9,M\xE1laga\n";
    const QString path = write(bytes);
    ImportResult result = TableReader::read(path);
    QVERIFY(result.ok());
    QCOMPARE(result.dialect.encoding, Dialect::Encoding::Windows1252);
    QCOMPARE(result.table->cell(1, 0), QStringLiteral("José"));
    QVERIFY(!result.notices.isEmpty());
    QCOMPARE(result.notices.constFirst().kind, ImportNotice::Kind::EncodingGuess);

    ImportOptions options;
    options.encoding = Dialect::Encoding::Utf8;
    result = TableReader::read(path, options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.byteOffset, bytes.indexOf('\xE9'));
    QCOMPARE(result.error.line, 3);
    QVERIFY(result.error.message.contains(QStringLiteral("UTF-8")));
    QVERIFY(result.error.toString().contains(QStringLiteral("in.csv:3")));
}

void TestCsvReader::utf8WithStrayByte_data()
{
    QTest::addColumn<QByteArray>("bom");
    QTest::newRow("no BOM") << QByteArray();
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF");
}

void TestCsvReader::utf8WithStrayByte()
{
    // Issue #21/5: one Windows-1252 byte in a UTF-8 file turned all 1,000 names into mojibake ("JÃ¼rgen")
    // with no warning. The UTF-8 stays UTF-8; the stray byte is read as Windows-1252 and its line flagged.
    QFETCH(QByteArray, bom);
    QByteArray bytes = bom + "Email,Name\n";
    for (int i = 0; i < 1000; ++i)
        bytes += "u" + QByteArray::number(i) + "@example.com,J\xC3\xBCrgen\n";
    bytes += "jose@example.com,Jos\xE9\n"; // line 1002, edited in a Windows program
    const ImportResult result = TableReader::read(write(bytes));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.dialect.encoding, Dialect::Encoding::Utf8);
    QCOMPARE(result.table->cell(0, 1), QStringLiteral("Jürgen"));
    QCOMPARE(result.table->cell(999, 1), QStringLiteral("Jürgen"));
    QCOMPARE(result.table->cell(1000, 1), QStringLiteral("José"));
    QCOMPARE(result.notices.size(), 1);
    QCOMPARE(result.notices.constFirst().kind, ImportNotice::Kind::EncodingGuess);
    QCOMPARE(result.notices.constFirst().line, 1002);
    QVERIFY(result.notices.constFirst().message.contains(QStringLiteral("UTF-8")));
}

void TestCsvReader::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty.csv") << QStringLiteral("empty") << 0ll << -1ll;
    QTest::newRow("only blank lines") << QByteArray("\n\r\n  \n") << QStringLiteral("blank.csv")
                                      << QStringLiteral("empty") << 0ll << -1ll;
    QTest::newRow("only a header") << QByteArray("Email,Name\r\n") << QStringLiteral("header.csv")
                                   << QStringLiteral("no data rows") << 1ll << -1ll;
    QByteArray binary("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    QTest::newRow("binary") << binary << QStringLiteral("logo.csv") << QStringLiteral("not a text file") << 0ll << 8ll;
    QTest::newRow("ole2 encrypted") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", 13)
                                    << QStringLiteral("users.xlsx") << QStringLiteral("password-protected/encrypted")
                                    << 0ll << -1ll;
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"open\n2,3\n") << QStringLiteral("quote.csv")
                                        << QStringLiteral("never closed") << 2ll << 6ll;
    QTest::newRow("too many cells") << QByteArray("a\n") + QByteArray(20000, ',') + "\n"
                                    << QStringLiteral("wide.csv") << QStringLiteral("16384") << 2ll << 2ll;
    QTest::newRow("odd utf16") << QByteArray("\xFF\xFE"
                                             "a\0,\0b\0\n\0x",
                                             11)
                               << QStringLiteral("odd.txt") << QStringLiteral("UTF-16") << 0ll << -1ll;
}

void TestCsvReader::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, message);
    QFETCH(qint64, line);
    QFETCH(qint64, offset);
    const QString path = write(bytes, fileName);
    const ImportResult result = TableReader::read(path);
    QVERIFY(!result.ok());
    QVERIFY(!result.table);
    QVERIFY2(result.error.message.contains(message, Qt::CaseInsensitive), qPrintable(result.error.message));
    QCOMPARE(result.error.file, path);
    QCOMPARE(result.error.line, line);
    if (offset >= 0)
        QCOMPARE(result.error.byteOffset, offset);

    QVERIFY(!TableReader::read(m_dir.filePath(QStringLiteral("missing.csv"))).ok());
    QVERIFY(!TableReader::read(m_dir.path()).ok());
}

void TestCsvReader::hugeLineWithoutNewline()
{
    // 100 MB on one line: refused with the place, never parsed into millions of cells or held twice.
    const qint64 size = qint64(100) << 20;
    const QString path = m_dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray chunk(1 << 20, 'x');
        file.write("Email,Name\n");
        for (qint64 i = 0; i < size; i += chunk.size())
            file.write(chunk);
    }
    const ImportResult result = TableReader::read(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(QStringLiteral("MiB without a line break")),
             qPrintable(result.error.message));
    QCOMPARE(result.error.line, 2);
    QCOMPARE(result.error.byteOffset, 11);
    QFile::remove(path);
}

void TestCsvReader::halvesReadOnTwoThreads()
{
    // A file past TableReader's split size is read as two halves on two threads: every row comes back, a quoted
    // cell with line breaks across the middle stays one cell, and an overlong line in the back half is refused
    // at its own place.
    const int rows = 500000;
    QByteArray text = "Email,Note\n";
    const QByteArray across = '"' + QByteArray(4000, 'q') + "\n" + QByteArray(4000, 'r') + '"';
    for (int i = 0; i < rows; ++i) {
        text += "user" + QByteArray::number(i) + "@example.com,";
        text += i == rows / 2 ? across : "note " + QByteArray::number(i);
        text += '\n';
    }
    QVERIFY(text.size() > (qint64(16) << 20));
    const ImportResult result = TableReader::read(write(text, QStringLiteral("halves.csv")));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const Table& t = *result.table;
    QCOMPARE(t.rowCount(), rows);
    for (int i = 0; i < rows; ++i) {
        if (t.cellUtf8(i, 0) != QByteArray("user" + QByteArray::number(i) + "@example.com"))
            QFAIL(qPrintable(QStringLiteral("row %1 differs").arg(i)));
    }
    QCOMPARE(t.cellUtf8(rows / 2, 1), QByteArrayView(across).sliced(1, across.size() - 2));

    QByteArray overlong = text;
    const qint64 start = overlong.size(); // where the overlong line begins
    overlong += "x@example.com," + QByteArray(qint64(40) << 20, 'z') + "\nlast@example.com,end\n";
    const ImportResult refused = TableReader::read(write(overlong, QStringLiteral("overlong.csv")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.message.contains(QStringLiteral("MiB without a line break")),
             qPrintable(refused.error.message));
    QCOMPARE(refused.error.byteOffset, start);
    QCOMPARE(refused.error.line, qint64(text.count('\n')) + 1);
}

void TestCsvReader::cancel()
{
    QByteArray text = "Email,Name\n";
    for (int i = 0; i < 600000; ++i)
        text += "user" + QByteArray::number(i) + "@example.com,Name " + QByteArray::number(i) + '\n';
    QVERIFY(text.size() > (qint64(16) << 20)); // read as two halves (TableReader's split size)
    const QString path = write(text, QStringLiteral("cancel.csv"));

    CancelFlag cancelled {true};
    ImportResult result = TableReader::read(path, {}, {}, &cancelled);
    QVERIFY(result.error.cancelled);
    QVERIFY(!result.table);

    // Cancelled during the parse, from the progress callback (as a GUI click would, between chunks).
    CancelFlag flag {false};
    qint64 calls = 0;
    result = TableReader::read(
        path, {},
        [&](qint64 done, qint64 total) {
            ++calls;
            if (done > total / 2)
                flag = true;
        },
        &flag);
    QVERIFY(result.error.cancelled);
    QVERIFY(!result.ok());
    QVERIFY(calls > 0);

    // Cancelled while the halves are read (the first progress call comes after the first chunk).
    CancelFlag early {false};
    result = TableReader::read(
        path, {}, [&](qint64, qint64) { early = true; }, &early);
    QVERIFY(result.error.cancelled);
    QVERIFY(!result.table);
}

void TestCsvReader::progressAndPreview()
{
    QByteArray text = "Report title\nEmail,Name\n";
    for (int i = 0; i < 300000; ++i)
        text += "user" + QByteArray::number(i) + "@example.com,Name " + QByteArray::number(i) + '\n';
    const QString path = write(text, QStringLiteral("progress.csv"));
    QList<qint64> done;
    qint64 lastTotal = 0;
    std::shared_ptr<const Table> preview;
    int previews = 0;
    const ImportResult result = TableReader::read(
        path, {},
        [&](qint64 d, qint64 total) {
            done.append(d);
            lastTotal = total;
        },
        nullptr,
        [&](std::shared_ptr<const Table> firstRows) {
            ++previews;
            preview = std::move(firstRows);
            QVERIFY(done.size() <= 1); // before the bulk of the file is read
        });
    QVERIFY(result.ok());
    QCOMPARE(result.table->rowCount(), 300000);
    QCOMPARE(previews, 1);
    QVERIFY(preview);
    QCOMPARE(preview->columnNames(), result.table->columnNames());
    QCOMPARE(preview->rowCount(), TableReader::PreviewRows);
    QCOMPARE(preview->cell(0, 0), QStringLiteral("user0@example.com"));
    QCOMPARE(preview->sourceLine(0), 3);
    QVERIFY(done.size() >= 2);
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    QCOMPARE(done.constLast(), lastTotal);
}

void TestCsvReader::largeFileFitsInTwiceItsSize()
{
    // The gen_users.py shape, generated here (never committed): quoted cells, CRLF, UTF-8 names.
    const int rows = 300000;
    QByteArray text = "Email,First Name,Last Name,Status,Last Login,Role,License,Employee ID\r\n";
    text.reserve(rows * 100);
    const char* first[] = {"Ana María", "Taro", "Zoë", "Łukasz", "Chloé", "O'Brien"};
    const char* last[] = {"García López", "Yamada", "\"Smith, Jr.\"", "Ødegård"};
    for (int i = 0; i < rows; ++i) {
        text += "user" + QByteArray::number(i) + "@example.com," + first[i % 6] + ',' + last[i % 4] +
            ",Active,2026-04-10T04:05:00Z,\"Member;Billing\",Pro,E-" + QByteArray::number(i) + "\r\n";
    }
    const QString path = write(text, QStringLiteral("large.csv"));
    const ImportResult result = TableReader::read(path);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const Table& t = *result.table;
    QCOMPARE(t.rowCount(), rows);
    QCOMPARE(t.columnCount(), 8);
    QCOMPARE(t.cell(rows - 1, 0), QStringLiteral("user%1@example.com").arg(rows - 1));
    QCOMPARE(t.cell(2, 2), QStringLiteral("Smith, Jr."));
    QCOMPARE(t.cellUtf8(1, 5), QByteArrayView("Member;Billing"));
    QCOMPARE(t.sourceLine(rows - 1), rows + 1);
    QVERIFY2(t.memoryUsage() <= 2 * text.size(),
             qPrintable(QStringLiteral("table %1 bytes for a %2-byte file").arg(t.memoryUsage()).arg(text.size())));
}

void TestCsvReader::randomInputKeepsInvariants()
{
    // A small deterministic fuzz: quotes, delimiters, line ends, NULs and invalid UTF-8 in any order never crash
    // the parser and always leave a consistent index, complete or partial.
    QRandomGenerator random(4180);
    const char alphabet[] = {'"', '"', ',', ',', ';', '\n', '\r', ' ', 'a', 'b', '\xC3', '\xA9', '\xFF', '\0', '\t'};
    for (int round = 0; round < 2000; ++round) {
        QByteArray input(random.bounded(0, 200), Qt::Uninitialized);
        for (char& c : input)
            c = alphabet[random.bounded(int(sizeof alphabet))];
        CsvParser::Config config;
        config.partial = round % 2 == 1;
        config.maxRecordBytes = 64;
        const CsvParser::Result result = CsvParser::parse(input, config);
        const TableStorage& st = result.storage;
        QVERIFY(!st.recordFirstCell.empty());
        QCOMPARE(st.recordFirstCell.back(), quint32(st.cellEnds.size()));
        QCOMPARE(st.recordFirstCell.size(), st.recordLine.size() + 1);
        for (size_t i = 1; i < st.cellEnds.size(); ++i)
            QVERIFY(st.cellEnds[i - 1] <= st.cellEnds[i]);
        for (size_t i = 1; i < st.recordLine.size(); ++i)
            QVERIFY(st.recordLine[i - 1] <= st.recordLine[i]);
        QVERIFY(st.cellEnds.empty() || st.cellEnds.back() <= quint32(st.bytes.size()));
        if (round % 50 == 0) {
            const ImportResult read = TableReader::read(write(input, QStringLiteral("random.csv")));
            QVERIFY(read.ok() || !read.error.message.isEmpty());
        }
    }
}

void TestCsvReader::rowUtf8MatchesCellUtf8()
{
    // Table::rowUtf8 (one call per row on the mapping path) gives what cellUtf8 gives, cell by cell: ragged rows,
    // quoted cells, empty cells, rows out of range, more columns asked than the header has.
    const QByteArray csv("a,b,c\n1,\"two, quoted\",3\nshort\n,,\nx,y,z,extra\n\"multi\nline\",,end\n");
    const ImportResult r = TableReader::read(write(csv, QStringLiteral("rows.csv")));
    QVERIFY(r.ok());
    const Table& t = *r.table;
    QVERIFY(t.rowCount() >= 4);
    for (const int columns : {0, 1, 3, 5}) {
        std::vector<QByteArrayView> cells(size_t(columns) + 1, QByteArrayView("sentinel"));
        for (qsizetype row = -1; row <= t.rowCount(); ++row) {
            t.rowUtf8(row, cells.data(), columns);
            for (int column = 0; column < columns; ++column)
                QCOMPARE(cells[size_t(column)], t.cellUtf8(row, column));
            QCOMPARE(cells[size_t(columns)], QByteArrayView("sentinel")); // nothing written past `columns`
        }
    }
    std::vector<QByteArrayView> cells(3);
    t.rowUtf8(t.rowCount() - 1, cells.data(), 3);
    QCOMPARE(cells[0], QByteArrayView("multi\nline"));
    QCOMPARE(cells[2], QByteArrayView("end"));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"

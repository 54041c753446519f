// Hostile input files against TableReader: zip bombs, XML entity bombs, a 1 GiB line, files that change or
// disappear while being read, special files. Each must end in a clear error (or a correct table), never a
// crash or a hang, with memory bounded.
#include "import/table.h"
#include "import/tablereader.h"
#include "memoryprobe.h"
#include "zipfixture.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void zipBombByRatio();
    void zipBombWithForgedSize_data();
    void zipBombWithForgedSize();
    void entityBomb_data();
    void entityBomb();
    void hugeLine();
    void tooManyCells();
    void csvTruncatedWhileRead();
    void csvGrowsWhileRead();
    void csvRemovedWhileRead();
    void xlsxTruncatedWhileRead();
    void missingAndSpecialFiles();
    void namedPipeDoesNotBlock();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static QByteArray csvRows(int rows);

    QTemporaryDir m_dir;
};

namespace
{
    constexpr qint64 MiB = qint64(1) << 20;

    // Whitespace between elements is valid XML, so only the archive's guards can stop this sheet.
    ZipFixture::ChunkSource whitespace(qint64 total)
    {
        auto produced = std::make_shared<qint64>(0);
        return [produced, total]() -> QByteArray {
            if (*produced == 0) {
                *produced = 1;
                return "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>Email</t></is></c></row>";
            }
            if (*produced >= total)
                return {};
            const qint64 chunk = std::min(total - *produced, 4 * MiB);
            *produced += chunk;
            return QByteArray(chunk, ' ');
        };
    }
} // namespace

void TestHostileFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(MemoryProbe::resetPeak(), "cannot reset VmHWM (/proc/self/clear_refs)");
}

QByteArray TestHostileFiles::csvRows(int rows)
{
    QByteArray csv = "Email,Name,Status\n";
    for (int i = 0; i < rows; ++i)
        csv += "user" + QByteArray::number(i) + "@example.com,User " + QByteArray::number(i) + ",active\n";
    return csv;
}

void TestHostileFiles::zipBombByRatio()
{
    // 512 MiB of XML in a ~0.5 MiB part: refused from the directory, before inflating anything.
    const QString file = path(QStringLiteral("ratio-bomb.xlsx"));
    QList<ZipFixture::Part> parts = ZipFixture::workbookParts({});
    parts.removeLast();
    QVERIFY(ZipFixture::write(file, parts, 9, QStringLiteral("xl/worksheets/sheet1.xml"), whitespace(512 * MiB)));
    QVERIFY(QFileInfo(file).size() < 4 * MiB);

    MemoryProbe::resetPeak();
    const qint64 before = MemoryProbe::currentBytes();
    const ImportResult result = TableReader::read(file);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(QLatin1String("zip bomb")), qPrintable(result.error.message));
    QVERIFY(MemoryProbe::peakBytes() - before < 64 * MiB);
}

void TestHostileFiles::zipBombWithForgedSize_data()
{
    QTest::addColumn<QString>("part");
    QTest::newRow("sheet (streamed)") << QStringLiteral("xl/worksheets/sheet1.xml");
    QTest::newRow("shared strings (read whole)") << QStringLiteral("xl/sharedStrings.xml");
}

void TestHostileFiles::zipBombWithForgedSize()
{
    // The directory claims 4 KiB, the data inflates to 256 MiB: reading stops at the declared size.
    QFETCH(QString, part);
    const QString file = path(QStringLiteral("forged.xlsx"));
    QList<ZipFixture::Part> parts = ZipFixture::workbookParts({{QStringLiteral("Email")}, {QStringLiteral("a@b.c")}});
    if (part.endsWith(QLatin1String("sheet1.xml")))
        parts.removeLast();
    QVERIFY(ZipFixture::write(file, parts, 9, part, whitespace(256 * MiB)));
    QVERIFY(ZipFixture::forgeUncompressedSize(file, part, 4096));

    MemoryProbe::resetPeak();
    const qint64 before = MemoryProbe::currentBytes();
    const ImportResult result = TableReader::read(file);
    QVERIFY(!result.ok());
    QVERIFY2(!result.error.message.isEmpty(), "no error message");
    // minizip itself stops at the declared size (the XML then ends early), or the bounded device does.
    QVERIFY2(result.error.message.contains(QLatin1String("damaged")) ||
                 result.error.message.contains(QLatin1String("zip bomb")),
             qPrintable(result.error.message));
    QVERIFY2(MemoryProbe::peakBytes() - before < 64 * MiB,
             qPrintable(QStringLiteral("peak grew by %1 MiB").arg((MemoryProbe::peakBytes() - before) / MiB)));
}

void TestHostileFiles::entityBomb_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QByteArray>("doctype");
    const QByteArray laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                              "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                              "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                              "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                              "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                              "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                              "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                              "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                              "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                              "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";
    const QByteArray external = "<!DOCTYPE x [<!ENTITY lol9 SYSTEM \"file:///etc/passwd\">]>";
    for (const char* part : {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
                             "xl/sharedStrings.xml", "xl/styles.xml"}) {
        QTest::addRow("billion laughs in %s", part) << QString::fromLatin1(part) << laughs;
        QTest::addRow("external entity in %s", part) << QString::fromLatin1(part) << external;
    }
}

void TestHostileFiles::entityBomb()
{
    QFETCH(QString, part);
    QFETCH(QByteArray, doctype);
    QList<ZipFixture::Part> parts =
        ZipFixture::workbookParts({{QStringLiteral("Email"), QStringLiteral("Name")}, {QStringLiteral("a@b.c")}});
    const QByteArray header = "<?xml version=\"1.0\"?>";
    if (part == QLatin1String("xl/sharedStrings.xml")) {
        parts.append({part, header + doctype + "<sst><si><t>&lol9;</t></si></sst>"});
    } else if (part == QLatin1String("xl/styles.xml")) {
        parts.append({part,
                      header + doctype +
                          "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"&lol9;\"/>"
                          "</numFmts></styleSheet>"});
    } else {
        for (ZipFixture::Part& existing : parts) {
            if (existing.first != part)
                continue;
            QByteArray xml = existing.second;
            const qsizetype rootStart = xml.indexOf('<', xml.indexOf("?>"));
            xml.insert(rootStart, doctype);
            xml.replace("a@b.c", "&lol9;");
            existing.second = xml;
        }
    }
    const QString file = path(QStringLiteral("entities.xlsx"));
    QFile::remove(file);
    QVERIFY(ZipFixture::write(file, parts));

    MemoryProbe::resetPeak();
    const qint64 before = MemoryProbe::currentBytes();
    const ImportResult result = TableReader::read(file);
    QVERIFY2(!result.ok(), "a workbook with a DTD was read");
    QVERIFY2(result.error.message.contains(QLatin1String("DTD")), qPrintable(result.error.message));
    QVERIFY(MemoryProbe::peakBytes() - before < 32 * MiB);
}

void TestHostileFiles::hugeLine()
{
    // A 1 GiB record without a line break (TORIISYNC_HUGE_LINE_MB overrides the size). Written in chunks; the
    // reader stops reading once a line runs past its limit (32 MiB), so memory stays far below the file size.
    const qint64 size = qEnvironmentVariableIntValue("TORIISYNC_HUGE_LINE_MB") > 0
        ? qEnvironmentVariableIntValue("TORIISYNC_HUGE_LINE_MB") * MiB
        : 1024 * MiB;
    const QString file = path(QStringLiteral("huge-line.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write("Email,Note\nuser@example.com,") > 0);
        const QByteArray chunk(8 * MiB, 'a');
        for (qint64 written = 0; written < size; written += chunk.size())
            QVERIFY(out.write(chunk) == chunk.size());
    }
    MemoryProbe::resetPeak();
    const qint64 before = MemoryProbe::currentBytes();
    const ImportResult result = TableReader::read(file);
    const qint64 grown = MemoryProbe::peakBytes() - before;
    QFile::remove(file);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.line == 2, qPrintable(result.error.toString()));
    QVERIFY2(!result.error.message.isEmpty(), "no message");
    QVERIFY2(result.error.message.contains(QLatin1String("without a line break")), qPrintable(result.error.message));
    QVERIFY2(grown < 96 * MiB, qPrintable(QStringLiteral("peak grew by %1 MiB").arg(grown / MiB)));
}

void TestHostileFiles::tooManyCells()
{
    const QString file = path(QStringLiteral("many-cells.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("Email\n");
    out.write(QByteArray(200000, ','));
    out.write("\n");
    out.close();
    const ImportResult result = TableReader::read(file);
    // Excel's column limit: refused with the line, or kept and reported; never a crash or a silent drop.
    if (!result.ok())
        QVERIFY2(result.error.line == 2, qPrintable(result.error.toString()));
    else
        QVERIFY(!result.notices.isEmpty());
}

void TestHostileFiles::csvTruncatedWhileRead()
{
    const QString file = path(QStringLiteral("truncated.csv"));
    const QByteArray csv = csvRows(200000); // several read chunks
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(csv) == csv.size());
    out.close();
    bool truncated = false;
    const ImportResult result = TableReader::read(file, {}, [&](qint64, qint64) {
        if (!truncated)
            truncated = QFile::resize(file, 1000);
    });
    QVERIFY(truncated);
    QVERIFY2(!result.ok(), "a file truncated while read was accepted");
    QVERIFY(!result.error.message.isEmpty());
    QCOMPARE(result.error.file, file);
}

void TestHostileFiles::csvGrowsWhileRead()
{
    const QString file = path(QStringLiteral("growing.csv"));
    const QByteArray csv = csvRows(200000);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(csv) == csv.size());
    out.close();
    bool appended = false;
    const ImportResult result = TableReader::read(file, {}, [&](qint64, qint64) {
        if (appended)
            return;
        QFile more(file);
        appended = more.open(QIODevice::Append) && more.write(csvRows(1000)) > 0;
    });
    QVERIFY(appended);
    // What was there when reading started, consistently.
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.table->rowCount(), 200000);
}

void TestHostileFiles::csvRemovedWhileRead()
{
    const QString file = path(QStringLiteral("removed.csv"));
    const QByteArray csv = csvRows(200000);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(csv) == csv.size());
    out.close();
    bool removed = false;
    const ImportResult result = TableReader::read(file, {}, [&](qint64, qint64) {
        if (!removed)
            removed = QFile::remove(file);
    });
    QVERIFY(removed);
    // The open descriptor keeps the data: the whole table, or a clear error; never a partial table.
    if (result.ok())
        QCOMPARE(result.table->rowCount(), 200000);
    else
        QVERIFY(!result.error.message.isEmpty());
}

void TestHostileFiles::xlsxTruncatedWhileRead()
{
    QList<QStringList> rows {{QStringLiteral("Email"), QStringLiteral("Name")}};
    for (int i = 0; i < 60000; ++i)
        rows.append({QStringLiteral("user%1@example.com").arg(i), QStringLiteral("User %1").arg(i)});
    const QString file = path(QStringLiteral("truncated.xlsx"));
    QVERIFY(ZipFixture::write(file, ZipFixture::workbookParts(rows), 1));
    const qint64 fullSize = QFileInfo(file).size();
    bool truncated = false;
    const ImportResult result = TableReader::read(file, {}, [&](qint64, qint64) {
        if (!truncated)
            truncated = QFile::resize(file, fullSize / 2);
    });
    QVERIFY(truncated);
    if (result.ok()) // zlib may have buffered everything before the cut; then the table must be whole
        QCOMPARE(result.table->rowCount(), 60000);
    else
        QVERIFY(!result.error.message.isEmpty());

    // Garbage written over the middle of the sheet's data while reading.
    QVERIFY(ZipFixture::write(file, ZipFixture::workbookParts(rows), 1));
    bool damaged = false;
    const ImportResult damagedResult = TableReader::read(file, {}, [&](qint64, qint64) {
        if (damaged)
            return;
        QFile inPlace(file);
        damaged = inPlace.open(QIODevice::ReadWrite) && inPlace.seek(fullSize / 2) &&
            inPlace.write(QByteArray(64 * 1024, '\x5a')) > 0;
    });
    QVERIFY(damaged);
    if (damagedResult.ok())
        QCOMPARE(damagedResult.table->rowCount(), 60000);
    else
        QVERIFY(!damagedResult.error.message.isEmpty());
}

void TestHostileFiles::missingAndSpecialFiles()
{
    const ImportResult missing = TableReader::read(path(QStringLiteral("does-not-exist.csv")));
    QVERIFY(!missing.ok());
    QVERIFY(!missing.error.message.isEmpty());

    const ImportResult folder = TableReader::read(m_dir.path());
    QVERIFY(!folder.ok());
    QVERIFY(!folder.error.message.isEmpty());

    const ImportResult zero = TableReader::read(QStringLiteral("/dev/zero"));
    QVERIFY(!zero.ok());
    QVERIFY(!zero.error.message.isEmpty());

    const ImportResult empty = TableReader::read(QStringLiteral("/dev/null"));
    QVERIFY(!empty.ok());
    QVERIFY(!empty.error.message.isEmpty());
}

void TestHostileFiles::namedPipeDoesNotBlock()
{
    // open() of a FIFO blocks until a writer appears: the reader must refuse it instead of hanging the import.
    const QString fifo = path(QStringLiteral("export.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    auto reading = std::async(std::launch::async, [fifo] { return TableReader::read(fifo); });
    const bool finished = reading.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
    if (!finished) {
        // Unblock the reader so the test can fail instead of hang.
        const int writer = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        if (writer >= 0)
            ::close(writer);
    }
    const ImportResult result = reading.get();
    QVERIFY2(finished, "TableReader::read blocked on a named pipe");
    QVERIFY(!result.ok());
    QVERIFY(!result.error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"

// DateParser held to mixed-date-formats.csv's expected_utc column (AMBIGUOUS where day/month cannot be
// decided; empty where the value means "never"), plus column order detection and explicit orders.
#include "import/table.h"
#include "import/tablereader.h"
#include "mapping/canonicaldate.h"
#include "mapping/dateorderdetector.h"
#include "mapping/dateparser.h"
#include "samples.h"

#include <QTest>
#include <QTimeZone>

class TestDateParser : public QObject
{
    Q_OBJECT

private slots:
    void sampleFile_data();
    void sampleFile();
    void columnOrderDecides();
    void explicitOrderAndTimeZone();
    void formatsDateOnlyWithoutTime();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void numericDatesInRange_data();
    void numericDatesInRange();
    void canonicalDatesPassThrough();
};

void TestDateParser::sampleFile_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    const ImportResult r = TableReader::read(Samples::path(QStringLiteral("mixed-date-formats.csv")));
    QVERIFY(r.ok());
    const Table& t = *r.table;
    const int value = static_cast<int>(t.columnNames().indexOf(QStringLiteral("last_login")));
    const int expected = static_cast<int>(t.columnNames().indexOf(QStringLiteral("expected_utc")));
    QVERIFY(value >= 0 && expected >= 0);
    QCOMPARE(t.rowCount(), 27);
    for (qsizetype row = 0; row < t.rowCount(); ++row)
        QTest::newRow(qPrintable(t.cell(row, 0) + QLatin1Char(' ') + t.cell(row, 2)))
            << t.cell(row, value) << t.cell(row, expected);
}

void TestDateParser::sampleFile()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    // The file mixes day-first and month-first values, so its column order stays undecided (Auto).
    const DateParser::Result r = DateParser::parse(value, DateOrder::Auto);
    if (expected.isEmpty()) {
        QVERIFY2(r.kind == DateParser::Result::Never || r.kind == DateParser::Result::Empty, qPrintable(value));
    } else if (expected == u"AMBIGUOUS") {
        QCOMPARE(r.kind, DateParser::Result::Ambiguous);
    } else {
        QCOMPARE(r.kind, DateParser::Result::Ok);
        QString iso = DateParser::toIso(r);
        if (!r.hasTime)
            iso += QStringLiteral("T00:00:00Z"); // a calendar date is written yyyy-MM-dd
        QCOMPARE(iso, expected);
    }
}

void TestDateParser::columnOrderDecides()
{
    const ImportResult r = TableReader::read(Samples::path(QStringLiteral("mixed-date-formats.csv")));
    QVERIFY(r.ok());
    const DateOrderDetector::Result mixed = DateOrderDetector::detect(*r.table, 1);
    QVERIFY(mixed.conflicting());
    QCOMPARE(mixed.order, DateOrder::Auto);
    // One-sided evidence decides an otherwise ambiguous value.
    QCOMPARE(DateParser::evidence("13/04/2024"), DateParser::Evidence::DayFirst);
    QCOMPARE(DateParser::evidence("04/13/2024"), DateParser::Evidence::MonthFirst);
    QCOMPARE(DateParser::evidence("2024-04-13"), DateParser::Evidence::None);
    QCOMPARE(DateParser::toIso(DateParser::parse(QStringLiteral("03/04/2024"), DateOrder::DMY)),
             QStringLiteral("2024-04-03"));
    QCOMPARE(DateParser::toIso(DateParser::parse(QStringLiteral("03/04/2024"), DateOrder::MDY)),
             QStringLiteral("2024-03-04"));
    QCOMPARE(DateParser::parse(QStringLiteral("04/04/2024")).kind, DateParser::Result::Ok); // same either way
}

void TestDateParser::explicitOrderAndTimeZone()
{
    const QTimeZone pacific("America/Los_Angeles");
    QVERIFY(pacific.isValid());
    // Okta's report may be in Pacific time: a value without an offset is read in the column's zone.
    QCOMPARE(DateParser::toIso(DateParser::parse(QStringLiteral("2026-04-10 04:06:01"), DateOrder::Auto, &pacific)),
             QStringLiteral("2026-04-10T11:06:01Z"));
    // An explicit offset wins over the zone.
    QCOMPARE(DateParser::toIso(DateParser::parse(QStringLiteral("2026-04-10T04:06:01Z"), DateOrder::Auto, &pacific)),
             QStringLiteral("2026-04-10T04:06:01Z"));
    QCOMPARE(DateParser::toIso(DateParser::parse(QStringLiteral("12/01/2025 12:30 AM"))),
             QStringLiteral("2025-12-01T00:30:00Z"));
    QCOMPARE(DateParser::toIso(DateParser::parse(QStringLiteral("4. März 2024"))), QStringLiteral("2024-03-04"));
    QCOMPARE(DateParser::toIso(DateParser::parse(QStringLiteral("2024-03-04T10:00:00-0800"))),
             QStringLiteral("2024-03-04T18:00:00Z"));
    QCOMPARE(DateParser::toIso(DateParser::parse(QStringLiteral("45355"))), QStringLiteral("2024-03-04"));
}

void TestDateParser::formatsDateOnlyWithoutTime()
{
    const DateParser::Result r = DateParser::parse(QStringLiteral("31.12.2025"));
    QCOMPARE(r.kind, DateParser::Result::Ok);
    QVERIFY(!r.hasTime);
    QCOMPARE(DateParser::toIso(r), QStringLiteral("2025-12-31"));
}

void TestDateParser::rejectsGarbage_data()
{
    QTest::addColumn<QString>("value");
    for (const char* v : {"yesterday", "31/31/2024", "2024-02-30", "13:00", "12345678901234567", "2024-13-01",
                          "Mar 2024", "25:61 2024-01-01",
                          // numeric dates outside 1900..2200, or before Excel's phantom 1900-02-29
                          "1", "60", "2958465", "99999999999", "-5", "9999999999999"})
        QTest::newRow(v) << QString::fromUtf8(v);
}

void TestDateParser::rejectsGarbage()
{
    QFETCH(QString, value);
    QCOMPARE(DateParser::parse(value).kind, DateParser::Result::Invalid);
}

void TestDateParser::numericDatesInRange_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("iso");
    QTest::newRow("serial 61") << QStringLiteral("61") << QStringLiteral("1900-03-01");
    QTest::newRow("serial 45000") << QStringLiteral("45000") << QStringLiteral("2023-03-15");
    QTest::newRow("epoch s") << QStringLiteral("1700000000") << QStringLiteral("2023-11-14T22:13:20Z");
    QTest::newRow("epoch ms") << QStringLiteral("1700000000000") << QStringLiteral("2023-11-14T22:13:20Z");
}

void TestDateParser::numericDatesInRange()
{
    QFETCH(QString, value);
    QFETCH(QString, iso);
    const DateParser::Result r = DateParser::parse(value);
    QCOMPARE(r.kind, DateParser::Result::Ok);
    QCOMPARE(DateParser::toIso(r), iso);
}

// RowMapper sends a cell CanonicalDate accepts as it is, instead of parse + format: those must be exactly the
// date-and-time cells for which format(parse(cell)) is the cell itself, at every edge of every field.
void TestDateParser::canonicalDatesPassThrough()
{
    const QList<QByteArray> years = {"0000", "1899", "1900", "1970", "2000", "2024", "2100", "2200", "2201", "9999"};
    const QList<QByteArray> months = {"00", "01", "02", "04", "12", "13", "99"};
    const QList<QByteArray> days = {"00", "01", "28", "29", "30", "31", "32"};
    const QList<QByteArray> hours = {"00", "09", "23", "24"};
    const QList<QByteArray> minutes = {"00", "59", "60"};
    QList<QByteArray> cells;
    for (const QByteArray& y : years)
        for (const QByteArray& mo : months)
            for (const QByteArray& d : days)
                for (const QByteArray& h : hours)
                    for (const QByteArray& mi : minutes)
                        cells.append(y + '-' + mo + '-' + d + 'T' + h + ':' + mi + ':' + mi + 'Z');
    cells << "1970-01-01T00:00:00Z"
          << "1970-01-01T00:00:01Z"
          << "2026-04-10t04:05:20z"
          << "2026-04-10 04:05:20Z"
          << "2026-04-10T04:05:20+00:00"
          << " 2026-04-10T04:05:20Z"
          << "2026-04-10T04:05:20Z "
          << "2026-04-10T04:05:2aZ"
          << "2026-04-10T04:05:20.5Z"
          << "2026/04/10T04:05:20Z"
          << "2026-04-10"
          << ""
          << "Never";
    // Every byte of a canonical cell replaced by one just outside a digit or beside a separator (CanonicalDate
    // tests the shape on whole words).
    const QByteArray canonical("2026-04-10T04:05:20Z");
    for (qsizetype i = 0; i < canonical.size(); ++i) {
        for (const char byte :
             {'/', ':', '0', '9', 'T', 'Z', '-', ' ', '\x00', '\x36', '\xb0', '\xf9', '\xfa', '\xff'}) {
            QByteArray cell = canonical;
            cell[i] = byte;
            cells << cell;
        }
    }
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    int passed = 0;
    for (const QByteArray& cell : std::as_const(cells)) {
        for (const DateOrder order : {DateOrder::Auto, DateOrder::DMY, DateOrder::MDY}) {
            for (const QTimeZone* zone : {static_cast<const QTimeZone*>(nullptr), &berlin}) {
                const DateParser::Result r = DateParser::parse(QByteArrayView(cell), order, zone);
                char out[24];
                const bool identity = r.kind == DateParser::Result::Ok &&
                    QByteArrayView(out, DateParser::format(r, out)) == QByteArrayView(cell);
                // Never a cell whose result differs; and every date-and-time cell that is its own result
                // (a date alone, "2026-04-10", still goes through the parser).
                if (CanonicalDate::matches(cell))
                    QVERIFY2(identity, cell.constData());
                else
                    QVERIFY2(!identity || cell.size() != 20, cell.constData());
                // The same cell without its 'Z', as the workbook readers write date-times: in UTC exactly the
                // cell with the 'Z' again, whichever the order.
                if (cell.endsWith('Z') && CanonicalDate::matchesWithoutZone(cell.chopped(1)) && !zone) {
                    const DateParser::Result naive = DateParser::parse(QByteArrayView(cell.chopped(1)), order, zone);
                    QVERIFY2(naive.kind == DateParser::Result::Ok, cell.constData());
                    QCOMPARE(QByteArrayView(out, DateParser::format(naive, out)), QByteArrayView(cell));
                }
                QCOMPARE(CanonicalDate::matchesWithoutZone(cell.chopped(cell.endsWith('Z') ? 1 : 0)),
                         CanonicalDate::matches(cell) && cell.endsWith('Z'));
            }
        }
        passed += CanonicalDate::matches(cell);
    }
    QVERIFY(passed > 500);
    QVERIFY(passed < cells.size() / 2);
}

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"

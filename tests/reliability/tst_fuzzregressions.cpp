// Inputs the fuzz targets (tests/fuzz) once crashed on or flagged, checked in the normal build too. The same files
// live in tests/fuzz/corpus/<target>/, where the sanitizer build replays them before every fuzz run.
#include "mapping/dateparser.h"

#include <QTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void dateDigitsOverflow_data();
    void dateDigitsOverflow();
};

void TestFuzzRegressions::dateDigitsOverflow_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("kind");
    // fuzz_date: 19+ digits overflowed qint64 (UBSan: signed integer overflow, dateparser.cpp numeric()).
    QTest::newRow("20 digits") << QByteArray("70191917009546455555") << int(DateParser::Result::Invalid);
    QTest::newRow("21 digits") << QByteArray("170954645555555005001") << int(DateParser::Result::Invalid);
    QTest::newRow("80 digits") << QByteArray(80, '9') << int(DateParser::Result::Invalid);
    QTest::newRow("15 digits") << QByteArray("171270752012345") << int(DateParser::Result::Invalid);
    // Still dates: epoch milliseconds (13 digits) and seconds (10 digits).
    QTest::newRow("epoch ms") << QByteArray("1712707520123") << int(DateParser::Result::Ok);
    QTest::newRow("epoch s") << QByteArray("1712707520") << int(DateParser::Result::Ok);
}

void TestFuzzRegressions::dateDigitsOverflow()
{
    QFETCH(QByteArray, text);
    QFETCH(int, kind);
    QCOMPARE(int(DateParser::parse(QByteArrayView(text)).kind), kind);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"

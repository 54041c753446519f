// TableLayout's ragged-row notices against a row-by-row count: the reader finds the rows whose cell count differs
// from the header's through the record index, which passes 64 well-formed records in one test, so a ragged row
// on either side of each block boundary, a first or last row, and more than the cap of them must all be found.
#include "import/csvparser.h"
#include "import/tablelayout.h"

#include <QRandomGenerator>
#include <QTest>

class TestTableLayout : public QObject
{
    Q_OBJECT

private slots:
    void raggedRowsFound_data();
    void raggedRowsFound();
};

void TestTableLayout::raggedRowsFound_data()
{
    QTest::addColumn<QList<int>>("cellCounts"); // of each data row; the header has 4 cells
    QTest::addColumn<bool>("shortRows");
    // Data row i is record i + 1 (the header is record 0); records 64k to 64k + 63 share a block of the index.
    const auto ragged = [](const QList<int>& rows) {
        QList<int> counts(700, 4);
        for (const int row : rows)
            counts[row] = row % 2 ? 2 : 6;
        return counts;
    };
    // Alone in an otherwise even block: only the step from its last slot into the next block shows them.
    QTest::newRow("last slot of a block") << ragged({62, 254, 446}) << true;
    QTest::newRow("first slot of a block") << ragged({127, 319, 639}) << true;
    QTest::newRow("first and last rows") << ragged({0, 699}) << true;
    const QList<int> boundaries = ragged({0, 61, 62, 63, 64, 126, 127, 128, 129, 255, 256, 640, 699});
    QTest::newRow("around block boundaries") << boundaries << true;
    QTest::newRow("around block boundaries, long rows only") << boundaries << false;
    QTest::newRow("none") << QList<int>(500, 4) << true;
    QRandomGenerator random(15);
    QList<int> many(3000, 4);
    for (int& cells : many) {
        if (random.bounded(10) == 0)
            cells = random.bounded(1, 9);
    }
    QTest::newRow("more than the cap") << many << true;
    QTest::newRow("more than the cap, long rows only") << many << false;
}

void TestTableLayout::raggedRowsFound()
{
    QFETCH(QList<int>, cellCounts);
    QFETCH(bool, shortRows);
    constexpr int Columns = 4;
    QByteArray csv = "a,b,c,d\n";
    QList<qint64> expected; // source lines: the header is line 1
    for (int row = 0; row < cellCounts.size(); ++row) {
        QByteArrayList cells;
        for (int c = 0; c < cellCounts.at(row); ++c)
            cells.append(QByteArray::number(row));
        csv += cells.join(',') + '\n';
        if (cellCounts.at(row) > Columns || (shortRows && cellCounts.at(row) < Columns))
            expected.append(row + 2);
    }
    const CsvParser::Result parsed = CsvParser::parse(csv, CsvParser::Config {});
    QVERIFY(!parsed.error.isError());
    const TableLayout layout = TableLayout::detect(parsed.storage, 1, parsed.blankLines, true);
    QCOMPARE(layout.dataRows, cellCounts.size());
    QList<qint64> reported;
    QString more;
    for (const ImportNotice& notice : layout.notices(parsed.storage, parsed.blankLines, shortRows)) {
        if (notice.kind == ImportNotice::Kind::RaggedRow)
            reported.append(notice.line);
        else if (notice.kind == ImportNotice::Kind::More)
            more = notice.message;
    }
    QCOMPARE(reported, expected.first(std::min<qsizetype>(expected.size(), TableLayout::MaxNoticesPerKind)));
    if (expected.size() > TableLayout::MaxNoticesPerKind) {
        const QString count = QString::number(expected.size() - TableLayout::MaxNoticesPerKind);
        QVERIFY2(more.contains(QStringLiteral(" %1 ").arg(count)), qPrintable(more + QStringLiteral(" / ") + count));
    } else {
        QVERIFY(more.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestTableLayout)
#include "tst_tablelayout.moc"

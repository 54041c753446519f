// PreviewModel over a Table: headers are column names, the vertical header is the source line, ragged rows
// show their extra cells, rows are exposed in chunks (fetchMore, fetchUpTo), and QAbstractItemModelTester finds
// no contract violation.
#include "import/previewmodel.h"
#include "import/table.h"
#include "import/tablereader.h"
#include "samples.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPreviewModel : public QObject
{
    Q_OBJECT

private slots:
    void modelContract();
    void showsTable();
    void raggedRowsWidenTheGrid();
    void fetchesRowsInChunks();
};

void TestPreviewModel::modelContract()
{
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    for (const char* file : {"google-workspace-users.csv", "ragged-rows.csv", "zoom-users-libreoffice.xlsx"}) {
        const ImportResult result = TableReader::read(Samples::path(QString::fromLatin1(file)));
        QVERIFY(result.ok());
        model.setTable(result.table);
    }
    model.setTable({});
    QCOMPARE(model.rowCount(), 0);
}

void TestPreviewModel::showsTable()
{
    const ImportResult result = TableReader::read(Samples::path(QStringLiteral("embedded-newlines.csv")));
    QVERIFY(result.ok());
    PreviewModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTable(result.table);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Email"));
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("Email")); // when elided
    QCOMPARE(model.headerData(1, Qt::Vertical).toLongLong(), 5); // source line, not row number
    QVERIFY(!model.headerData(1, Qt::Vertical, Qt::ToolTipRole).isValid());
    QCOMPARE(model.data(model.index(0, 4)).toString(), QStringLiteral("Said \"hola\" on day one"));
    QVERIFY(!model.data(model.index(0, 4), Qt::DecorationRole).isValid());
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    QCOMPARE(model.table(), result.table);
}

void TestPreviewModel::raggedRowsWidenTheGrid()
{
    const ImportResult result = TableReader::read(Samples::path(QStringLiteral("ragged-rows.csv")));
    QVERIFY(result.ok());
    PreviewModel model;
    model.setTable(result.table);
    QCOMPARE(model.columnCount(), 8); // the header has 6, one row has 8: nothing is hidden
    QCOMPARE(model.data(model.index(2, 7)).toString(), QStringLiteral("cells"));
    QCOMPARE(model.data(model.index(1, 7)).toString(), QString());
    QVERIFY(model.headerData(7, Qt::Horizontal).toString().contains(QStringLiteral("8")));
}

void TestPreviewModel::fetchesRowsInChunks()
{
    // A view's header sets up every row it is told about: a big table is exposed a chunk at a time.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray csv("email\n");
        for (int i = 0; i < 250000; ++i)
            csv += "u" + QByteArray::number(i) + "@x.io\n";
        file.write(csv);
    }
    const ImportResult result = TableReader::read(path);
    QVERIFY(result.ok());
    QCOMPARE(result.table->rowCount(), 250000);
    constexpr int chunk = PreviewModel::FetchChunk;
    static_assert(chunk < 250000 / 2);

    {
        // The contract through resets, fetches and jumps (the tester fetches by itself, as a view does).
        PreviewModel checked;
        QAbstractItemModelTester tester(&checked, QAbstractItemModelTester::FailureReportingMode::QtTest);
        checked.setTable(result.table);
        while (checked.canFetchMore({}))
            checked.fetchMore({});
        checked.setTable(result.table);
        checked.fetchUpTo(2 * chunk + 7);
        checked.setTable({});
    }

    PreviewModel model;
    model.setTable(result.table);
    QCOMPARE(model.rowCount(), chunk);
    QCOMPARE(model.totalRows(), 250000);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.canFetchMore(model.index(0, 0)));
    QVERIFY(!model.headerData(chunk, Qt::Vertical).isValid()); // not fetched yet

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * chunk);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), chunk);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2 * chunk - 1);
    QCOMPARE(model.data(model.index(2 * chunk - 1, 0)).toString(), QStringLiteral("u%1@x.io").arg(2 * chunk - 1));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 250000);
    QCOMPARE(model.data(model.index(249999, 0)).toString(), QStringLiteral("u249999@x.io"));
    QCOMPARE(model.headerData(249999, Qt::Vertical).toLongLong(), 250001); // source line
    const qsizetype inserts = inserted.size();
    model.fetchMore({}); // nothing left: no signal
    model.fetchUpTo(5);
    QCOMPARE(inserted.size(), inserts);

    // Jumping to a row past the fetched ones (an issue's row) fetches up to it.
    model.setTable(result.table);
    QCOMPARE(model.rowCount(), chunk);
    model.fetchUpTo(chunk + 12345);
    QCOMPARE(model.rowCount(), chunk + 12346);
    QCOMPARE(model.data(model.index(chunk + 12345, 0)).toString(), QStringLiteral("u%1@x.io").arg(chunk + 12345));
    model.fetchUpTo(10000000);
    QCOMPARE(model.rowCount(), 250000);
    QVERIFY(!model.canFetchMore({}));
    model.setTable({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.fetchUpTo(3);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestPreviewModel)
#include "tst_previewmodel.moc"

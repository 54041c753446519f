// PreviewModel over a Table: headers are column names, the vertical header is the source line, ragged rows
// show their extra cells, and QAbstractItemModelTester finds no contract violation.
#include "import/previewmodel.h"
#include "import/table.h"
#include "import/tablereader.h"
#include "samples.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestPreviewModel : public QObject
{
    Q_OBJECT

private slots:
    void modelContract();
    void showsTable();
    void raggedRowsWidenTheGrid();
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
    QCOMPARE(model.headerData(1, Qt::Vertical).toLongLong(), 5); // source line, not row number
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

QTEST_GUILESS_MAIN(TestPreviewModel)
#include "tst_previewmodel.moc"

// Holds auto-match to the evaluation set (tests/mapping/exports): for every export, the file's shape, each
// Torii field's column (fields the manifest leaves out must stay unmapped), and the users and skipped rows
// a conversion with the default invalid-row policy gives. mapping_score prints the same as a table.
#include "evalset.h"

#include <QTest>

class TestAutoMatchEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void enoughExports();
    void exports_data();
    void exports();
};

void TestAutoMatchEvaluation::enoughExports()
{
    QString error;
    const QList<EvalCase> cases = EvalSet::load(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(cases.size() >= 15);
    int devices = 0, noUsers = 0;
    for (const EvalCase& c : cases) {
        devices += c.shape == u"devices";
        noUsers += c.shape == u"noUsers";
    }
    QVERIFY(devices >= 1);
    QVERIFY(noUsers >= 1);
}

void TestAutoMatchEvaluation::exports_data()
{
    QTest::addColumn<int>("index");
    QString error;
    const QList<EvalCase> cases = EvalSet::load(&error);
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(qPrintable(cases.at(i).name)) << i;
}

void TestAutoMatchEvaluation::exports()
{
    QFETCH(int, index);
    QString error;
    const EvalCase c = EvalSet::load(&error).at(index);
    const EvalOutcome o = EvalSet::evaluate(c);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QVERIFY2(o.mismatches.isEmpty(), qPrintable(o.mismatches.join(QStringLiteral("\n"))));
}

QTEST_GUILESS_MAIN(TestAutoMatchEvaluation)
#include "tst_automatchevaluation.moc"

#include "historymodel.h"
#include "issuesmodel.h"
#include "mappingmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The Qt-Core models the pages show (mapping rows, issues, history), checked by QAbstractItemModelTester.
class tst_UiModels final : public QObject
{
    Q_OBJECT

private slots:
    void mappingModel();
    void issuesModel();
    void historyModel();
};

void tst_UiModels::mappingModel()
{
    MappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), static_cast<int>(ToriiSchema::fields().size()));
    model.setColumns({QStringLiteral("Email"), QStringLiteral("Name")});
    Mapping mapping;
    mapping.setColumn(TargetField::Email, QStringLiteral("Email"));
    model.setMapping(mapping);
    const int email = model.rowOf(TargetField::Email);
    QCOMPARE(model.index(email, MappingModel::SourceColumn).data().toString(), QStringLiteral("Email"));
    QVERIFY(model.flags(model.index(email, MappingModel::SourceColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(email, MappingModel::FieldColumn)) & Qt::ItemIsEditable));
    // An edit is reported, not applied: the page makes it an undoable command.
    QSignalSpy edited(&model, &MappingModel::columnEdited);
    QVERIFY(model.setData(model.index(email, MappingModel::SourceColumn), QStringLiteral("Name")));
    QCOMPARE(edited.count(), 1);
    QVERIFY(!model.setData(model.index(email, MappingModel::SourceColumn), QStringLiteral("No such column")));
    model.setSamples({{TargetField::Email, QStringLiteral(" A@x.org ")}},
                     {{TargetField::Email, QStringLiteral("a@x.org")}});
    QCOMPARE(model.index(email, MappingModel::AfterColumn).data().toString(), QStringLiteral("a@x.org"));
    QVERIFY(!model.index(email, MappingModel::NB_COLUMNS).isValid());
}

void tst_UiModels::issuesModel()
{
    IssuesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ValidationIssue issue;
    issue.row = 7;
    issue.column = QStringLiteral("Email");
    issue.field = QStringLiteral("email");
    issue.message = QStringLiteral("not an e-mail address");
    model.setIssues({issue, issue});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, IssuesModel::RowColumn).data().toLongLong(), 7);
    QCOMPARE(model.index(1, IssuesModel::MessageColumn).data().toString(), issue.message);
    model.setIssues({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_UiModels::historyModel()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    HistoryRecord run;
    run.sourceFile = QStringLiteral("okta-users.csv");
    run.outcome = RunOutcome::Succeeded;
    run.users = 9;
    run.started = QDateTime::currentDateTimeUtc();
    model.setRuns({run});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, HistoryModel::FileColumn).data().toString(), run.sourceFile);
    QVERIFY(!model.index(0, HistoryModel::OutcomeColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(model.index(0, HistoryModel::OutcomeColumn).data().toString(), QStringLiteral("Succeeded"));
    // A run whose sync left without an answer reads as a problem, in words an admin understands.
    run.outcome = RunOutcome::Unanswered;
    model.setRuns({run});
    QCOMPARE(model.index(0, HistoryModel::OutcomeColumn).data().toString(), QStringLiteral("Sync sent, no answer"));
    const QIcon shown = model.index(0, HistoryModel::OutcomeColumn).data(Qt::DecorationRole).value<QIcon>();
    QCOMPARE(shown.pixmap(16).toImage(), QIcon(QStringLiteral(":/icons/state-failed.svg")).pixmap(16).toImage());
}

QTEST_MAIN(tst_UiModels)
#include "tst_uimodels.moc"

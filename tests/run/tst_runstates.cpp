// RunOutcome and StageResult: their storage words survive a round trip, unknown words stay recognisable as
// unknown, and the words are the ones older histories hold (they are a file format).
#include "history/historyrecord.h"
#include "history/runstates.h"

#include <QTest>

class TestRunStates : public QObject
{
    Q_OBJECT

private slots:
    void outcomeRoundTrip_data();
    void outcomeRoundTrip();
    void stageResultRoundTrip_data();
    void stageResultRoundTrip();
    void unknownKeys();
    void textIsNeverEmpty();
    void stagesJsonKeepsResults();
};

void TestRunStates::outcomeRoundTrip_data()
{
    QTest::addColumn<RunOutcome>("outcome");
    QTest::addColumn<QString>("key");
    QTest::newRow("running") << RunOutcome::Running << QStringLiteral("running");
    QTest::newRow("succeeded") << RunOutcome::Succeeded << QStringLiteral("succeeded");
    QTest::newRow("failed") << RunOutcome::Failed << QStringLiteral("failed");
    QTest::newRow("cancelled") << RunOutcome::Cancelled << QStringLiteral("cancelled");
    QTest::newRow("blocked") << RunOutcome::Blocked << QStringLiteral("blocked");
    QTest::newRow("dry-run") << RunOutcome::DryRun << QStringLiteral("dry-run");
    QTest::newRow("interrupted") << RunOutcome::Interrupted << QStringLiteral("interrupted");
    QTest::newRow("unknown") << RunOutcome::Unanswered << QStringLiteral("unknown");
}

void TestRunStates::outcomeRoundTrip()
{
    QFETCH(RunOutcome, outcome);
    QFETCH(QString, key);
    QCOMPARE(RunStates::key(outcome), key);
    QCOMPARE(RunStates::outcomeFromKey(key), outcome);
}

void TestRunStates::stageResultRoundTrip_data()
{
    QTest::addColumn<StageResult>("result");
    QTest::addColumn<QString>("key");
    QTest::newRow("pending") << StageResult::Pending << QStringLiteral("pending");
    QTest::newRow("running") << StageResult::Running << QStringLiteral("running");
    QTest::newRow("retrying") << StageResult::Retrying << QStringLiteral("retrying");
    QTest::newRow("done") << StageResult::Done << QStringLiteral("done");
    QTest::newRow("failed") << StageResult::Failed << QStringLiteral("failed");
    QTest::newRow("cancelled") << StageResult::Cancelled << QStringLiteral("cancelled");
    QTest::newRow("skipped") << StageResult::Skipped << QStringLiteral("skipped");
}

void TestRunStates::stageResultRoundTrip()
{
    QFETCH(StageResult, result);
    QFETCH(QString, key);
    QCOMPARE(RunStates::key(result), key);
    QCOMPARE(RunStates::stageResultFromKey(key), result);
}

void TestRunStates::unknownKeys()
{
    for (const QString& word : {QString(), QStringLiteral("Succeeded"), QStringLiteral("paused"),
                                QStringLiteral(" done"), QStringLiteral("unrecognized")}) {
        QCOMPARE(RunStates::outcomeFromKey(word), RunOutcome::Unrecognized);
        QCOMPARE(RunStates::stageResultFromKey(word), StageResult::Unrecognized);
    }
}

void TestRunStates::textIsNeverEmpty()
{
    for (int i = 0; i <= int(RunOutcome::Unrecognized); ++i)
        QVERIFY(!RunStates::text(RunOutcome(i)).isEmpty());
    for (int i = 0; i <= int(StageResult::Unrecognized); ++i)
        QVERIFY(!RunStates::text(StageResult(i)).isEmpty());
    QCOMPARE(RunStates::text(RunOutcome::Unanswered), QStringLiteral("Sync sent, no answer"));
    QCOMPARE(RunStates::text(StageResult::Pending), QStringLiteral("not reached"));
    QVERIFY(RunStates::isProblem(RunOutcome::Interrupted));
    QVERIFY(!RunStates::isProblem(RunOutcome::Cancelled));
}

void TestRunStates::stagesJsonKeepsResults()
{
    const QList<HistoryRecord::Stage> stages {{QStringLiteral("upload"), StageResult::Retrying, 12, 2},
                                              {QStringLiteral("sync"), StageResult::Running, 0, 1}};
    const QByteArray json = HistoryRecord::stagesToJson(stages);
    QVERIFY2(json.contains("\"result\":\"retrying\""), json.constData());
    const QList<HistoryRecord::Stage> back = HistoryRecord::stagesFromJson(json);
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(0).result, StageResult::Retrying);
    QCOMPARE(back.at(1).result, StageResult::Running);
    QCOMPARE(HistoryRecord::stagesFromJson(R"([{"stage":"sync","result":"later"}])").value(0).result,
             StageResult::Unrecognized);
}

QTEST_GUILESS_MAIN(TestRunStates)
#include "tst_runstates.moc"

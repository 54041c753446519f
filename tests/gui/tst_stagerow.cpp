#include "guitest.h"
#include "stagerow.h"

#include <QSignalSpy>
#include <QTest>

// The stage row's states, as the Sync page drives them.
class tst_StageRow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { GuiTest::prepare(); }
    void walksThroughStates();
    void retryCountsDown();
};

void tst_StageRow::walksThroughStates()
{
    StageRow row(3, QStringLiteral("Upload"));
    QSignalSpy spy(&row, &StageRow::stateChanged);
    QCOMPARE(row.state(), StageRow::State::Pending);
    row.setRunning();
    QCOMPARE(row.state(), StageRow::State::Running);
    row.setProgress(50, 100, QStringLiteral("50 of 100 bytes"));
    QCOMPARE(row.detail(), QStringLiteral("50 of 100 bytes"));
    row.setFailed(QStringLiteral("S3 said no"));
    QCOMPARE(row.state(), StageRow::State::Failed);
    QCOMPARE(row.detail(), QStringLiteral("S3 said no"));
    row.setDone();
    QCOMPARE(row.state(), StageRow::State::Done);
    QCOMPARE(spy.count(), 3);
    QVERIFY(row.accessibleName().contains(QStringLiteral("Upload")));
    row.reset();
    QCOMPARE(row.state(), StageRow::State::Pending);
}

void tst_StageRow::retryCountsDown()
{
    StageRow row(5, QStringLiteral("Sync"));
    row.setRetrying(QStringLiteral("Another sync is running (409)"), 2, 3000);
    QCOMPARE(row.state(), StageRow::State::Retrying);
    QVERIFY2(row.detail().contains(QStringLiteral("in 3 s")), qPrintable(row.detail()));
    QTRY_VERIFY_WITH_TIMEOUT(row.detail().contains(QStringLiteral("in 2 s")), 3000);
    QVERIFY(row.detail().contains(QStringLiteral("409")));
}

QTEST_MAIN(tst_StageRow)
#include "tst_stagerow.moc"

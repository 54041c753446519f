// RetryPolicy: Retry-After (seconds and HTTP-date), capped exponential backoff with jitter, bounds, 409 budget.
#include "torii/retrypolicy.h"

#include <QTest>

using std::chrono::milliseconds;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void mayRepeat();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void retryAfterWins();
    void unreasonableRetryAfterGivesUp();
    void backoffDoublesAndCaps();
    void jitterStaysInBounds();
    void attemptsAreBounded();
    void conflictBudget();
};

void TestRetryPolicy::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("seconds") << QByteArray("5") << qint64(5000);
    QTest::newRow("spaces") << QByteArray(" 12 ") << qint64(12000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("http-date") << QByteArray("Sat, 28 Nov 2026 10:00:30 GMT") << qint64(30000);
    QTest::newRow("past date") << QByteArray("Sat, 28 Nov 2026 09:00:00 GMT") << qint64(0);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
}

void TestRetryPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2026, 11, 28), QTime(10, 0, 0), Qt::UTC);
    QCOMPARE(RetryPolicy::parseRetryAfter(value, now), expected);
}

void TestRetryPolicy::retryAfterWins()
{
    RetryPolicy policy;
    ToriiError error;
    error.kind = ToriiError::Kind::Http;
    error.httpStatus = 429;
    error.retryAfterMs = 4000;
    QCOMPARE(policy.delayAfter(1, error), std::optional<milliseconds>(milliseconds(4000)));
}

void TestRetryPolicy::unreasonableRetryAfterGivesUp()
{
    RetryPolicy policy;
    ToriiError error;
    error.retryAfterMs = 3600 * 1000;
    QVERIFY(!policy.delayAfter(1, error).has_value());
}

void TestRetryPolicy::backoffDoublesAndCaps()
{
    RetryPolicy::Limits limits;
    limits.maxAttempts = 10;
    limits.baseDelay = milliseconds(1000);
    limits.maxDelay = milliseconds(5000);
    RetryPolicy policy(limits);
    policy.setRandom([] { return 0.5; }); // no jitter
    const ToriiError error;
    QCOMPARE(policy.delayAfter(1, error)->count(), 1000);
    QCOMPARE(policy.delayAfter(2, error)->count(), 2000);
    QCOMPARE(policy.delayAfter(3, error)->count(), 4000);
    QCOMPARE(policy.delayAfter(4, error)->count(), 5000);
    QCOMPARE(policy.delayAfter(9, error)->count(), 5000);
}

void TestRetryPolicy::jitterStaysInBounds()
{
    RetryPolicy policy; // base 1 s, jitter 25%
    const ToriiError error;
    for (int i = 0; i < 200; ++i) {
        const qint64 delay = policy.delayAfter(1, error)->count();
        QVERIFY(delay >= 750 && delay <= 1250);
    }
    policy.setRandom([] { return 0.0; });
    QCOMPARE(policy.delayAfter(1, error)->count(), 750);
}

void TestRetryPolicy::attemptsAreBounded()
{
    RetryPolicy::Limits limits;
    limits.maxAttempts = 3;
    RetryPolicy policy(limits);
    const ToriiError error;
    QVERIFY(policy.delayAfter(2, error).has_value());
    QVERIFY(!policy.delayAfter(3, error).has_value());
}

void TestRetryPolicy::conflictBudget()
{
    RetryPolicy::Limits limits;
    limits.conflictBudget = milliseconds(30000);
    limits.conflictDelay = milliseconds(10000);
    RetryPolicy policy(limits);
    ToriiError error;
    error.httpStatus = 409;
    QCOMPARE(policy.conflictDelay(milliseconds(0), error)->count(), 10000);
    QCOMPARE(policy.conflictDelay(milliseconds(20000), error)->count(), 10000);
    QVERIFY(!policy.conflictDelay(milliseconds(25000), error).has_value());
    error.retryAfterMs = 2000;
    QCOMPARE(policy.conflictDelay(milliseconds(25000), error)->count(), 2000);
}

void TestRetryPolicy::mayRepeat()
{
    const auto http = [](int status, bool sent = true) {
        ToriiError e;
        e.kind = ToriiError::Kind::Http;
        e.httpStatus = status;
        e.requestSent = sent;
        return e;
    };
    ToriiError dropped;
    dropped.kind = ToriiError::Kind::ConnectionClosed;
    dropped.requestSent = true;
    ToriiError refused = dropped;
    refused.kind = ToriiError::Kind::ConnectionRefused;
    refused.requestSent = false;
    // The sync: only where Torii cannot have started it.
    QVERIFY(RetryPolicy::mayRepeat(SyncStage::Sync, http(429)));
    QVERIFY(!RetryPolicy::mayRepeat(SyncStage::Sync, http(503)));
    QVERIFY(!RetryPolicy::mayRepeat(SyncStage::Sync, http(500)));
    QVERIFY(!RetryPolicy::mayRepeat(SyncStage::Sync, dropped));
    QVERIFY(RetryPolicy::mayRepeat(SyncStage::Sync, refused));
    // Idempotent stages: throttling, server errors and transport failures.
    for (SyncStage stage : {SyncStage::CreateFile, SyncStage::Upload, SyncStage::GetFileId}) {
        QVERIFY(RetryPolicy::mayRepeat(stage, http(503)));
        QVERIFY(RetryPolicy::mayRepeat(stage, http(429)));
        QVERIFY(RetryPolicy::mayRepeat(stage, dropped));
        QVERIFY(!RetryPolicy::mayRepeat(stage, http(400)));
        QVERIFY(!RetryPolicy::mayRepeat(stage, http(401)));
    }
    QVERIFY(!RetryPolicy::mayRepeat(SyncStage::FormatData, http(503)));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"

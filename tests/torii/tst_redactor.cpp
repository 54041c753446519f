// Redactor: the key and a signed URL's secrets never survive into a log line.
#include "torii/redactor.h"

#include <QTest>

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void key();
    void bearerHeader();
    void signedUrl();
    void leavesOtherTextAlone();
};

void TestRedactor::key()
{
    const Redactor redactor(QStringLiteral("tsk_SECRET+key/1"));
    QCOMPARE(redactor.redact(QStringLiteral("key tsk_SECRET+key/1 used")), QStringLiteral("key *** used"));
    QCOMPARE(redactor.redact(QStringLiteral("q=tsk_SECRET%2Bkey%2F1")), QStringLiteral("q=***"));
}

void TestRedactor::bearerHeader()
{
    const Redactor redactor;
    QCOMPARE(redactor.redact(QStringLiteral("Authorization: Bearer abc.def-123")),
             QStringLiteral("Authorization: Bearer ***"));
}

void TestRedactor::signedUrl()
{
    const QString url = QStringLiteral(
        "https://b.s3.amazonaws.com/1/a.json?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F2026%2Fus&"
        "X-Amz-Date=20261128T000000Z&X-Amz-Expires=300&X-Amz-Security-Token=Fwo%2Babc&X-Amz-SignedHeaders=host&"
        "x-amz-signature=deadbeef");
    const QString redacted = Redactor::redactUrl(url);
    QVERIFY(!redacted.contains(QStringLiteral("AKIA")));
    QVERIFY(!redacted.contains(QStringLiteral("Fwo")));
    QVERIFY(!redacted.contains(QStringLiteral("deadbeef")));
    QVERIFY(redacted.contains(QStringLiteral("X-Amz-Credential=REDACTED&")));
    QVERIFY(redacted.contains(QStringLiteral("X-Amz-Expires=300")));
    QVERIFY(redacted.contains(QStringLiteral("/1/a.json")));
}

void TestRedactor::leavesOtherTextAlone()
{
    const Redactor redactor(QStringLiteral("abc")); // too short to be a key: not scrubbed everywhere
    QCOMPARE(redactor.redact(QStringLiteral("abc users")), QStringLiteral("abc users"));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"

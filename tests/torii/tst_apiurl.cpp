// ApiUrl: every spelling of one Torii address is one target (issue #21/1), so the run lock and the never-twice
// check cannot be sidestepped by a trailing slash, a host name's case, "localhost" or a fragment.
#include "torii/apiurl.h"

#include <QTest>

class TestApiUrl : public QObject
{
    Q_OBJECT

private slots:
    void sameTarget_data();
    void sameTarget();
    void differentTargets();
    void normalizedKeepsLoopbackName();
};

void TestApiUrl::sameTarget_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<QString>("key");
    const QString torii = QStringLiteral("https://api.toriihq.com/v1.0");
    QTest::newRow("plain") << torii << torii;
    QTest::newRow("trailing slash") << QStringLiteral("https://api.toriihq.com/v1.0/") << torii;
    QTest::newRow("empty segments") << QStringLiteral("https://api.toriihq.com//v1.0//") << torii;
    QTest::newRow("dot segments") << QStringLiteral("https://api.toriihq.com/x/../v1.0/./") << torii;
    QTest::newRow("case") << QStringLiteral("HTTPS://API.ToriiHQ.com/v1.0") << torii;
    QTest::newRow("trailing dot") << QStringLiteral("https://api.toriihq.com./v1.0") << torii;
    QTest::newRow("default port") << QStringLiteral("https://api.toriihq.com:443/v1.0") << torii;
    QTest::newRow("fragment") << QStringLiteral("https://api.toriihq.com/v1.0#again") << torii;
    QTest::newRow("query") << QStringLiteral("https://api.toriihq.com/v1.0?x=1") << torii;
    QTest::newRow("user info") << QStringLiteral("https://me:pw@api.toriihq.com/v1.0") << torii;
    const QString sandbox = QStringLiteral("http://127.0.0.1:8080/v1.0");
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/v1.0/") << sandbox;
    QTest::newRow("LOCALHOST.") << QStringLiteral("http://LOCALHOST.:8080/v1.0") << sandbox;
    QTest::newRow("sub.localhost") << QStringLiteral("http://torii.localhost:8080/v1.0") << sandbox;
    QTest::newRow("mapped v4") << QStringLiteral("http://[::ffff:127.0.0.1]:8080/v1.0") << sandbox;
    QTest::newRow("http default port") << QStringLiteral("http://127.0.0.1:80/v1.0")
                                       << QStringLiteral("http://127.0.0.1/v1.0");
    QTest::newRow("root") << QStringLiteral("https://api.toriihq.com/") << QStringLiteral("https://api.toriihq.com");
}

void TestApiUrl::sameTarget()
{
    QFETCH(QString, spelling);
    QFETCH(QString, key);
    QCOMPARE(ApiUrl::key(spelling), key);
    QCOMPARE(ApiUrl::key(ApiUrl::key(spelling)), key); // stable
}

void TestApiUrl::differentTargets()
{
    const QString base = ApiUrl::key(QStringLiteral("https://api.toriihq.com/v1.0"));
    QVERIFY(ApiUrl::key(QStringLiteral("https://api.toriihq.com:8443/v1.0")) != base);
    QVERIFY(ApiUrl::key(QStringLiteral("https://api.toriihq.com/v2.0")) != base);
    QVERIFY(ApiUrl::key(QStringLiteral("https://eu.toriihq.com/v1.0")) != base);
    QVERIFY(ApiUrl::key(QStringLiteral("http://127.0.0.1:8080/v1.0")) !=
            ApiUrl::key(QStringLiteral("http://127.0.0.1:8081/v1.0")));
}

void TestApiUrl::normalizedKeepsLoopbackName()
{
    // Requests go where the user pointed them ("localhost" may be ::1 only); only the key resolves the name.
    QCOMPARE(ApiUrl::normalized(QUrl(QStringLiteral("http://localhost:9//v1.0/#f"))),
             QUrl(QStringLiteral("http://localhost:9/v1.0")));
}

QTEST_GUILESS_MAIN(TestApiUrl)
#include "tst_apiurl.moc"

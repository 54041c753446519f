// The in-memory fake must behave like the keychain where callers can tell: asynchronous answers,
// NotFound for absent entries, Unavailable on demand. Other tests rely on it.
#include "memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void answersAsynchronously();
    void unavailableStoresNothing();
};

void TestMemorySecretStore::answersAsynchronously()
{
    MemorySecretStore store;
    QSignalSpy spy(&store, &SecretStore::finished);
    store.write(QStringLiteral("a"), QStringLiteral("s"));
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait());
    store.read(QStringLiteral("a"));
    QVERIFY(spy.wait());
    QCOMPARE(spy.at(1).at(0).value<SecretStore::Result>().secret, QStringLiteral("s"));
    store.read(QStringLiteral("missing"));
    QVERIFY(spy.wait());
    QCOMPARE(spy.at(2).at(0).value<SecretStore::Result>().status, SecretStore::Status::NotFound);
}

void TestMemorySecretStore::unavailableStoresNothing()
{
    MemorySecretStore store;
    store.setUnavailable(true);
    QSignalSpy spy(&store, &SecretStore::finished);
    store.write(QStringLiteral("a"), QStringLiteral("s"));
    QVERIFY(spy.wait());
    QCOMPARE(spy.takeFirst().at(0).value<SecretStore::Result>().status, SecretStore::Status::Unavailable);
    QVERIFY(store.entries().isEmpty());
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"

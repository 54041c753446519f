// Runs inside tests/support/with-keyring.sh: a private D-Bus session with a real, unlocked gnome-keyring.
#include "common/appinfo.h"
#include "secrets/keychainsecretstore.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void readAfterRemoveIsNotFound();
    void profilesAreSeparate();
    void overwriteReplaces();
    void nothingReachesPlaintext();

private:
    SecretStore::Result call(SecretStore& store, SecretStore::Operation op, const QString& account,
                             const QString& secret = {});
};

SecretStore::Result TestKeychainSecretStore::call(SecretStore& store, SecretStore::Operation op, const QString& account,
                                                  const QString& secret)
{
    QSignalSpy spy(&store, &SecretStore::finished);
    switch (op) {
    case SecretStore::Operation::Read:
        store.read(account);
        break;
    case SecretStore::Operation::Write:
        store.write(account, secret);
        break;
    case SecretStore::Operation::Remove:
        store.remove(account);
        break;
    }
    // finished() must come later, never synchronously from inside the call.
    if (spy.isEmpty() && !spy.wait(25000))
        return {};
    return spy.takeFirst().at(0).value<SecretStore::Result>();
}

void TestKeychainSecretStore::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run me through with-keyring.sh");
    AppInfo::applyToApplication();
}

void TestKeychainSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("ascii") << QStringLiteral("tsk_live_0123456789abcdef");
    QTest::newRow("unicode") << QStringLiteral("schlüssel-🔑-鍵");
    QTest::newRow("long") << QString(4096, u'k');
}

void TestKeychainSecretStore::roundTrip()
{
    QFETCH(QString, secret);
    KeychainSecretStore store;
    const QString account = SecretStore::accountForProfile(QStringLiteral("round-trip"));
    const auto written = call(store, SecretStore::Operation::Write, account, secret);
    QVERIFY2(written.ok(), qPrintable(written.message));
    const auto read = call(store, SecretStore::Operation::Read, account);
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, secret);
    QCOMPARE(read.account, account);
    QVERIFY(call(store, SecretStore::Operation::Remove, account).ok());
}

void TestKeychainSecretStore::readAfterRemoveIsNotFound()
{
    KeychainSecretStore store;
    const QString account = SecretStore::accountForProfile(QStringLiteral("removed"));
    QVERIFY(call(store, SecretStore::Operation::Write, account, QStringLiteral("k1")).ok());
    QVERIFY(call(store, SecretStore::Operation::Remove, account).ok());
    const auto read = call(store, SecretStore::Operation::Read, account);
    QCOMPARE(read.status, SecretStore::Status::NotFound);
    QVERIFY(read.secret.isEmpty());
    // Removing again is not an error: the caller's wish (no key) holds.
    QVERIFY(call(store, SecretStore::Operation::Remove, account).ok());
}

void TestKeychainSecretStore::profilesAreSeparate()
{
    KeychainSecretStore store;
    const QString a = SecretStore::accountForProfile(QStringLiteral("a"));
    const QString b = SecretStore::accountForProfile(QStringLiteral("b"));
    QVERIFY(call(store, SecretStore::Operation::Write, a, QStringLiteral("key-a")).ok());
    QVERIFY(call(store, SecretStore::Operation::Write, b, QStringLiteral("key-b")).ok());
    QCOMPARE(call(store, SecretStore::Operation::Read, a).secret, QStringLiteral("key-a"));
    QCOMPARE(call(store, SecretStore::Operation::Read, b).secret, QStringLiteral("key-b"));
    QVERIFY(call(store, SecretStore::Operation::Remove, a).ok());
    QCOMPARE(call(store, SecretStore::Operation::Read, b).secret, QStringLiteral("key-b"));
    QVERIFY(call(store, SecretStore::Operation::Remove, b).ok());
}

void TestKeychainSecretStore::overwriteReplaces()
{
    KeychainSecretStore store;
    const QString account = SecretStore::accountForProfile(QStringLiteral("rotate"));
    QVERIFY(call(store, SecretStore::Operation::Write, account, QStringLiteral("old")).ok());
    QVERIFY(call(store, SecretStore::Operation::Write, account, QStringLiteral("new")).ok());
    QCOMPARE(call(store, SecretStore::Operation::Read, account).secret, QStringLiteral("new"));
    QVERIFY(call(store, SecretStore::Operation::Remove, account).ok());
}

void TestKeychainSecretStore::nothingReachesPlaintext()
{
    const QString secret = QStringLiteral("tsk_plaintext_canary_7f3a9c");
    KeychainSecretStore store;
    const QString account = SecretStore::accountForProfile(QStringLiteral("canary"));
    QVERIFY(call(store, SecretStore::Operation::Write, account, secret).ok());

    // QtKeychain's insecure fallback writes <key>/data into QSettings(service).
    QSettings fallback(AppInfo::keychainService());
    QVERIFY(!fallback.contains(account + QStringLiteral("/data")));

    // And no file under HOME or the config dirs holds the secret in clear (the keyring file is encrypted).
    const QStringList roots {qEnvironmentVariable("HOME"), qEnvironmentVariable("XDG_CONFIG_HOME"),
                             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
    QVERIFY(call(store, SecretStore::Operation::Remove, account).ok());
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"

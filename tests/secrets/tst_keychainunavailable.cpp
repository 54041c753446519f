// A plain CI shell: no D-Bus session and no display. The store must say clearly that no keychain is
// available, promptly, and must not pretend success or write the key anywhere else.
#include "common/appinfo.h"
#include "secrets/keychainsecretstore.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeFailsClearly();
    void readFailsClearly();

private:
    QTemporaryDir m_home;
};

void TestKeychainUnavailable::initTestCase()
{
    AppInfo::applyToApplication();
}

void TestKeychainUnavailable::writeFailsClearly()
{
    KeychainSecretStore store;
    store.setRetryDelay(std::chrono::milliseconds(50));
    QSignalSpy spy(&store, &SecretStore::finished);
    QElapsedTimer clock;
    clock.start();
    const QString account = SecretStore::accountForProfile(QStringLiteral("ci"));
    store.write(account, QStringLiteral("tsk_should_go_nowhere"));
    QVERIFY(spy.wait(30000));
    const auto result = spy.takeFirst().at(0).value<SecretStore::Result>();
    QCOMPARE(result.operation, SecretStore::Operation::Write);
    QCOMPARE(result.status, SecretStore::Status::Unavailable);
    QVERIFY2(result.message.contains(QStringLiteral("No keychain available")), qPrintable(result.message));
    QVERIFY(result.message.contains(QStringLiteral("gnome-keyring")));
    QVERIFY(result.message.contains(QStringLiteral("TORII_API_KEY")));
    QSettings fallback(AppInfo::keychainService());
    QVERIFY(!fallback.contains(account + QStringLiteral("/data")));
    QVERIFY(spy.isEmpty());
}

void TestKeychainUnavailable::readFailsClearly()
{
    KeychainSecretStore store;
    store.setRetryDelay(std::chrono::milliseconds(50));
    QSignalSpy spy(&store, &SecretStore::finished);
    store.read(SecretStore::accountForProfile(QStringLiteral("ci")));
    QVERIFY(spy.wait(30000));
    const auto result = spy.takeFirst().at(0).value<SecretStore::Result>();
    QCOMPARE(result.status, SecretStore::Status::Unavailable);
    QVERIFY(result.secret.isEmpty());
}

int main(int argc, char* argv[])
{
    // Reproduce CI's environment even on a developer's desktop: no session bus to find, no X11 to autolaunch
    // one with, no KDE variables steering QtKeychain to KWallet.
    for (const char* name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP",
                             "KDE_SESSION_VERSION", "KDE_FULL_SESSION", "DESKTOP_SESSION"})
        qunsetenv(name);
    QTemporaryDir runtime;
    qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    QCoreApplication app(argc, argv);
    TestKeychainUnavailable test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainunavailable.moc"

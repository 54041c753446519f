// ProfileStore: profiles in QSettings, the key only in the SecretStore, TORII_API_KEY overriding it.
#include "memorysecretstore.h"
#include "profiles/profilestore.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace
{
    Profile profileOf(const QString& name, const QUrl& apiUrl, qint64 appAccountId)
    {
        Profile profile;
        profile.name = name;
        profile.apiUrl = apiUrl;
        profile.appAccountId = appAccountId;
        return profile;
    }
} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaults();
    void saveAndLoad();
    void removeProfile();
    void checkName();
    void keyGoesToSecretStoreOnly();
    void environmentOverridesKeychain();
    void keychainUnavailable();
    void keyWithControlCharactersRefused_data();
    void keyWithControlCharactersRefused();

private:
    SecretStore::Result waitKey(ProfileStore& store);
    QTemporaryDir m_dir;
    QString m_settingsFile;
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileStore::init()
{
    qunsetenv(ProfileStore::environmentVariable);
    m_settingsFile = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(QDateTime::currentMSecsSinceEpoch()));
}

SecretStore::Result TestProfileStore::waitKey(ProfileStore& store)
{
    QSignalSpy spy(&store, &ProfileStore::keyFinished);
    if (!spy.wait(5000))
        return {};
    return spy.first().at(1).value<SecretStore::Result>();
}

void TestProfileStore::defaults()
{
    MemorySecretStore secrets;
    ProfileStore store(&secrets, m_settingsFile);
    QVERIFY(store.profileNames().isEmpty());
    QCOMPARE(store.currentProfileName(), QStringLiteral("default"));
    const Profile profile = store.profileOrDefault(QStringLiteral("default"));
    QCOMPARE(profile.apiUrl, QUrl(QStringLiteral("https://api.toriihq.com/v1.0")));
    QCOMPARE(profile.appAccountId, 0);
    QVERIFY(!store.profile(QStringLiteral("default")).has_value());
}

void TestProfileStore::saveAndLoad()
{
    MemorySecretStore secrets;
    {
        ProfileStore store(&secrets, m_settingsFile);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        Profile acme = profileOf(QStringLiteral("acme"), QUrl(QStringLiteral("https://eu.example/v1.0")), 4242);
        acme.appId = 31337;
        acme.appName = QStringLiteral("Sandbox App");
        acme.guardPercent = 25;
        acme.guardMinimum = 3;
        store.saveProfile(acme);
        store.setCurrentProfileName(QStringLiteral("acme"));
        QCOMPARE(changed.size(), 1);
    }
    ProfileStore reopened(&secrets, m_settingsFile);
    QCOMPARE(reopened.profileNames(), QStringList {QStringLiteral("acme")});
    const auto profile = reopened.profile(QStringLiteral("acme"));
    QVERIFY(profile.has_value());
    QCOMPARE(profile->apiUrl, QUrl(QStringLiteral("https://eu.example/v1.0")));
    QCOMPARE(profile->appAccountId, 4242);
    QCOMPARE(profile->appId, 31337);
    QCOMPARE(profile->appName, QStringLiteral("Sandbox App"));
    QCOMPARE(profile->guardPercent, 25);
    QCOMPARE(profile->guardMinimum, 3);
    QCOMPARE(reopened.currentProfileName(), QStringLiteral("acme"));
}

void TestProfileStore::removeProfile()
{
    MemorySecretStore secrets;
    ProfileStore store(&secrets, m_settingsFile);
    store.saveProfile(profileOf(QStringLiteral("a"), ProfileStore::defaultApiUrl(), 1));
    store.saveProfile(profileOf(QStringLiteral("b"), ProfileStore::defaultApiUrl(), 2));
    store.setCurrentProfileName(QStringLiteral("a"));
    store.removeProfile(QStringLiteral("a"));
    QCOMPARE(store.profileNames(), QStringList {QStringLiteral("b")});
    QCOMPARE(store.currentProfileName(), QStringLiteral("default"));
}

void TestProfileStore::checkName()
{
    QVERIFY(ProfileStore::checkName(QStringLiteral("prod")).isEmpty());
    QVERIFY(!ProfileStore::checkName(QString()).isEmpty());
    QVERIFY(!ProfileStore::checkName(QStringLiteral("a/b")).isEmpty());
    QVERIFY(!ProfileStore::checkName(QStringLiteral(" padded")).isEmpty());
}

void TestProfileStore::keyGoesToSecretStoreOnly()
{
    const QString key = QStringLiteral("tsk_DISTINCTIVE_profile_key_7731");
    MemorySecretStore secrets;
    ProfileStore store(&secrets, m_settingsFile);
    store.saveProfile(profileOf(QStringLiteral("acme"), ProfileStore::defaultApiUrl(), 4242));
    store.writeKey(QStringLiteral("acme"), key + QStringLiteral("\n"));
    QCOMPARE(waitKey(store).status, SecretStore::Status::Ok);
    QCOMPARE(secrets.entries().value(SecretStore::accountForProfile(QStringLiteral("acme"))), key);

    store.readKey(QStringLiteral("acme"));
    const SecretStore::Result read = waitKey(store);
    QCOMPARE(read.status, SecretStore::Status::Ok);
    QCOMPARE(read.secret, key);

    QFile settings(m_settingsFile);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(key.toUtf8()));

    store.removeKey(QStringLiteral("acme"));
    QCOMPARE(waitKey(store).status, SecretStore::Status::Ok);
    store.readKey(QStringLiteral("acme"));
    QCOMPARE(waitKey(store).status, SecretStore::Status::NotFound);
}

void TestProfileStore::environmentOverridesKeychain()
{
    MemorySecretStore secrets;
    ProfileStore store(&secrets, m_settingsFile);
    store.writeKey(QStringLiteral("acme"), QStringLiteral("from-keychain"));
    QCOMPARE(waitKey(store).status, SecretStore::Status::Ok);
    qputenv(ProfileStore::environmentVariable, "from-environment");
    store.readKey(QStringLiteral("acme"));
    const SecretStore::Result read = waitKey(store);
    qunsetenv(ProfileStore::environmentVariable);
    QCOMPARE(read.status, SecretStore::Status::Ok);
    QCOMPARE(read.secret, QStringLiteral("from-environment"));
    QVERIFY(read.message.contains(QStringLiteral("TORII_API_KEY")));
}

void TestProfileStore::keychainUnavailable()
{
    MemorySecretStore secrets;
    secrets.setUnavailable(true);
    ProfileStore store(&secrets, m_settingsFile);
    store.readKey(QStringLiteral("acme"));
    const SecretStore::Result read = waitKey(store);
    QCOMPARE(read.status, SecretStore::Status::Unavailable);
    QVERIFY(!read.message.isEmpty());
}

void TestProfileStore::keyWithControlCharactersRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("CR LF header") << QStringLiteral("tsk_abc\r\nX-Injected: 1");
    QTest::newRow("LF") << QStringLiteral("tsk_abc\nHost: evil.example");
    QTest::newRow("NUL") << QStringLiteral("tsk_abc") + QChar(0) + QStringLiteral("def");
    QTest::newRow("ESC") << QStringLiteral("tsk_abc\x1b[2Jdef");
}

void TestProfileStore::keyWithControlCharactersRefused()
{
    // Issue #21/8: a key with CR/LF from TORII_API_KEY or the keychain put extra headers on the wire. It is
    // refused wherever it comes from, with a message that says why, and never stored by writeKey().
    QFETCH(QString, key);
    const QString account = SecretStore::accountForProfile(QStringLiteral("acme"));
    MemorySecretStore secrets;
    ProfileStore store(&secrets, m_settingsFile);

    store.writeKey(QStringLiteral("acme"), key);
    SecretStore::Result result = waitKey(store);
    QCOMPARE(result.status, SecretStore::Status::Failed);
    QVERIFY2(result.message.contains(QStringLiteral("control character")), qPrintable(result.message));
    QVERIFY(!secrets.entries().contains(account));

    secrets.write(account, key); // written by something else
    QSignalSpy written(&secrets, &SecretStore::finished);
    QVERIFY(written.count() > 0 || written.wait(5000));
    store.readKey(QStringLiteral("acme"));
    result = waitKey(store);
    QCOMPARE(result.status, SecretStore::Status::Failed);
    QVERIFY(result.secret.isEmpty());
    QVERIFY2(result.message.contains(QStringLiteral("keychain")), qPrintable(result.message));

    if (key.contains(QChar(0)))
        return; // an environment variable cannot hold a NUL
    qputenv(ProfileStore::environmentVariable, key.toUtf8());
    store.readKey(QStringLiteral("acme"));
    result = waitKey(store);
    qunsetenv(ProfileStore::environmentVariable);
    QCOMPARE(result.status, SecretStore::Status::Failed);
    QVERIFY(result.secret.isEmpty());
    QVERIFY2(result.message.contains(QStringLiteral("TORII_API_KEY")), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"

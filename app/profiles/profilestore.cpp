#include "profiles/profilestore.h"

#include "common/logging.h"

#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace
{
    const QString groupPrefix = QStringLiteral("profiles/");
} // namespace

ProfileStore::ProfileStore(SecretStore* secrets, const QString& settingsFile, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_settings(settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                        : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
    if (m_secrets)
        connect(m_secrets, &SecretStore::finished, this, &ProfileStore::onSecretFinished);
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultProfileName()
{
    return QStringLiteral("default");
}

QUrl ProfileStore::defaultApiUrl()
{
    return QUrl(QStringLiteral("https://api.toriihq.com/v1.0"));
}

QString ProfileStore::checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return tr("A profile needs a name.");
    if (name.contains(u'/') || name.contains(u'\\') || name != name.trimmed())
        return tr("A profile name cannot contain '/' or '\\' or start or end with spaces.");
    return {};
}

QStringList ProfileStore::profileNames() const
{
    m_settings->beginGroup(QStringLiteral("profiles"));
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<Profile> ProfileStore::profile(const QString& name) const
{
    if (!profileNames().contains(name))
        return std::nullopt;
    Profile result;
    result.name = name;
    m_settings->beginGroup(groupPrefix + name);
    result.apiUrl = QUrl(m_settings->value(QStringLiteral("apiUrl"), defaultApiUrl().toString()).toString());
    result.appAccountId = m_settings->value(QStringLiteral("appAccountId"), 0).toLongLong();
    result.appId = m_settings->value(QStringLiteral("appId"), 0).toLongLong();
    result.appName = m_settings->value(QStringLiteral("appName")).toString();
    result.guardPercent = std::clamp(m_settings->value(QStringLiteral("guardPercent"), 10).toInt(), 0, 100);
    result.guardMinimum = std::max(0, m_settings->value(QStringLiteral("guardMinimum"), 10).toInt());
    m_settings->endGroup();
    return result;
}

Profile ProfileStore::profileOrDefault(const QString& name) const
{
    if (auto stored = profile(name))
        return *stored;
    Profile result;
    result.name = name;
    result.apiUrl = defaultApiUrl();
    return result;
}

std::optional<Profile> ProfileStore::resolve(const QString& name, QString* error) const
{
    const QString wanted = name.isEmpty() ? currentProfileName() : name;
    if (auto stored = profile(wanted))
        return stored;
    if (wanted == defaultProfileName() || name.isEmpty())
        return profileOrDefault(wanted);
    if (error)
        *error = tr("no profile named \"%1\" (see 'torii-sync-cli profile list')").arg(wanted);
    return std::nullopt;
}

void ProfileStore::saveProfile(const Profile& profile)
{
    m_settings->beginGroup(groupPrefix + profile.name);
    m_settings->setValue(QStringLiteral("apiUrl"), profile.apiUrl.toString());
    m_settings->setValue(QStringLiteral("appAccountId"), profile.appAccountId);
    if (profile.appId > 0)
        m_settings->setValue(QStringLiteral("appId"), profile.appId);
    else
        m_settings->remove(QStringLiteral("appId"));
    m_settings->setValue(QStringLiteral("appName"), profile.appName);
    m_settings->setValue(QStringLiteral("guardPercent"), profile.guardPercent);
    m_settings->setValue(QStringLiteral("guardMinimum"), profile.guardMinimum);
    m_settings->endGroup();
    m_settings->sync();
    emit profilesChanged();
}

void ProfileStore::removeProfile(const QString& name)
{
    m_settings->remove(groupPrefix + name);
    if (currentProfileName() == name)
        m_settings->remove(QStringLiteral("currentProfile"));
    m_settings->sync();
    emit profilesChanged();
}

QString ProfileStore::currentProfileName() const
{
    return m_settings->value(QStringLiteral("currentProfile"), defaultProfileName()).toString();
}

void ProfileStore::setCurrentProfileName(const QString& name)
{
    m_settings->setValue(QStringLiteral("currentProfile"), name);
    m_settings->sync();
}

QString ProfileStore::environmentKey()
{
    return qEnvironmentVariable(environmentVariable).trimmed();
}

void ProfileStore::readKey(const QString& profileName)
{
    const QString fromEnvironment = environmentKey();
    if (!fromEnvironment.isEmpty()) {
        SecretStore::Result result {
            SecretStore::Operation::Read, SecretStore::accountForProfile(profileName), SecretStore::Status::Ok,
            fromEnvironment,
            tr("Using the key from the %1 environment variable.").arg(QLatin1String(environmentVariable))};
        if (const QString problem = checkKey(fromEnvironment, QLatin1String(environmentVariable)); !problem.isEmpty())
            result = {SecretStore::Operation::Read, result.account, SecretStore::Status::Failed, {}, problem};
        QTimer::singleShot(0, this, [this, profileName, result] { emit keyFinished(profileName, result); });
        return;
    }
    if (!m_secrets) {
        const SecretStore::Result result {SecretStore::Operation::Read,
                                          SecretStore::accountForProfile(profileName),
                                          SecretStore::Status::Unavailable,
                                          {},
                                          tr("No keychain is available.")};
        QTimer::singleShot(0, this, [this, profileName, result] { emit keyFinished(profileName, result); });
        return;
    }
    m_secrets->read(SecretStore::accountForProfile(profileName));
}

void ProfileStore::writeKey(const QString& profileName, const QString& key)
{
    if (const QString problem = checkKey(key.trimmed(), tr("the key given")); !problem.isEmpty()) {
        const SecretStore::Result result {SecretStore::Operation::Write,
                                          SecretStore::accountForProfile(profileName),
                                          SecretStore::Status::Failed,
                                          {},
                                          problem};
        QTimer::singleShot(0, this, [this, profileName, result] { emit keyFinished(profileName, result); });
        return;
    }
    m_secrets->write(SecretStore::accountForProfile(profileName), key.trimmed());
}

QString ProfileStore::checkKey(const QString& key, const QString& source)
{
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (key.at(i).category() == QChar::Other_Control)
            return tr("The API key from %1 contains a control character (U+%2 at position %3), which would corrupt "
                      "the request; it is not used. Copy the key again from Torii (Settings > API Access).")
                .arg(source)
                .arg(key.at(i).unicode(), 4, 16, QLatin1Char('0'))
                .arg(i + 1);
    }
    return {};
}

void ProfileStore::removeKey(const QString& profileName)
{
    m_secrets->remove(SecretStore::accountForProfile(profileName));
}

QString ProfileStore::profileForAccount(const QString& account) const
{
    const QString prefix = SecretStore::accountForProfile(QString());
    return account.startsWith(prefix) ? account.mid(prefix.size()) : QString();
}

void ProfileStore::onSecretFinished(const SecretStore::Result& result)
{
    const QString name = profileForAccount(result.account);
    if (name.isEmpty())
        return; // not one of ours
    qCDebug(lcProfiles) << "keychain" << result.operation << "for profile" << name << result.status;
    if (result.operation == SecretStore::Operation::Read && result.ok()) {
        if (const QString problem = checkKey(result.secret, tr("the keychain")); !problem.isEmpty()) {
            emit keyFinished(name, {result.operation, result.account, SecretStore::Status::Failed, {}, problem});
            return;
        }
    }
    emit keyFinished(name, result);
}

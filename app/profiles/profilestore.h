#pragma once

#include "profiles/profile.h"
#include "secrets/secretstore.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

// Profiles in QSettings (name, API URL, app, app account id, removal-guard thresholds) and their API keys in
// the SecretStore; the TORII_API_KEY environment variable overrides the keychain for automation. Used by the
// GUI's Connect page and the CLI's sync/key commands.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    static constexpr const char* environmentVariable = "TORII_API_KEY";

    // settingsFile empty: the application's normal QSettings; otherwise an INI file (tests).
    explicit ProfileStore(SecretStore* secrets, const QString& settingsFile = {}, QObject* parent = nullptr);
    ~ProfileStore() override;

    [[nodiscard]] static QString defaultProfileName();
    [[nodiscard]] static QUrl defaultApiUrl();
    // Empty when the name is usable, else why not.
    [[nodiscard]] static QString checkName(const QString& name);

    [[nodiscard]] QStringList profileNames() const;
    // A stored profile, or nullopt. profileOrDefault() gives the default values for an unknown name.
    [[nodiscard]] std::optional<Profile> profile(const QString& name) const;
    [[nodiscard]] Profile profileOrDefault(const QString& name) const;
    // The profile a command names: a given name must be stored (or be the built-in default); an empty name
    // means the current profile. An unknown name is never replaced by the default: nullopt and *error.
    [[nodiscard]] std::optional<Profile> resolve(const QString& name, QString* error) const;
    void saveProfile(const Profile& profile);
    void removeProfile(const QString& name); // the key is removed separately with removeKey()
    [[nodiscard]] QString currentProfileName() const;
    void setCurrentProfileName(const QString& name);

    // Key operations answer with keyFinished(profileName, result), always asynchronously.
    // readKey prefers TORII_API_KEY when it is set (result.message then says so).
    void readKey(const QString& profileName);
    void writeKey(const QString& profileName, const QString& key);
    void removeKey(const QString& profileName);
    [[nodiscard]] static QString environmentKey();
    // Empty when the key can go into an HTTP header; else why not. A control character (CR, LF, ...) would
    // put extra headers on the wire, so such a key is refused wherever it comes from (`source` names it).
    [[nodiscard]] static QString checkKey(const QString& key, const QString& source);

signals:
    void keyFinished(const QString& profileName, const SecretStore::Result& result);
    void profilesChanged();

private:
    void onSecretFinished(const SecretStore::Result& result);
    [[nodiscard]] QString profileForAccount(const QString& account) const;

    SecretStore* m_secrets;
    std::unique_ptr<QSettings> m_settings;
};

#pragma once

#include "diff/removalguard.h"
#include "page.h"
#include "secrets/secretstore.h"
#include "session.h"

class AppServices;
class ProfileStore;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class SandboxThread;
class ToriiClient;
class ToriiJob;

// Step 1: where to sync. A profile (API URL + app account id) with its API key in the OS keychain, checked
// with GET /orgs/my; or the "Demo (sandbox)" profile that starts the built-in Torii double in-process, on a
// thread of its own so a demo sync of a large file never blocks the window.
class ConnectPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectPage)

public:
    ConnectPage(Session* session, AppServices* services, QWidget* parent = nullptr);
    ~ConnectPage() override;

    void selectDemo();
    void selectProfile(const QString& name);
    void validate();
    void saveKey();
    [[nodiscard]] QString nextText() const override;
    // The demo's sandbox once started (nullptr before): tests inject faults and read back through it.
    [[nodiscard]] SandboxThread* sandbox() const;
    [[nodiscard]] QLineEdit* keyEdit() const { return m_key; }
    [[nodiscard]] QLineEdit* apiUrlEdit() const { return m_apiUrl; }
    [[nodiscard]] QLineEdit* appAccountEdit() const { return m_appAccount; }
    [[nodiscard]] QLabel* keychainLabel() const { return m_keychainStatus; }
    [[nodiscard]] QLabel* orgLabel() const { return m_orgStatus; }
    [[nodiscard]] QComboBox* profileBox() const { return m_profiles; }
    [[nodiscard]] QLineEdit* appIdEdit() const { return m_appId; }
    [[nodiscard]] QPushButton* chooseAppButton() const { return m_chooseApp; }
    [[nodiscard]] QSpinBox* guardPercentBox() const { return m_guardPercent; }
    [[nodiscard]] QSpinBox* guardMinimumBox() const { return m_guardMinimum; }
    // Opens the app picker over the org's apps (GET /apps).
    void chooseApp();

signals:
    void validated(bool ok);

private:
    void fillProfiles();
    void onProfileActivated(int index);
    void onKeyFinished(const QString& profile, const SecretStore::Result& result);
    void onOrgFinished(const QString& profile, bool demo, const QJsonObject& json, const QString& error);
    void storeProfile();
    void showApp(qint64 appId, const QString& appName, const RemovalGuard::Thresholds& guard);
    void fillTarget(Session::Connection* c) const;
    void newProfile();
    void showKeychainProblem(const QString& message);
    void publish(const QString& orgName);
    [[nodiscard]] bool isDemo() const;

    Session* m_session = nullptr;
    AppServices* m_services = nullptr;
    ProfileStore* m_store = nullptr;
    ToriiClient* m_client = nullptr;
    QComboBox* m_profiles = nullptr;
    QPushButton* m_newProfile = nullptr;
    QLineEdit* m_apiUrl = nullptr;
    QLineEdit* m_key = nullptr;
    QPushButton* m_saveKey = nullptr;
    QLabel* m_keychainStatus = nullptr;
    QFrame* m_keychainProblem = nullptr;
    QLabel* m_keychainProblemText = nullptr;
    QPushButton* m_validate = nullptr;
    QLabel* m_orgStatus = nullptr;
    QLineEdit* m_appAccount = nullptr;
    QLineEdit* m_appId = nullptr;
    QLabel* m_appName = nullptr;
    QPushButton* m_chooseApp = nullptr;
    QSpinBox* m_guardPercent = nullptr;
    QSpinBox* m_guardMinimum = nullptr;
    QString m_validatingKey; // the key the running validation checks
    QString m_validatedKey;  // the last key Torii accepted: only that one is saved to the keychain
    bool m_saveAfterValidation = false;
    QString m_keyProfile; // the profile whose key m_key shows
};

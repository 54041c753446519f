#pragma once

#include "mapping/presetstore.h"

#include <QString>

#include <memory>

class HistoryStore;
class ProfileStore;
class QNetworkAccessManager;
class SandboxThread;
class SecretStore;
class ToriiClient;

// The window's composition root: the infrastructure every page shares, built once by main() (and by the GUI
// tests) and injected into MainWindow and its pages, which never build their own. It outlives the window, so
// the pages' objects that point into it (jobs, the sync journal) are gone before it is.
//
// The Connect page's ToriiClient is its own: a client is one destination (URL, key, redactor), and checking a
// newly typed key must never retarget a sync that is running or waiting to be resumed. The sync's client is
// SyncRun's, on the same network access manager.
class AppServices final
{
    Q_DISABLE_COPY_MOVE(AppServices)

public:
    struct Locations
    {
        QString presetDirectory; // empty: PresetStore's default
        QString historyPath;     // empty: HistoryStore's default
        QString settingsFile;    // empty: the application's QSettings (profiles)
    };

    // secrets: the keychain (or a test double); not owned, it must outlive this object.
    explicit AppServices(SecretStore* secrets, const Locations& locations = {});
    ~AppServices();

    [[nodiscard]] QNetworkAccessManager* network() const { return m_network.get(); }
    // The Connect page's client: checks a profile's key with GET /orgs/my.
    [[nodiscard]] ToriiClient* connectionClient() const { return m_connectionClient.get(); }
    [[nodiscard]] ProfileStore* profiles() const { return m_profiles.get(); }
    [[nodiscard]] const PresetStore& presets() const { return m_presets; }
    [[nodiscard]] HistoryStore* history() const { return m_history.get(); }

    // The demo's in-process Torii, started on first use on a thread of its own; nullptr with *error when it
    // cannot start. demoSandbox() is nullptr until then.
    SandboxThread* startDemoSandbox(QString* error);
    [[nodiscard]] SandboxThread* demoSandbox() const { return m_sandbox.get(); }

private:
    // Declaration order is destruction order, reversed: the sandbox and the client go before the network
    // access manager their jobs use.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ToriiClient> m_connectionClient;
    std::unique_ptr<ProfileStore> m_profiles;
    PresetStore m_presets;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<SandboxThread> m_sandbox;
};

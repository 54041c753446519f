#include "appservices.h"

#include "history/historystore.h"
#include "profiles/profilestore.h"
#include "sandbox/sandboxthread.h"
#include "torii/toriiclient.h"

#include <QNetworkAccessManager>

AppServices::AppServices(SecretStore* secrets, const Locations& locations)
    : m_network(std::make_unique<QNetworkAccessManager>())
    , m_connectionClient(std::make_unique<ToriiClient>(m_network.get()))
    , m_profiles(std::make_unique<ProfileStore>(secrets, locations.settingsFile))
    , m_presets(locations.presetDirectory)
    , m_history(std::make_unique<HistoryStore>(locations.historyPath))
{ }

AppServices::~AppServices() = default;

SandboxThread* AppServices::startDemoSandbox(QString* error)
{
    if (m_sandbox)
        return m_sandbox.get();
    // Its own thread: receiving, hashing and checking a big upload would otherwise freeze the window.
    auto sandbox = std::make_unique<SandboxThread>();
    if (!sandbox->start()) {
        if (error)
            *error = sandbox->errorString();
        return nullptr;
    }
    m_sandbox = std::move(sandbox);
    return m_sandbox.get();
}

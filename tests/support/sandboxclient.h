#pragma once

#include "torii/toriijob.h"

#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class Sandbox;
class ToriiClient;

// A sandbox on loopback and a ToriiClient pointed at it with the sandbox's key: the set-up the network tests
// start from. Tests reach both directly to add faults, read back requests or point the client elsewhere.
class SandboxClient
{
public:
    SandboxClient();
    ~SandboxClient();
    Q_DISABLE_COPY_MOVE(SandboxClient)

    // Starts the sandbox (any free port) with key and points the client at it; false when it cannot listen.
    [[nodiscard]] bool start(const QString& key, std::chrono::milliseconds timeout);

    [[nodiscard]] Sandbox* sandbox() const { return m_sandbox.get(); }
    [[nodiscard]] QNetworkAccessManager* nam() const { return m_nam.get(); }
    [[nodiscard]] ToriiClient* client() const { return m_client.get(); }

    // scheme://host:port/v1.0: an API URL on another local server (a scripted or silent one, a proxy).
    [[nodiscard]] static QUrl apiUrlOn(const QString& scheme, const QString& host, quint16 port);
    // Starts job and waits for its finished(); a default (empty) response when it does not finish in time.
    [[nodiscard]] static ToriiResponse run(ToriiJob* job, int timeoutMs = 5000);

private:
    // Declared in the order they must be created; destroyed client first, sandbox last.
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ToriiClient> m_client;
};

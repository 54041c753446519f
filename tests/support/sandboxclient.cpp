#include "sandboxclient.h"

#include "sandbox/sandbox.h"
#include "torii/toriiclient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

SandboxClient::SandboxClient()
    : m_sandbox(std::make_unique<Sandbox>())
    , m_nam(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<ToriiClient>(m_nam.get()))
{ }

SandboxClient::~SandboxClient()
{
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

bool SandboxClient::start(const QString& key, std::chrono::milliseconds timeout)
{
    m_sandbox->setApiKey(key);
    if (!m_sandbox->start())
        return false;
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(key);
    m_client->setTimeout(timeout);
    return true;
}

QUrl SandboxClient::apiUrlOn(const QString& scheme, const QString& host, quint16 port)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/v1.0"));
    return url;
}

ToriiResponse SandboxClient::run(ToriiJob* job, int timeoutMs)
{
    QSignalSpy spy(job, &ToriiJob::finished);
    job->start();
    if (!spy.wait(timeoutMs))
        return {};
    return spy.first().first().value<ToriiResponse>();
}

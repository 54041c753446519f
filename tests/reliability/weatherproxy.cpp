#include "weatherproxy.h"

#include <QTcpSocket>

struct WeatherProxy::Link
{
    QTcpSocket* client = nullptr;
    QTcpSocket* upstream = nullptr;
    bool spoil = false;
    Weather weather = Weather::HalfWritten;
    QByteArray held; // upstream bytes of the spoiled response so far
};

WeatherProxy::WeatherProxy(quint16 upstreamPort, QObject* parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &WeatherProxy::onConnection);
}

WeatherProxy::~WeatherProxy()
{
    for (const auto& link : std::as_const(m_links)) {
        delete link->client;
        delete link->upstream;
    }
}

bool WeatherProxy::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void WeatherProxy::spoil(const QByteArray& requestLine, Weather weather, int count)
{
    m_match = requestLine;
    m_weather = weather;
    m_budget = count;
}

void WeatherProxy::onConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto link = std::make_shared<Link>();
        link->client = client;
        client->setParent(nullptr);
        link->upstream = new QTcpSocket;
        Link* raw = link.get();
        connect(client, &QTcpSocket::readyRead, this, [this, raw] { onClientData(raw); });
        connect(link->upstream, &QTcpSocket::readyRead, this, [this, raw] { onUpstreamData(raw); });
        connect(client, &QTcpSocket::disconnected, this, [raw] { raw->upstream->disconnectFromHost(); });
        connect(link->upstream, &QTcpSocket::disconnected, this, [raw] {
            if (!raw->spoil)
                raw->client->disconnectFromHost();
        });
        link->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        m_links.append(link);
    }
}

void WeatherProxy::onClientData(Link* link)
{
    const QByteArray data = link->client->readAll();
    if (m_budget > 0 && !m_match.isEmpty() && data.startsWith(m_match)) {
        --m_budget;
        ++m_spoiled;
        link->spoil = true;
        link->weather = m_weather;
    }
    link->upstream->write(data);
}

void WeatherProxy::onUpstreamData(Link* link)
{
    const QByteArray data = link->upstream->readAll();
    if (!link->spoil) {
        link->client->write(data);
        return;
    }
    if (link->weather == Weather::BlackHole)
        return; // the request was delivered; the answer never comes back
    link->held += data;
    const qsizetype headerEnd = link->held.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    // Headers (with their Content-Length) and 3 bytes of the body, then the connection ends.
    link->client->write(link->held.left(headerEnd + 4 + 3));
    link->client->flush();
    link->client->disconnectFromHost();
    link->upstream->disconnectFromHost();
}

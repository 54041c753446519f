#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

#include <memory>

class QTcpSocket;

// A loopback TCP proxy in front of the Sandbox that spoils the response to chosen requests: it answers only
// the status line, headers and a few body bytes, then closes (a half-written response), or never answers at
// all (a black hole). Requests are matched by the start of their request line ("PUT /v1.0/services/sync").
// Used by tst_networkweather.
class WeatherProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeatherProxy)

public:
    enum class Weather
    {
        HalfWritten,
        BlackHole
    };

    explicit WeatherProxy(quint16 upstreamPort, QObject* parent = nullptr);
    ~WeatherProxy() override;

    bool start();
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    // The next `count` requests whose request line starts with `requestLine` get this weather.
    void spoil(const QByteArray& requestLine, Weather weather, int count = 1);
    [[nodiscard]] int spoiled() const { return m_spoiled; }

private:
    struct Link;
    void onConnection();
    void onClientData(Link* link);
    void onUpstreamData(Link* link);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QByteArray m_match;
    Weather m_weather = Weather::HalfWritten;
    int m_budget = 0;
    int m_spoiled = 0;
    QList<std::shared_ptr<Link>> m_links;
};

#pragma once

#include <QByteArrayList>
#include <QTcpServer>

// A loopback HTTP proxy that only tunnels (CONNECT host:port), the way a corporate proxy carries https. It
// records each CONNECT line so a test can show the client went through it. Used by tst_oneshotsync.
class ConnectProxy final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectProxy)

public:
    explicit ConnectProxy(QObject* parent = nullptr);
    ~ConnectProxy() override;

    [[nodiscard]] QByteArrayList connectLines() const { return m_connectLines; }

private:
    void onConnection();

    QByteArrayList m_connectLines;
};

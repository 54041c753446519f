#include "connectproxy.h"

#include <QTcpSocket>

#include <memory>

ConnectProxy::ConnectProxy(QObject* parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &ConnectProxy::onConnection);
}

ConnectProxy::~ConnectProxy() = default;

void ConnectProxy::onConnection()
{
    while (QTcpSocket* client = nextPendingConnection()) {
        auto* upstream = new QTcpSocket(client);
        const auto head = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, head] {
            if (upstream->state() == QAbstractSocket::ConnectedState) {
                upstream->write(client->readAll());
                return;
            }
            *head += client->readAll();
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0 || upstream->state() != QAbstractSocket::UnconnectedState)
                return;
            const QByteArray line = head->left(head->indexOf("\r\n"));
            m_connectLines.append(line);
            const QList<QByteArray> parts = line.split(' ');
            const qsizetype colon = parts.value(1).lastIndexOf(':');
            if (parts.value(0) != "CONNECT" || colon < 0) {
                client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            const QByteArray rest = head->mid(end + 4);
            connect(upstream, &QTcpSocket::connected, client, [client, upstream, rest] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                upstream->write(rest);
            });
            connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            upstream->connectToHost(QString::fromLatin1(parts.value(1).left(colon)),
                                    quint16(parts.value(1).mid(colon + 1).toUInt()));
        });
        connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            upstream->disconnectFromHost();
            client->deleteLater();
        });
    }
}

#pragma once

#include "sandbox/sandboxrequest.h"

#include <QObject>
#include <QPointer>

#include <memory>

class UploadSink;
class QTcpSocket;

// One client connection of the sandbox's HTTP/1.1 server: parses requests (keep-alive, Content-Length
// bodies), streams upload bodies to a spool file (hashing and schema-checking them on the way), and lets the
// Sandbox answer, delay, hang or drop.
class SandboxConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxConnection)

public:
    SandboxConnection(QTcpSocket* socket, QString spoolDir, QObject* parent = nullptr);
    ~SandboxConnection() override;

    void respond(int status, const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body);
    // Closes the connection without a response (a "dropped connection" fault).
    void drop();
    [[nodiscard]] bool isOpen() const;

    [[nodiscard]] static QByteArray reasonPhrase(int status);

signals:
    void requestReceived(SandboxConnection* connection, const SandboxRequest& request);

private:
    enum class State
    {
        Headers,
        Body,
        Waiting // a request is being answered; further bytes wait in the socket buffer
    };

    void onReadyRead();
    [[nodiscard]] bool parseHeaders(const QByteArray& head);
    void readBody();
    void take(const QByteArray& chunk);
    [[nodiscard]] qint64 receiveDirect(char* into, qint64 size);
    void completeRequest();
    void fail(int status, const QByteArray& message);

    QPointer<QTcpSocket> m_socket;
    QString m_spoolDir;
    State m_state = State::Headers;
    QByteArray m_buffer;
    SandboxRequest m_request;
    qint64 m_remaining = 0;
    bool m_closeAfter = false;
    std::unique_ptr<UploadSink> m_sink; // the upload body being received, if any
};

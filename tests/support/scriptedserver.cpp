#include "scriptedserver.h"

#include <QSslSocket>
#include <QTimer>

namespace
{
    const char* const bufferProperty = "scriptedBuffer";
} // namespace

ScriptedServer::ScriptedServer(Script script, QObject* parent)
    : QTcpServer(parent)
    , m_script(std::move(script))
{ }

ScriptedServer::~ScriptedServer() = default;

void ScriptedServer::setTls(const QSslCertificate& certificate, const QSslKey& key)
{
    m_certificate = certificate;
    m_key = key;
}

void ScriptedServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket* socket = nullptr;
    if (!m_certificate.isNull()) {
        auto* tls = new QSslSocket(this);
        tls->setLocalCertificate(m_certificate);
        tls->setPrivateKey(m_key);
        socket = tls;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_connections;
    if (m_deaf)
        socket->setReadBufferSize(16 * 1024); // Qt stops taking bytes from the kernel beyond this
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (!m_deaf)
            onData(socket);
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (auto* tls = qobject_cast<QSslSocket*>(socket))
        tls->startServerEncryption();
}

void ScriptedServer::onData(QTcpSocket* socket)
{
    const QByteArray data = socket->readAll();
    m_received += data;
    QByteArray buffer = socket->property(bufferProperty).toByteArray() + data;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const qsizetype length = header(buffer.left(end + 4), "Content-Length").toLongLong();
        if (buffer.size() < end + 4 + length)
            break;
        const QByteArray request = buffer.left(end + 4 + length);
        buffer.remove(0, request.size());
        m_requests.append(request);
        m_script(socket, request);
    }
    socket->setProperty(bufferProperty, buffer);
}

QByteArray ScriptedServer::header(const QByteArray& request, const QByteArray& name)
{
    const qsizetype end = request.indexOf("\r\n\r\n");
    for (const QByteArray& line : request.left(end < 0 ? request.size() : end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

ScriptedServer::Script ScriptedServer::answer(QByteArray response)
{
    return [response](QTcpSocket* socket, const QByteArray&) {
        socket->write(response);
        socket->disconnectFromHost();
    };
}

ScriptedServer::Script ScriptedServer::answerInPieces(QList<QByteArray> pieces)
{
    // Each piece in its own TCP segment, 30 ms apart, so the client parses a response that arrives in parts.
    return [pieces](QTcpSocket* socket, const QByteArray&) {
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            QTimer::singleShot(int(30 * i), socket, [socket, piece = pieces.at(i), last = i + 1 == pieces.size()] {
                socket->write(piece);
                socket->flush();
                if (last)
                    socket->disconnectFromHost();
            });
        }
    };
}

ScriptedServer::Script ScriptedServer::closeWithoutAnswer()
{
    return [](QTcpSocket* socket, const QByteArray&) { socket->disconnectFromHost(); };
}

ScriptedServer::Script ScriptedServer::silent()
{
    return [](QTcpSocket*, const QByteArray&) {};
}

#include "torii/oneshothttprequest.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace
{
    constexpr qint64 maxBodyBytes = 1 << 20; // answers to the calls we make are small; never buffer more
    // Streaming a body: read the device in 1 MiB pieces and keep up to 4 MiB queued in the socket. Large writes
    // keep the per-byte cost of a 200 MB upload to a memcpy (Qt's HTTP stack moves 16 KiB per round trip between
    // threads), and the cap keeps memory flat whatever the payload's size.
    constexpr qint64 bodyChunkBytes = 1 << 20;
    constexpr qint64 bodyQueueBytes = 4 << 20;

    bool isHttps(const QUrl& url)
    {
        return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    }
} // namespace

OneShotHttpRequest::OneShotHttpRequest(QByteArray verb, QUrl url, Headers headers, QByteArray body,
                                       const QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_verb(std::move(verb))
    , m_url(std::move(url))
    , m_headers(std::move(headers))
    , m_body(std::move(body))
    , m_nam(nam)
    , m_parser(maxBodyBytes)
{ }

OneShotHttpRequest::~OneShotHttpRequest()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

std::optional<QNetworkProxy> OneShotHttpRequest::proxyFor(const QUrl& url, const QNetworkAccessManager* nam)
{
    // As QNetworkAccessManager does: its factory, else its proxy, else the application's (which answers
    // "no proxy" for loopback hosts).
    const QNetworkProxyQuery query(url);
    QList<QNetworkProxy> proxies;
    if (nam && nam->proxyFactory())
        proxies = nam->proxyFactory()->queryProxy(query);
    else if (nam && nam->proxy().type() != QNetworkProxy::DefaultProxy)
        proxies = {nam->proxy()};
    else
        proxies = QNetworkProxyFactory::proxyForQuery(query);
    if (proxies.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    // The first one a socket can tunnel through (no proxy, SOCKS5, or an HTTP proxy via CONNECT). A caching
    // proxy that can only forward requests is skipped: Qt would use it for plain http, which is loopback only.
    for (const QNetworkProxy& proxy : std::as_const(proxies)) {
        if (proxy.type() != QNetworkProxy::DefaultProxy && proxy.capabilities() & QNetworkProxy::TunnelingCapability)
            return proxy;
    }
    return std::nullopt;
}

QByteArray OneShotHttpRequest::serialize() const
{
    QByteArray target = m_url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');
    QByteArray host = m_url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (m_url.port() != -1)
        host += ':' + QByteArray::number(m_url.port());

    QByteArray out = m_verb + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto& [name, value] : m_headers)
        out += name + ": " + value + "\r\n";
    const qint64 length = m_bodyDevice ? m_bodySize : m_body.size();
    if (length > 0 || m_verb == "PUT" || m_verb == "POST")
        out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    // One request per connection: nothing can be queued behind it, nothing can be replayed on it.
    out += "Connection: close\r\n\r\n";
    return m_bodyDevice ? out : out + m_body; // a streamed body follows the head as the connection drains
}

void OneShotHttpRequest::setBodyDevice(QIODevice* device, qint64 size)
{
    if (m_started)
        return;
    m_bodyDevice = device;
    m_bodySize = size;
    m_body.clear();
}

void OneShotHttpRequest::start()
{
    if (m_started)
        return; // one request per object, like one per connection
    m_started = true;
    const std::optional<QNetworkProxy> proxy = proxyFor(m_url, m_nam);
    if (!proxy) {
        QTimer::singleShot(0, this, [this] { fail(Error::Proxy, tr("no suitable proxy found")); });
        return;
    }
    const bool tls = isHttps(m_url);
    QSslSocket* sslSocket = nullptr;
    if (tls) {
        sslSocket = new QSslSocket(this);
        // The default configuration: the system CA set, peer verification on. Only HTTP/1.1 is offered.
        QSslConfiguration config = sslSocket->sslConfiguration();
        config.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
        sslSocket->setSslConfiguration(config);
        m_socket = sslSocket;
        connect(sslSocket, &QSslSocket::encrypted, this, &OneShotHttpRequest::sendRequest);
        // Encrypted bytes reaching the network are what frees room for the next piece of a streamed body.
        connect(sslSocket, &QSslSocket::encryptedBytesWritten, this, &OneShotHttpRequest::onBytesWritten);
        connect(sslSocket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            QStringList texts;
            for (const QSslError& e : errors)
                texts.append(e.errorString());
            m_tlsErrors = texts.join(QStringLiteral("; "));
        });
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &OneShotHttpRequest::sendRequest);
    }
    m_socket->setProxy(*proxy);
    connect(m_socket, &QTcpSocket::connected, this, &OneShotHttpRequest::activity);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &OneShotHttpRequest::onBytesWritten);
    connect(m_socket, &QTcpSocket::readyRead, this, &OneShotHttpRequest::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &OneShotHttpRequest::onEndOfStream);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &OneShotHttpRequest::onSocketError);

    const quint16 port = quint16(m_url.port(tls ? 443 : 80));
    if (sslSocket)
        sslSocket->connectToHostEncrypted(m_url.host(), port); // verifies the certificate for this host name
    else
        m_socket->connectToHost(m_url.host(), port);
}

void OneShotHttpRequest::sendRequest()
{
    if (m_done || m_requestSent)
        return; // never a second time on this (or any) connection
    // From the moment the bytes are handed over the server may act on them: "sent" is the safe answer.
    m_requestSent = true;
    m_socket->write(serialize());
    emit activity();
    pumpBody();
}

void OneShotHttpRequest::pumpBody()
{
    // Not before the head: over TLS, handshake bytes going out already report encryptedBytesWritten.
    if (!m_bodyDevice || !m_requestSent || m_done || !m_socket)
        return;
    while (m_bodyQueued < m_bodySize && pendingBytes() < bodyQueueBytes) {
        // A fresh array per piece: QIODevice::write(QByteArray) queues a large array by reference instead of
        // copying it into the socket's buffer (a reused one would be shared, and copied on the next read).
        QByteArray chunk(qsizetype(std::min(bodyChunkBytes, m_bodySize - m_bodyQueued)), Qt::Uninitialized);
        const qint64 got = m_bodyDevice->read(chunk.data(), chunk.size());
        if (got <= 0) {
            // The server has part of a body it will never get the rest of: it cannot act on it.
            fail(Error::BodyRead,
                 got < 0 ? tr("cannot read the data to send: %1").arg(m_bodyDevice->errorString())
                         : tr("the data to send ended after %1 of %2 bytes").arg(m_bodyQueued).arg(m_bodySize));
            return;
        }
        chunk.truncate(qsizetype(got));
        m_socket->write(chunk);
        m_bodyQueued += got;
    }
}

qint64 OneShotHttpRequest::pendingBytes() const
{
    // Over TLS, QSslSocket encrypts what it is given at once and reports it written; the bytes then wait,
    // encrypted, in the socket underneath. Counting only the plain ones would read the whole file into memory.
    const auto* tls = qobject_cast<const QSslSocket*>(m_socket.data());
    return m_socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
}

void OneShotHttpRequest::onBytesWritten()
{
    if (m_done || !m_socket)
        return;
    emit activity();
    if (!m_bodyDevice || !m_requestSent)
        return;
    emit uploadProgress(std::clamp<qint64>(m_bodyQueued - pendingBytes(), 0, m_bodySize), m_bodySize);
    pumpBody();
}

void OneShotHttpRequest::onReadyRead()
{
    if (m_done || !m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    emit activity();
    if (!m_parser.feed(data)) {
        fail(Error::InvalidResponse, m_parser.problem());
        return;
    }
    if (m_parser.isComplete())
        finish();
}

void OneShotHttpRequest::onEndOfStream()
{
    if (m_done)
        return;
    onReadyRead(); // whatever arrived with the close
    if (m_done)
        return;
    m_parser.endOfStream();
    if (m_parser.isComplete()) {
        finish();
        return;
    }
    fail(Error::ConnectionClosed,
         m_requestSent ? m_parser.problem() : tr("the connection closed before the request was sent"));
}

void OneShotHttpRequest::onSocketError()
{
    if (m_done || !m_socket)
        return;
    const QAbstractSocket::SocketError code = m_socket->error();
    switch (code) {
    case QAbstractSocket::RemoteHostClosedError:
        onEndOfStream();
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(Error::HostNotFound, m_socket->errorString());
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(Error::ConnectionRefused, m_socket->errorString());
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        fail(Error::Tls, m_tlsErrors.isEmpty() ? m_socket->errorString() : m_tlsErrors);
        return;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        fail(Error::Proxy, m_socket->errorString());
        return;
    default:
        fail(Error::Network, m_socket->errorString());
        return;
    }
}

void OneShotHttpRequest::abort()
{
    if (m_done)
        return;
    fail(Error::Aborted, tr("aborted"));
}

void OneShotHttpRequest::fail(Error error, const QString& text)
{
    if (m_done)
        return;
    m_error = error;
    m_errorString = text;
    finish();
}

void OneShotHttpRequest::finish()
{
    if (m_done)
        return;
    m_done = true;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    emit finished();
}

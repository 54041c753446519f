#include "sandbox/sandboxconnection.h"

#include "sandbox/uploadsink.h"

#include <QFile>
#include <QTcpSocket>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/socket.h>
#endif

namespace
{
    constexpr qsizetype maxHeaderBytes = 64 * 1024;
    constexpr qint64 maxMemoryBody = 8 * 1024 * 1024; // API bodies are tiny; only uploads are streamed
} // namespace

QByteArray SandboxRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool SandboxRequest::hasHeader(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

SandboxConnection::SandboxConnection(QTcpSocket* socket, QString spoolDir, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_spoolDir(std::move(spoolDir))
{
    socket->setParent(this);
    // Qt's socket buffer is unbounded by default and allocates a fresh block for each read of the kernel's
    // backlog; bounded, its blocks are reused, which halved the CPU a 200 MB upload costs the sandbox here
    // (page faults are expensive on virtual machines). It also stops reading while a request is answered.
    socket->setReadBufferSize(1 << 20);
    connect(socket, &QTcpSocket::readyRead, this, &SandboxConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

SandboxConnection::~SandboxConnection()
{
    if (m_sink) {
        m_sink.reset(); // stops its worker first: it may still be writing the file
        QFile::remove(m_request.bodyFile);
    }
}

bool SandboxConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void SandboxConnection::onReadyRead()
{
    if (!m_socket)
        return;
    while (m_state != State::Waiting) {
        if (m_state == State::Headers) {
            m_buffer += m_socket->read(maxHeaderBytes + 4 - m_buffer.size());
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > maxHeaderBytes)
                    fail(431, "request headers too large");
                return;
            }
            const QByteArray head = m_buffer.left(end);
            const QByteArray rest = m_buffer.mid(end + 4);
            m_buffer.clear();
            if (!parseHeaders(head))
                return;
            // Bytes read past the headers belong to the body (or the next request): put them back in front.
            m_buffer = rest;
            m_state = State::Body;
        }
        if (m_state == State::Body) {
            readBody();
            if (m_state == State::Body)
                return; // need more bytes
        }
    }
}

bool SandboxConnection::parseHeaders(const QByteArray& head)
{
    m_request = SandboxRequest {};
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400, "malformed request line");
        return false;
    }
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    const qsizetype q = m_request.target.indexOf('?');
    m_request.path = q < 0 ? m_request.target : m_request.target.left(q);
    m_request.query = q < 0 ? QByteArray() : m_request.target.mid(q + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        m_request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    m_closeAfter = m_request.header("Connection").toLower() == "close";
    if (!m_request.header("Transfer-Encoding").isEmpty()) {
        fail(411, "chunked bodies are not supported; send Content-Length");
        return false;
    }
    bool ok = true;
    const QByteArray length = m_request.header("Content-Length");
    m_remaining = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || m_remaining < 0) {
        fail(400, "bad Content-Length");
        return false;
    }
    const bool stream = m_request.path.startsWith("/s3/");
    if (!stream && m_remaining > maxMemoryBody) {
        fail(413, "body too large");
        return false;
    }
    m_sink.reset();
    if (stream) {
        m_request.bodyFile = m_spoolDir + QStringLiteral("/upload-") +
            QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".part");
        // Torii checks the file when the sync asks for it; checking it here, while it arrives (on the sink's
        // worker thread), overlaps the work with the client's sending, so the sync's answer never waits seconds.
        m_sink = std::make_unique<UploadSink>(m_request.bodyFile);
        if (!m_sink->open()) {
            m_sink.reset();
            fail(500, "sandbox cannot write its spool file");
            return false;
        }
    }
    return true;
}

void SandboxConnection::take(const QByteArray& chunk)
{
    if (chunk.isEmpty())
        return;
    m_remaining -= chunk.size();
    m_request.bodySize += chunk.size();
    if (m_sink)
        m_sink->add(chunk); // shared, not copied: the worker writes and checks it
    else
        m_request.body += chunk;
}

void SandboxConnection::readBody()
{
    if (!m_buffer.isEmpty()) {
        const QByteArray chunk = m_buffer.left(m_remaining);
        m_buffer.remove(0, chunk.size());
        take(chunk);
    }
    while (m_remaining > 0 && m_socket && m_socket->bytesAvailable() > 0) {
        const qint64 wanted = std::min<qint64>({m_remaining, m_socket->bytesAvailable(), 1 << 20});
        QByteArray chunk = m_sink ? m_sink->buffer(wanted) : QByteArray(wanted, Qt::Uninitialized);
        const qint64 got = m_socket->read(chunk.data(), wanted);
        if (got <= 0)
            break;
        chunk.resize(got);
        take(chunk);
    }
    // Qt's buffer is drained: take the rest of an upload straight from the kernel.
    while (m_sink && m_remaining > 0) {
        QByteArray chunk = m_sink->buffer(std::min<qint64>(m_remaining, 1 << 20));
        const qint64 got = receiveDirect(chunk.data(), chunk.size());
        if (got <= 0) {
            m_sink->recycle(std::move(chunk));
            break;
        }
        chunk.resize(got);
        take(chunk);
    }
    if (m_remaining == 0)
        completeRequest();
}

qint64 SandboxConnection::receiveDirect(char* into, qint64 size)
{
    // Reading an upload through QTcpSocket copies every byte once more (kernel -> Qt's buffer -> ours) and costs
    // an ioctl and a buffer per read: 0.15 s of the sandbox's 0.7 s of CPU for a 232 MB upload here, and the
    // sandbox shares the machine's cores with the client it measures. So, once Qt's buffer is empty, the body is
    // read from the socket itself. Only until the kernel has nothing more (EAGAIN: the socket is non-blocking):
    // Qt's read notifier still wakes us for the next bytes, and an end of stream or an error stays pending on
    // the socket for Qt to see and report (disconnected()) as it does without this. Plain TCP only (the sandbox
    // speaks no TLS); elsewhere than POSIX, Qt's path does all the reading.
#ifdef Q_OS_UNIX
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState || m_socket->socketDescriptor() < 0)
        return 0;
    for (;;) {
        const ssize_t got = ::recv(int(m_socket->socketDescriptor()), into, size_t(size), MSG_DONTWAIT);
        if (got < 0 && errno == EINTR)
            continue;
        return got > 0 ? qint64(got) : 0;
    }
#else
    Q_UNUSED(into);
    Q_UNUSED(size);
    return 0;
#endif
}

void SandboxConnection::completeRequest()
{
    if (m_sink) {
        const UploadSink::Outcome outcome = m_sink->finish();
        m_sink.reset(); // the Sandbox now owns the spool file (moves or removes it)
        if (!outcome.writeError.isEmpty()) {
            QFile::remove(m_request.bodyFile);
            fail(500, "sandbox cannot write its spool file: " + outcome.writeError.toUtf8());
            return;
        }
        m_request.bodyCheck = outcome.check;
    }
    m_state = State::Waiting;
    emit requestReceived(this, m_request);
}

void SandboxConnection::respond(int status, const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body)
{
    if (!m_socket)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (m_closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n" + body;
    m_socket->write(out);
    if (m_closeAfter) {
        m_socket->disconnectFromHost();
        return;
    }
    m_state = State::Headers;
    m_request = SandboxRequest {};
    // A pipelined next request may already be buffered.
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &SandboxConnection::onReadyRead, Qt::QueuedConnection);
}

void SandboxConnection::drop()
{
    if (m_socket)
        m_socket->abort();
    deleteLater();
}

void SandboxConnection::fail(int status, const QByteArray& message)
{
    m_closeAfter = true;
    m_state = State::Waiting;
    const QByteArray body = R"({"statusCode":)" + QByteArray::number(status) + R"(,"error":")" + reasonPhrase(status) +
        R"(","message":")" + message + "\"}";
    respond(status, {{"Content-Type", "application/json; charset=utf-8"}}, body);
}

QByteArray SandboxConnection::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

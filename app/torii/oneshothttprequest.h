#pragma once

#include "torii/httpresponseparser.h"

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <optional>

class QIODevice;
class QNetworkAccessManager;
class QTcpSocket;

// Sends exactly one HTTP/1.1 request on a connection of its own ("Connection: close") and reads the answer.
// For calls that must never reach the server twice: Qt 6.4's HTTP stack writes any request (PUT included)
// again by itself when its connection drops before the answer starts, and has no switch to stop it. This class
// never writes twice: a drop after the request left is reported as such, and the caller decides. https uses
// the system CA set and host name verification; the proxy is chosen as QNetworkAccessManager chooses it.
// Used by ToriiJob for the sync call (torii-api.md §2 step 5) and the S3 upload, whose body it streams from the
// payload file in large writes; ToriiJob applies the idle timeout and cancel.
class OneShotHttpRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotHttpRequest)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    enum class Error
    {
        None,
        HostNotFound,
        ConnectionRefused,
        ConnectionClosed, // closed before a whole answer arrived (requestSent() says whether it was asked)
        Tls,              // handshake or certificate failure: nothing of the request was sent
        Proxy,            // no usable proxy, or the proxy failed
        Network,
        InvalidResponse, // bytes came back that are not an HTTP answer
        BodyRead,        // the body device failed or ended early: the request was cut short
        Aborted
    };

    // headers: besides Host, Content-Length and Connection, which this class writes. nam: whose proxy
    // settings to follow (null: the application's).
    OneShotHttpRequest(QByteArray verb, QUrl url, Headers headers, QByteArray body,
                       const QNetworkAccessManager* nam = nullptr, QObject* parent = nullptr);
    ~OneShotHttpRequest() override;

    // Streams the body from device (size bytes from its current position) instead of the constructor's body,
    // refilling the connection in 1 MiB reads as it drains, so at most a few MiB are ever buffered. The device
    // must outlive the request. Call before start().
    void setBodyDevice(QIODevice* device, qint64 size);
    // Connects and sends; a second call does nothing.
    void start();
    // Stops at once; finished() (error Aborted) is emitted before abort() returns.
    void abort();

    [[nodiscard]] Error error() const { return m_error; }
    // For logs and the error's details (translated); never contains the request's headers.
    [[nodiscard]] QString errorString() const { return m_errorString; }
    // True once the request's bytes were handed to the connection: from then on the server may have acted.
    [[nodiscard]] bool requestSent() const { return m_requestSent; }
    [[nodiscard]] int status() const { return m_error == Error::None ? m_parser.status() : 0; }
    [[nodiscard]] QByteArray rawHeader(const QByteArray& name) const { return m_parser.header(name); }
    [[nodiscard]] QByteArray body() const { return m_parser.body(); }

    // The proxy QNetworkAccessManager would use for url, restricted to ones a socket can tunnel through;
    // nullopt when none fits.
    [[nodiscard]] static std::optional<QNetworkProxy> proxyFor(const QUrl& url, const QNetworkAccessManager* nam);
    // The request exactly as written to the wire.
    [[nodiscard]] QByteArray serialize() const;

signals:
    // Bytes moved (connected, request written, answer read): the owner's idle timeout restarts on it.
    void activity();
    // Body bytes handed to the operating system so far, of total (body device only).
    void uploadProgress(qint64 sent, qint64 total);
    void finished();

private:
    void sendRequest();
    void pumpBody();
    void onBytesWritten();
    // Body bytes handed to the socket and not yet on the network (encrypted ones included).
    [[nodiscard]] qint64 pendingBytes() const;
    void onReadyRead();
    void onEndOfStream();
    void onSocketError();
    void fail(Error error, const QString& text);
    void finish();

    QByteArray m_verb;
    QUrl m_url;
    Headers m_headers;
    QByteArray m_body;
    QIODevice* m_bodyDevice = nullptr;
    qint64 m_bodySize = 0;
    qint64 m_bodyQueued = 0; // body bytes given to the socket (some may still sit in its buffer)
    const QNetworkAccessManager* m_nam;
    QPointer<QTcpSocket> m_socket;
    HttpResponseParser m_parser;
    QString m_tlsErrors;
    Error m_error = Error::None;
    QString m_errorString;
    bool m_started = false;
    bool m_requestSent = false;
    bool m_done = false;
};

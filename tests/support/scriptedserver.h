#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

// A loopback HTTP/1.1 server for the one-shot sync tests: it reads each whole request (headers and a
// Content-Length body), records it, counts it and hands the socket to a script that answers, closes or stays
// silent. With a certificate it speaks TLS. Used by tst_oneshotsync and tst_streamedupload.
class ScriptedServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedServer)

public:
    using Script = std::function<void(QTcpSocket* socket, const QByteArray& request)>;

    explicit ScriptedServer(Script script, QObject* parent = nullptr);
    ~ScriptedServer() override;

    // TLS with this certificate and key from now on.
    void setTls(const QSslCertificate& certificate, const QSslKey& key);
    // Accept (and do the TLS handshake) but never read a request: the client's writes back up.
    void setDeaf(bool deaf) { m_deaf = deaf; }
    [[nodiscard]] int connections() const { return m_connections; }
    [[nodiscard]] QList<QByteArray> requests() const { return m_requests; }
    // Every byte received on any connection, complete requests or not.
    [[nodiscard]] QByteArray received() const { return m_received; }

    // Scripts.
    [[nodiscard]] static Script answer(QByteArray response);
    [[nodiscard]] static Script answerInPieces(QList<QByteArray> pieces);
    [[nodiscard]] static Script closeWithoutAnswer();
    [[nodiscard]] static Script silent();
    // The header's value in a recorded request ("" when absent).
    [[nodiscard]] static QByteArray header(const QByteArray& request, const QByteArray& name);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onData(QTcpSocket* socket);

    Script m_script;
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_connections = 0;
    bool m_deaf = false;
    QList<QByteArray> m_requests;
    QByteArray m_received;
};

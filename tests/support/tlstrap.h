#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

// A loopback HTTPS server whose certificate the client must NOT trust (self-signed, made with openssl at test
// time). It records every byte it decrypts: a client that ignored the certificate error would send its request,
// Authorization header included, and show up here. Used by tst_networkweather.
class TlsTrap final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsTrap)

public:
    explicit TlsTrap(QObject* parent = nullptr);
    ~TlsTrap() override;

    // Creates a key and a self-signed certificate for 127.0.0.1 in dir; false with *error on failure.
    bool setUp(const QString& dir, QString* error);
    [[nodiscard]] int connections() const { return m_connections; }
    [[nodiscard]] QByteArray received() const { return m_received; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_connections = 0;
    QByteArray m_received;
};

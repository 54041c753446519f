#include "tlstrap.h"

#include <QFile>
#include <QProcess>
#include <QSslSocket>

TlsTrap::TlsTrap(QObject* parent)
    : QTcpServer(parent)
{ }

TlsTrap::~TlsTrap() = default;

bool TlsTrap::setUp(const QString& dir, QString* error)
{
    const QString keyPath = dir + QStringLiteral("/trap.key");
    const QString certPath = dir + QStringLiteral("/trap.crt");
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath,
                   QStringLiteral("-out"), certPath, QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    QFile keyFile(keyPath), certFile(certPath);
    if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the generated key or certificate");
        return false;
    }
    m_key = QSslKey(keyFile.readAll(), QSsl::Rsa);
    m_certificate = QSslCertificate(certFile.readAll());
    if (m_key.isNull() || m_certificate.isNull()) {
        *error = QStringLiteral("the generated key or certificate does not load");
        return false;
    }
    if (!listen(QHostAddress::LocalHost, 0)) {
        *error = errorString();
        return false;
    }
    return true;
}

void TlsTrap::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_connections;
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    connect(socket, &QSslSocket::readyRead, this, [this, socket] { m_received += socket->readAll(); });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    socket->startServerEncryption();
}

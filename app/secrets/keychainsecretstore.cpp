#include "secrets/keychainsecretstore.h"

#include "common/appinfo.h"
#include "common/logging.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

struct KeychainSecretStore::Request
{
    Operation operation = Operation::Read;
    QString account;
    QString secret;
    bool isRetry = false;
};

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : SecretStore(parent)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const QString& account)
{
    start({Operation::Read, account, {}, false});
}

void KeychainSecretStore::write(const QString& account, const QString& secret)
{
    start({Operation::Write, account, secret, false});
}

void KeychainSecretStore::remove(const QString& account)
{
    start({Operation::Remove, account, {}, false});
}

void KeychainSecretStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void KeychainSecretStore::setRetryDelay(std::chrono::milliseconds delay)
{
    m_retryDelay = delay;
}

void KeychainSecretStore::start(const Request& request)
{
    QKeychain::Job* job = nullptr;
    const QString service = AppInfo::keychainService();
    switch (request.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service, this);
        break;
    case Operation::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(service, this);
        writeJob->setTextData(request.secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service, this);
        break;
    }
    // The key must never land in a plaintext QSettings file, whatever backend QtKeychain picks.
    job->setInsecureFallback(false);
    job->setAutoDelete(false);
    job->setKey(request.account);

    // QtKeychain jobs silently never finish when Qt runs without the GLib dispatcher: fail them instead of
    // leaving the caller waiting forever.
    auto* watchdog = new QTimer(job);
    watchdog->setSingleShot(true);
    connect(watchdog, &QTimer::timeout, this, [this, job, request] {
        job->disconnect(this);
        job->deleteLater();
        Result result {request.operation, request.account, Status::Unavailable, {}, {}};
        result.message =
            unavailableMessage(tr("the keychain did not answer within %1 seconds")
                                   .arg(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count()));
        emit finished(result);
    });
    watchdog->start(m_timeout);

    connect(job, &QKeychain::Job::finished, this, [this, job, request] { onJobFinished(job, request); });
    job->start();
}

void KeychainSecretStore::onJobFinished(QKeychain::Job* job, const Request& request)
{
    job->deleteLater();
    const QKeychain::Error error = job->error();
    const bool transient = error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
    // A Secret Service daemon that is activated on first use may not be ready for the very first call.
    if (transient && !request.isRetry && m_retryDelay.count() > 0) {
        qCInfo(lcSecrets) << "keychain" << request.operation << "failed, retrying once:" << job->errorString();
        Request retry = request;
        retry.isRetry = true;
        QTimer::singleShot(m_retryDelay, this, [this, retry] { start(retry); });
        return;
    }
    emit finished(resultFor(request, job));
}

SecretStore::Result KeychainSecretStore::resultFor(const Request& request, const QKeychain::Job* job)
{
    Result result {request.operation, request.account, Status::Failed, {}, {}};
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = Status::Ok;
        if (request.operation == Operation::Read)
            result.secret = static_cast<const QKeychain::ReadPasswordJob*>(job)->textData();
        break;
    case QKeychain::EntryNotFound:
        // Removing what is not there is what the caller wanted.
        result.status = request.operation == Operation::Remove ? Status::Ok : Status::NotFound;
        if (result.status == Status::NotFound)
            result.message = tr("No API key is stored in the keychain for this profile.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = Status::AccessDenied;
        result.message = tr("The keychain refused access (%1). Unlock your keyring and try again.").arg(detail);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        result.status = Status::Unavailable;
        result.message = unavailableMessage(detail);
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        result.message = tr("The keychain reported an error: %1").arg(detail);
        break;
    }
    return result;
}

QString KeychainSecretStore::unavailableMessage(const QString& detail)
{
    return tr("No keychain available (%1). Torii Sync keeps the API key only in the operating system's keychain "
              "and never in a file. On Linux, install gnome-keyring (or KWallet) and libsecret-1-0 and run inside "
              "a desktop session; for unattended runs set the TORII_API_KEY environment variable instead.")
        .arg(detail);
}

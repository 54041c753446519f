#pragma once

#include "secrets/secretstore.h"

#include <chrono>

namespace QKeychain
{
    class Job;
}

// SecretStore on the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows). Never falls back to a plaintext file: if the keychain is missing the
// caller gets Status::Unavailable with an explanation of what to install.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString& account) override;
    void write(const QString& account, const QString& secret) override;
    void remove(const QString& account) override;

    // A keychain job that never reports back (seen with QT_NO_GLIB=1) is failed after this long.
    void setTimeout(std::chrono::milliseconds timeout);
    // Linux Secret Service daemons are sometimes started lazily: one retry after this delay.
    void setRetryDelay(std::chrono::milliseconds delay);

private:
    struct Request;
    void start(const Request& request);
    void onJobFinished(QKeychain::Job* job, const Request& request);
    [[nodiscard]] static Result resultFor(const Request& request, const QKeychain::Job* job);
    [[nodiscard]] static QString unavailableMessage(const QString& detail);

    std::chrono::milliseconds m_timeout {20000};
    std::chrono::milliseconds m_retryDelay {500};
};

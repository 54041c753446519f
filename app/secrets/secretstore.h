#pragma once

#include <QObject>
#include <QString>

// Where the Torii API key lives. An async interface so the GUI never blocks on the keychain (which may
// show an unlock prompt); the CLI waits on finished(). KeychainSecretStore is the only production
// implementation; tests/support has an in-memory fake.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    Q_ENUM(Operation)

    enum class Status
    {
        Ok,
        NotFound,     // read of an entry that was never written (not an error for the caller)
        Unavailable,  // no keychain service reachable: no D-Bus session, no Secret Service, no libsecret
        AccessDenied, // locked keyring or the user refused
        Failed        // anything else the backend reported
    };
    Q_ENUM(Status)

    struct Result
    {
        Operation operation = Operation::Read;
        QString account;
        Status status = Status::Failed;
        QString secret;  // only filled for a successful read
        QString message; // user-facing explanation when status is not Ok
        [[nodiscard]] bool ok() const { return status == Status::Ok; }
    };

    using QObject::QObject;
    ~SecretStore() override;

    // Each call emits finished() exactly once, asynchronously (never from inside the call).
    virtual void read(const QString& account) = 0;
    virtual void write(const QString& account, const QString& secret) = 0;
    virtual void remove(const QString& account) = 0;

    // The keychain account name for a profile; one entry per profile.
    [[nodiscard]] static QString accountForProfile(const QString& profileName);

signals:
    void finished(const SecretStore::Result& result);
};

Q_DECLARE_METATYPE(SecretStore::Result)

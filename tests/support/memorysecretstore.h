#pragma once

#include "secrets/secretstore.h"

#include <QHash>

// In-memory SecretStore for unit tests: answers asynchronously like the real keychain, and can be told to
// behave as if no keychain were installed.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject* parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString& account) override;
    void write(const QString& account, const QString& secret) override;
    void remove(const QString& account) override;

    void setUnavailable(bool unavailable);
    [[nodiscard]] QHash<QString, QString> entries() const;

private:
    void answer(Result result);

    QHash<QString, QString> m_entries;
    bool m_unavailable = false;
};

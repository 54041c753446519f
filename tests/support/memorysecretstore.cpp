#include "memorysecretstore.h"

#include <QTimer>

MemorySecretStore::MemorySecretStore(QObject* parent)
    : SecretStore(parent)
{ }

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::read(const QString& account)
{
    Result result {Operation::Read, account, Status::NotFound, {}, {}};
    if (const auto it = m_entries.constFind(account); it != m_entries.cend()) {
        result.status = Status::Ok;
        result.secret = *it;
    }
    answer(result);
}

void MemorySecretStore::write(const QString& account, const QString& secret)
{
    if (!m_unavailable)
        m_entries.insert(account, secret);
    answer({Operation::Write, account, Status::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString& account)
{
    if (!m_unavailable)
        m_entries.remove(account);
    answer({Operation::Remove, account, Status::Ok, {}, {}});
}

void MemorySecretStore::setUnavailable(bool unavailable)
{
    m_unavailable = unavailable;
}

QHash<QString, QString> MemorySecretStore::entries() const
{
    return m_entries;
}

void MemorySecretStore::answer(Result result)
{
    if (m_unavailable) {
        result.status = Status::Unavailable;
        result.secret.clear();
        result.message = QStringLiteral("No keychain available (test double).");
    }
    // Real keychains answer later, never inside the call; callers must cope with that.
    QTimer::singleShot(0, this, [this, result] { emit finished(result); });
}

#include "diff/userset.h"

#include "mapping/emailaddress.h"

#include <algorithm>

QByteArray UserSet::normalizeEmail(QByteArrayView email)
{
    // The same normalisation the payload's addresses went through (RowMapper), so both sides compare equal.
    QByteArray out;
    (void)EmailAddress::normalizeOnly(email, &out);
    return out;
}

UserSet::Status UserSet::statusFromWord(QByteArrayView word)
{
    return word.compare(QByteArrayView("deleted"), Qt::CaseInsensitive) == 0 ? Status::Deleted : Status::Active;
}

QByteArrayView UserSet::statusWord(Status status)
{
    return status == Status::Deleted ? QByteArrayView("deleted") : QByteArrayView("active");
}

namespace
{
    constexpr quint64 indexBits = 0xFFFFFFFFu;

    struct Hashed
    {
        size_t position; // before masking
        quint64 tag;     // the slot's upper 32 bits
    };

    Hashed hashOf(QByteArrayView email)
    {
        // Qt's seeded hash (a crafted export cannot aim collisions at it); the tag from a multiply, so it does not
        // repeat the position's bits on 32-bit platforms either.
        const size_t h = qHash(email, QHashSeed::globalSeed());
        return {h, (quint64(h) * 0x9E3779B97F4A7C15ULL) & ~indexBits};
    }

    struct Found
    {
        size_t position; // the address's slot, or the empty slot where it would go
        qsizetype index; // its user, or -1
    };

    // Linear probing from the address's slot; the addresses themselves are compared only when the tags match.
    Found find(const std::vector<quint64>& table, const std::vector<UserSet::User>& users, QByteArrayView email,
               const Hashed& hashed)
    {
        const size_t mask = table.size() - 1;
        size_t position = hashed.position & mask;
        for (quint64 slot = table[position]; slot != 0; slot = table[position]) {
            if ((slot & ~indexBits) == hashed.tag) {
                const size_t index = size_t((slot & indexBits) - 1);
                if (QByteArrayView(users[index].email) == email)
                    return {position, qsizetype(index)};
            }
            position = (position + 1) & mask;
        }
        return {position, -1};
    }
} // namespace

void UserSet::reserve(qsizetype users)
{
    m_users.reserve(size_t(users));
    rehash(size_t(users));
}

void UserSet::rehash(size_t users)
{
    size_t capacity = 16;
    while (capacity < users * 2)
        capacity *= 2;
    if (capacity <= m_slots.size())
        return;
    std::vector<quint64> table(capacity, 0);
    const size_t mask = capacity - 1;
    for (const quint64 slot : m_slots) {
        if ((slot & indexBits) == 0)
            continue;
        size_t position = hashOf(m_users[size_t((slot & indexBits) - 1)].email).position & mask;
        while (table[position] != 0)
            position = (position + 1) & mask;
        table[position] = slot;
    }
    m_slots.swap(table);
}

qsizetype UserSet::insert(QByteArray normalised, Status status)
{
    if (normalised.isEmpty())
        return -1;
    if (m_users.size() * 2 + 2 > m_slots.size())
        rehash(m_users.size() + 1);
    const Hashed hashed = hashOf(normalised);
    const Found found = find(m_slots, m_users, normalised, hashed);
    if (found.index >= 0) {
        m_users[size_t(found.index)].status = status; // the later row wins
        return found.index;
    }
    const qsizetype index = size();
    m_slots[found.position] = hashed.tag | quint64(index + 1);
    m_users.push_back(User {std::move(normalised), status, {}});
    return index;
}

qsizetype UserSet::add(QByteArrayView email, Status status)
{
    return insert(normalizeEmail(email), status);
}

qsizetype UserSet::addNormalized(QByteArrayView email, Status status)
{
    return insert(email.toByteArray(), status);
}

int UserSet::licenseId(QByteArrayView name)
{
    const QByteArrayView trimmed = name.trimmed();
    // Exports name a handful of licences, mostly the same one row after row: check the last one first, and
    // look up without copying the name.
    if (m_lastLicense >= 0 && m_licenseNames.at(m_lastLicense) == trimmed)
        return m_lastLicense;
    const auto it = m_licenseIds.constFind(QByteArray::fromRawData(trimmed.data(), trimmed.size()));
    if (it != m_licenseIds.constEnd())
        return m_lastLicense = *it;
    const QByteArray key = trimmed.toByteArray();
    const int id = int(m_licenseNames.size());
    m_licenseNames.append(key);
    m_licenseIds.insert(key, id);
    return m_lastLicense = id;
}

void UserSet::addLicense(QByteArrayView email, QByteArrayView license)
{
    if (license.trimmed().isEmpty())
        return;
    const QByteArray key = normalizeEmail(email);
    qsizetype index = indexOf(key);
    if (index < 0)
        index = insert(key, Status::Active);
    addLicenseAt(index, license);
}

void UserSet::addLicenseAt(qsizetype index, QByteArrayView license)
{
    if (index < 0 || index >= size() || license.trimmed().isEmpty())
        return;
    const int id = licenseId(license);
    Licenses& held = m_users[size_t(index)].licenses;
    if (!held.contains(id))
        held.append(id);
}

void UserSet::finalize()
{
    for (User& user : m_users) {
        if (user.licenses.size() > 1)
            std::sort(user.licenses.begin(), user.licenses.end());
    }
}

qsizetype UserSet::indexOf(QByteArrayView normalisedEmail) const
{
    if (m_slots.empty() || normalisedEmail.isEmpty())
        return -1;
    return find(m_slots, m_users, normalisedEmail, hashOf(normalisedEmail)).index;
}

qsizetype UserSet::activeCount() const
{
    return qsizetype(
        std::count_if(m_users.cbegin(), m_users.cend(), [](const User& u) { return u.status == Status::Active; }));
}

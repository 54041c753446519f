#include "validate/duplicateindex.h"

#include <QHashFunctions>

#include <algorithm>
#include <cstring>

namespace
{
    constexpr int RowBits = 31;
    constexpr quint64 RowMask = (quint64(1) << RowBits) - 1;

    quint64 bucketOf(quint64 key)
    {
        return key >> RowBits;
    }
} // namespace

quint64 DuplicateIndex::hash(QByteArrayView email)
{
    // Qt's seeded hash spreads similar addresses ("user1@", "user2@") evenly.
    return static_cast<quint64>(qHashBits(email.data(), static_cast<size_t>(email.size()), 0x9e3779b9U));
}

void DuplicateIndex::build(qsizetype rows, const EmailOf& emailOf, const CancelFlag* cancel)
{
    m_keys.clear();
    m_duplicateOf.clear();
    m_keys.reserve(static_cast<size_t>(rows));
    for (qsizetype row = 0; row < rows; ++row) {
        if ((row & 0xFFFF) == 0 && cancel && cancel->load())
            return;
        const QByteArray email = emailOf(row);
        if (email.isEmpty())
            continue;
        m_keys.push_back((hash(email) >> RowBits << RowBits) | static_cast<quint64>(row));
    }
    std::sort(m_keys.begin(), m_keys.end());
    // Equal hashes sit together, rows ascending within a group: compare each row with the earlier members.
    size_t i = 0;
    while (i < m_keys.size()) {
        size_t end = i + 1;
        while (end < m_keys.size() && bucketOf(m_keys[end]) == bucketOf(m_keys[i]))
            ++end;
        if (end - i > 1) {
            std::vector<std::pair<QByteArray, qint32>> distinct;
            for (size_t k = i; k < end; ++k) {
                const qint32 row = static_cast<qint32>(m_keys[k] & RowMask);
                const QByteArray email = emailOf(row);
                const auto same = std::find_if(distinct.cbegin(), distinct.cend(),
                                               [&email](const auto& d) { return d.first == email; });
                if (same != distinct.cend())
                    m_duplicateOf.insert(row, same->second);
                else
                    distinct.emplace_back(email, row);
            }
        }
        i = end;
    }
}

qsizetype DuplicateIndex::findOther(QByteArrayView email, qsizetype row, const EmailOf& emailOf) const
{
    const quint64 bucket = hash(email) >> RowBits;
    auto it = std::lower_bound(m_keys.cbegin(), m_keys.cend(), bucket << RowBits);
    for (; it != m_keys.cend() && bucketOf(*it) == bucket; ++it) {
        const qsizetype other = static_cast<qsizetype>(*it & RowMask);
        if (other == row)
            continue;
        const QByteArray otherEmail = emailOf(other);
        if (otherEmail.size() == email.size() && std::memcmp(otherEmail.constData(), email.data(), email.size()) == 0)
            return other;
    }
    return -1;
}

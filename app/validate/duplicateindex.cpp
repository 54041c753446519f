#include "validate/duplicateindex.h"

#include <QByteArray>

#include <bit>
#include <cstring>

DuplicateIndex::DuplicateIndex(qsizetype expectedRows)
{
    const size_t capacity = std::bit_ceil(static_cast<size_t>(qMax<qsizetype>(expectedRows * 2, 64)));
    m_hashes.assign(capacity, 0);
    m_rows.assign(capacity, -1);
}

quint64 DuplicateIndex::hash(QByteArrayView email)
{
    // FNV-1a 64 with a final mix; never 0 (0 marks an empty slot).
    quint64 h = 1469598103934665603ULL;
    for (const char c : email) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h ? h : 1;
}

void DuplicateIndex::grow()
{
    std::vector<quint64> hashes(m_hashes.size() * 2, 0);
    std::vector<qint32> rows(m_rows.size() * 2, -1);
    const size_t mask = hashes.size() - 1;
    for (size_t i = 0; i < m_hashes.size(); ++i) {
        if (!m_hashes[i])
            continue;
        size_t slot = m_hashes[i] & mask;
        while (hashes[slot])
            slot = (slot + 1) & mask;
        hashes[slot] = m_hashes[i];
        rows[slot] = m_rows[i];
    }
    m_hashes.swap(hashes);
    m_rows.swap(rows);
}

qsizetype DuplicateIndex::find(QByteArrayView email, const EmailOf& emailOf) const
{
    const quint64 h = hash(email);
    const size_t mask = m_hashes.size() - 1;
    for (size_t slot = h & mask; m_hashes[slot]; slot = (slot + 1) & mask) {
        if (m_hashes[slot] != h)
            continue;
        const QByteArray earlier = emailOf(m_rows[slot]);
        if (earlier.size() == email.size() && std::memcmp(earlier.constData(), email.data(), email.size()) == 0)
            return m_rows[slot];
    }
    return -1;
}

qsizetype DuplicateIndex::insert(QByteArrayView email, qsizetype row, const EmailOf& emailOf)
{
    const qsizetype earlier = find(email, emailOf);
    if (earlier >= 0)
        return earlier;
    if (static_cast<size_t>(m_size + 1) * 2 > m_hashes.size())
        grow();
    const quint64 h = hash(email);
    const size_t mask = m_hashes.size() - 1;
    size_t slot = h & mask;
    while (m_hashes[slot])
        slot = (slot + 1) & mask;
    m_hashes[slot] = h;
    m_rows[slot] = static_cast<qint32>(row);
    ++m_size;
    return -1;
}

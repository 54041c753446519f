#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <functional>
#include <vector>

// Remembers which normalised e-mail addresses were seen, in about 12 bytes per row (a 64-bit hash and the row
// in an open-addressing table) instead of a million QStrings: the 1M-row benchmark's memory budget is 2x the
// file. Hash collisions are confirmed by re-reading the earlier row's address through a callback.
class DuplicateIndex
{
public:
    // Gives the normalised e-mail of an earlier row (to confirm a hash match).
    using EmailOf = std::function<QByteArray(qsizetype row)>;

    explicit DuplicateIndex(qsizetype expectedRows = 0);

    // The earlier row with the same address, or -1 after recording this one.
    qsizetype insert(QByteArrayView email, qsizetype row, const EmailOf& emailOf);
    // The row holding this address, or -1 (no insert).
    [[nodiscard]] qsizetype find(QByteArrayView email, const EmailOf& emailOf) const;
    [[nodiscard]] qsizetype size() const { return m_size; }

private:
    void grow();
    [[nodiscard]] static quint64 hash(QByteArrayView email);

    std::vector<quint64> m_hashes; // 0 = empty slot
    std::vector<qint32> m_rows;
    qsizetype m_size = 0;
};

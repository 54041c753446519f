#include "validate/duplicateindex.h"

#include <QHashFunctions>

#include <algorithm>
#include <cstring>
#include <memory>
#include <system_error>
#include <thread>

namespace
{
    constexpr int RowBits = 31;
    constexpr quint64 RowMask = (quint64(1) << RowBits) - 1;

    quint64 bucketOf(quint64 key)
    {
        return key >> RowBits;
    }

    // Stable LSD radix sort of keys by their hash bits (63..31), 11 bits a pass. The keys were pushed in row
    // order and every pass is stable, so rows stay ascending within equal hashes: the same order std::sort
    // gives for these (distinct) keys.
    void radixSortByHash(std::vector<quint64>& keys)
    {
        constexpr int DigitBits = 11;
        constexpr int Passes = 3; // 3 * 11 = 33 = 64 - RowBits
        constexpr size_t Radix = size_t(1) << DigitBits;
        static_assert(Passes * DigitBits == 64 - RowBits);
        if (keys.size() < 2)
            return;
        std::vector<size_t> counts(Radix * Passes, 0);
        for (const quint64 key : keys) {
            for (int pass = 0; pass < Passes; ++pass)
                ++counts[size_t(pass) * Radix + ((key >> (RowBits + pass * DigitBits)) & (Radix - 1))];
        }
        // Not value-initialised: the first pass writes every element (zero-filling 8 MB cost 1.3% of a run).
        std::unique_ptr<quint64[]> scratch(new quint64[keys.size()]);
        for (int pass = 0; pass < Passes; ++pass) {
            size_t* count = counts.data() + size_t(pass) * Radix;
            size_t sum = 0;
            for (size_t d = 0; d < Radix; ++d) {
                const size_t c = count[d];
                count[d] = sum;
                sum += c;
            }
            const int shift = RowBits + pass * DigitBits;
            quint64* from = pass % 2 == 0 ? keys.data() : scratch.get();
            quint64* to = pass % 2 == 0 ? scratch.get() : keys.data();
            for (size_t i = 0; i < keys.size(); ++i)
                to[count[(from[i] >> shift) & (Radix - 1)]++] = from[i];
        }
        if (Passes % 2 == 1)
            std::copy(scratch.get(), scratch.get() + keys.size(), keys.data());
    }

    // Two threads pay off from here; below, starting one costs about what it saves.
    constexpr qsizetype SplitRows = 65536;

    // Appends the keys of rows [from, to) in row order; stops early once cancelled.
    void appendKeys(std::vector<quint64>* keys, qsizetype from, qsizetype to, const DuplicateIndex::EmailOf& emailOf,
                    const CancelFlag* cancel)
    {
        for (qsizetype row = from; row < to; ++row) {
            if ((row & 0xFFFF) == 0 && cancel && cancel->load())
                return;
            const QByteArrayView email = emailOf(row);
            if (email.isEmpty())
                continue;
            keys->push_back((DuplicateIndex::hash(email) >> RowBits << RowBits) | static_cast<quint64>(row));
        }
    }
} // namespace

quint64 DuplicateIndex::hash(QByteArrayView email)
{
    // Qt's seeded hash spreads similar addresses ("user1@", "user2@") evenly.
    return static_cast<quint64>(qHashBits(email.data(), static_cast<size_t>(email.size()), 0x9e3779b9U));
}

void DuplicateIndex::build(qsizetype rows, const EmailOf& emailOf, const CancelFlag* cancel, const EmailOf& backHalf)
{
    m_keys.clear();
    m_duplicateOf.clear();
    m_keys.reserve(static_cast<size_t>(rows));
    qsizetype split = rows;
    std::vector<quint64> back;
    std::thread helper;
    if (backHalf && rows >= SplitRows) {
        try {
            split = rows / 2 / 64 * 64;
            back.reserve(static_cast<size_t>(rows - split));
            helper = std::thread([&] { appendKeys(&back, split, rows, backHalf, cancel); });
        } catch (const std::system_error&) {
            split = rows; // no thread to be had: this one reads every row
        }
    }
    {
        // Joined however this thread leaves the block (a bad_alloc must not meet a joinable std::thread).
        struct JoinHelper
        {
            std::thread& thread;
            ~JoinHelper()
            {
                if (thread.joinable())
                    thread.join();
            }
        } joinHelper {helper};
        appendKeys(&m_keys, 0, split, emailOf, cancel);
    }
    if (cancel && cancel->load())
        return;
    // Front rows, then back rows: still in row order, as the stable sort needs.
    m_keys.insert(m_keys.end(), back.cbegin(), back.cend());
    radixSortByHash(m_keys);
    // Equal hashes sit together, rows ascending within a group: compare each row with the earlier members.
    size_t i = 0;
    while (i < m_keys.size()) {
        size_t end = i + 1;
        while (end < m_keys.size() && bucketOf(m_keys[end]) == bucketOf(m_keys[i]))
            ++end;
        if (end - i > 1) {
            // The distinct addresses of the group, copied once each; the other rows are compared in place.
            std::vector<std::pair<QByteArray, qint32>> distinct;
            for (size_t k = i; k < end; ++k) {
                const qint32 row = static_cast<qint32>(m_keys[k] & RowMask);
                const QByteArrayView email = emailOf(row);
                const auto same = std::find_if(distinct.cbegin(), distinct.cend(),
                                               [email](const auto& d) { return QByteArrayView(d.first) == email; });
                if (same != distinct.cend())
                    m_duplicateOf.push_back(quint64(quint32(row)) << 32 | quint32(same->second));
                else
                    distinct.emplace_back(email.toByteArray(), row);
            }
        }
        i = end;
    }
    std::sort(m_duplicateOf.begin(), m_duplicateOf.end());
}

qsizetype DuplicateIndex::earlierDuplicate(qsizetype row) const
{
    const quint64 from = quint64(quint32(row)) << 32;
    const auto it = std::lower_bound(m_duplicateOf.cbegin(), m_duplicateOf.cend(), from);
    if (it == m_duplicateOf.cend() || (*it >> 32) != quint64(quint32(row)))
        return -1;
    return qsizetype(*it & 0xFFFFFFFFU);
}

qsizetype DuplicateIndex::findOther(QByteArrayView email, qsizetype row, const EmailOf& emailOf) const
{
    const quint64 bucket = hash(email) >> RowBits;
    auto it = std::lower_bound(m_keys.cbegin(), m_keys.cend(), bucket << RowBits);
    for (; it != m_keys.cend() && bucketOf(*it) == bucket; ++it) {
        const qsizetype other = static_cast<qsizetype>(*it & RowMask);
        if (other == row)
            continue;
        const QByteArrayView otherEmail = emailOf(other);
        if (otherEmail.size() == email.size() && std::memcmp(otherEmail.data(), email.data(), email.size()) == 0)
            return other;
    }
    return -1;
}

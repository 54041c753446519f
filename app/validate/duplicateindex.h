#pragma once

#include "common/progress.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <functional>
#include <vector>

// Finds rows whose normalised e-mail repeats an earlier row's, for a whole table up front: one 64-bit key
// per row (33 bits of hash, 31 bits of row) sorted in place, so equal addresses end up side by side. Sorting
// touches memory sequentially; a hash table probed a million times at random spent most of its time in cache
// and TLB misses on a loaded machine, and a million QStrings would break the 2x-file-size memory budget.
// Hash matches are confirmed by comparing the addresses, so collisions never merge two addresses.
// The keys are sorted by a stable radix sort on the hash bits (rows stay ascending within a hash), 3 passes
// over the keys instead of std::sort's ~20 (measured: 65 ms -> 12 ms on 1M rows).
class DuplicateIndex
{
public:
    // The normalised e-mail of a row; empty when the row has no valid address. The view only has to stay
    // valid until the next call (RowMapper::emailKey's buffer), so no row costs an allocation.
    using EmailOf = std::function<QByteArrayView(qsizetype row)>;

    // With backHalf (the same function, safe to call on another thread beside emailOf), a large table's back
    // half of rows is read on a second thread: reading and normalising a million addresses is most of the
    // build, and it runs while the second core would otherwise wait for the payload to start. The back half
    // starts at a multiple of 64, so callbacks may keep a bit a row in 64-bit words without sharing one.
    void build(qsizetype rows, const EmailOf& emailOf, const CancelFlag* cancel = nullptr,
               const EmailOf& backHalf = {});
    // The earliest earlier row with the same address, or -1.
    [[nodiscard]] qsizetype earlierDuplicate(qsizetype row) const;
    // A row other than `row` holding exactly this address, or -1 (the first in row order).
    [[nodiscard]] qsizetype findOther(QByteArrayView email, qsizetype row, const EmailOf& emailOf) const;
    [[nodiscard]] qsizetype duplicates() const { return qsizetype(m_duplicateOf.size()); }

    [[nodiscard]] static quint64 hash(QByteArrayView email);

private:
    std::vector<quint64> m_keys; // (hash >> 31) << 31 | row, sorted
    // later row << 32 | earliest row with the same address, sorted: 8 bytes a repeat (a QHash took ~40, and
    // 25M repeats of one address took 600 MB, issue #21).
    std::vector<quint64> m_duplicateOf;
};

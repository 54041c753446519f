#pragma once

#include <QtGlobal>

#include <array>
#include <vector>

// An append-only sequence of quint32 (the cell and record offsets of TableStorage), packed in blocks of 64:
// a block whose values step evenly (one-letter cells, one record per line, the same cell count per record)
// stores its first value and the step only; any other block stores 16-bit offsets from its first value, and
// only a block spanning 64 KiB or more stores full 32-bit values. A flat std::vector<quint32> cost 12 bytes a
// record beside a 2-byte line like "a\n" (issue #21: 971 MB for 50 MB of one-letter rows); this costs 0.75
// there and about 2 bytes a cell on ordinary exports.
// The newest block stays open, as plain values in a fixed array, and is encoded once when it fills: a push is
// a store and an increment, as cheap as a flat vector's (the CSV parser pushes ten million values for a
// 1M-row export), and a block is encoded in one pass instead of changing encoding as its values arrive.
class PackedIndex
{
public:
    void push_back(quint32 value)
    {
        m_open[m_openCount] = value;
        if (++m_openCount == BlockSize)
            seal();
    }

    [[nodiscard]] quint32 operator[](size_t index) const
    {
        if (index >= m_sealed)
            return m_open[index - m_sealed];
        const Block& b = m_blocks[index / BlockSize];
        const quint32 slot = quint32(index & (BlockSize - 1));
        switch (b.mode) {
        case Mode::Even:
            return b.first + b.step * slot;
        case Mode::Narrow:
            return b.first + m_deltas[b.offset + slot];
        case Mode::Wide:
            break;
        }
        return m_wide[b.offset + slot];
    }

    [[nodiscard]] size_t size() const { return m_sealed + m_openCount; }
    [[nodiscard]] bool empty() const { return size() == 0; }
    [[nodiscard]] quint32 back() const { return (*this)[size() - 1]; }
    // Drops values from the end (a record rolled back); a larger size is ignored.
    void resize(size_t size);
    // Room for this many values in the block list only: the deltas are reserved as blocks turn out to need them.
    void reserve(size_t size);
    void clear();
    // The first index whose value is >= value (the values must be sorted), or size().
    [[nodiscard]] size_t lowerBound(quint32 value) const;
    // The first index i in [from, to) where value[i + 1] - value[i] != step, or to (to < size()). An evenly
    // stepping block is passed in one test: finding the ragged rows of a million 8-cell records (their first
    // cells step by 8) costs one test per 64 records.
    [[nodiscard]] size_t firstStepOtherThan(size_t from, size_t to, quint32 step) const;
    // Where the value at index lives, for a CPU prefetch hint (the block header for an evenly stepping block).
    [[nodiscard]] const void* address(size_t index) const;
    // Bytes held on the heap, capacity included (the open block lives inside the object).
    [[nodiscard]] qint64 memoryUsage() const;

private:
    static constexpr size_t BlockSize = 64;

    enum class Mode : quint8
    {
        Even,   // first + step * slot
        Narrow, // first + m_deltas[offset + slot]
        Wide    // m_wide[offset + slot]
    };
    struct Block
    {
        quint32 first = 0;
        quint32 step = 0;
        quint32 offset = 0; // into m_deltas (Narrow) or m_wide (Wide)
        Mode mode = Mode::Even;
    };

    // Encodes the full open block (Even, else Narrow, else Wide) and opens an empty one.
    void seal();

    std::vector<Block> m_blocks; // the sealed blocks
    std::vector<quint16> m_deltas;
    std::vector<quint32> m_wide;
    size_t m_sealed = 0;    // values in m_blocks (a multiple of BlockSize)
    size_t m_openCount = 0; // values in m_open, always < BlockSize
    size_t m_expected = 0;  // reserve()'s hint, used once the first block needs deltas
    std::array<quint32, BlockSize> m_open {};
};

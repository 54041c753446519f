#pragma once

#include <QtGlobal>

#include <vector>

// An append-only sequence of quint32 (the cell and record offsets of TableStorage), packed in blocks of 64:
// a block whose values step evenly (one-letter cells, one record per line, the same cell count per record)
// stores its first value and the step only; any other block stores 16-bit offsets from its first value, and
// only a block spanning 64 KiB or more stores full 32-bit values. A flat std::vector<quint32> cost 12 bytes a
// record beside a 2-byte line like "a\n" (issue #21: 971 MB for 50 MB of one-letter rows); this costs 0.75
// there and about 2 bytes a cell on ordinary exports. Only the last block changes, so its storage is always at
// the end of the delta or wide arrays and a block changes encoding without moving any other.
class PackedIndex
{
public:
    void push_back(quint32 value)
    {
        const quint32 slot = quint32(m_size & (BlockSize - 1));
        if (slot != 0 && m_blocks.back().mode == Mode::Narrow) {
            const quint32 delta = value - m_blocks.back().first;
            if (delta <= 0xFFFF) {
                m_deltas.push_back(quint16(delta));
                ++m_size;
                return;
            }
        }
        pushSlow(value);
    }

    [[nodiscard]] quint32 operator[](size_t index) const
    {
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

    [[nodiscard]] size_t size() const { return m_size; }
    [[nodiscard]] bool empty() const { return m_size == 0; }
    [[nodiscard]] quint32 back() const { return (*this)[m_size - 1]; }
    // Drops values from the end (a record rolled back); a larger size is ignored.
    void resize(size_t size);
    // Room for this many values in the block list only: the deltas are reserved as blocks turn out to need them.
    void reserve(size_t size);
    void clear();
    // The first index whose value is >= value (the values must be sorted), or size().
    [[nodiscard]] size_t lowerBound(quint32 value) const;
    // Where the value at index lives, for a CPU prefetch hint (the block header for an evenly stepping block).
    [[nodiscard]] const void* address(size_t index) const;
    // Bytes held, capacity included.
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

    void pushSlow(quint32 value);
    // Rewrites the last block (slots so far) as Narrow or Wide, whichever holds all of them plus value.
    void repack(quint32 value);

    std::vector<Block> m_blocks;
    std::vector<quint16> m_deltas;
    std::vector<quint32> m_wide;
    size_t m_size = 0;
    size_t m_expected = 0; // reserve()'s hint, used once the first block needs deltas
};

#include "import/packedindex.h"

#include <algorithm>
#include <array>

void PackedIndex::pushSlow(quint32 value)
{
    const quint32 slot = quint32(m_size & (BlockSize - 1));
    if (slot == 0) {
        m_blocks.push_back(Block {value, 0, 0, Mode::Even});
        ++m_size;
        return;
    }
    Block& b = m_blocks.back();
    if (b.mode == Mode::Wide) {
        m_wide.push_back(value);
        ++m_size;
        return;
    }
    if (b.mode == Mode::Even) {
        if (slot == 1)
            b.step = value - b.first;
        if (value == b.first + b.step * slot) {
            ++m_size;
            return;
        }
    }
    repack(value);
}

void PackedIndex::repack(quint32 value)
{
    const size_t start = m_size & ~(BlockSize - 1);
    const quint32 slots = quint32(m_size - start);
    std::array<quint32, BlockSize> values {};
    for (quint32 i = 0; i < slots; ++i)
        values[i] = (*this)[start + i];
    values[slots] = value;
    Block& b = m_blocks.back();
    if (b.mode == Mode::Narrow)
        m_deltas.resize(b.offset); // this block's deltas are the last ones
    const bool narrow =
        std::all_of(values.begin(), values.begin() + slots + 1, [&b](quint32 v) { return v - b.first <= 0xFFFF; });
    if (narrow) {
        if (m_deltas.capacity() == 0 && m_expected > m_size)
            m_deltas.reserve(m_expected - start); // most blocks of this table will need deltas too
        b.mode = Mode::Narrow;
        b.offset = quint32(m_deltas.size());
        for (quint32 i = 0; i <= slots; ++i)
            m_deltas.push_back(quint16(values[i] - b.first));
    } else {
        b.mode = Mode::Wide;
        b.offset = quint32(m_wide.size());
        m_wide.insert(m_wide.end(), values.begin(), values.begin() + slots + 1);
    }
    ++m_size;
}

void PackedIndex::resize(size_t size)
{
    if (size >= m_size)
        return;
    const size_t keepBlocks = size / BlockSize;
    const size_t start = keepBlocks * BlockSize;
    std::array<quint32, BlockSize> values {};
    for (size_t i = start; i < size; ++i)
        values[i - start] = (*this)[i];
    // Blocks only ever change while they are last, so the dropped blocks own the tails of both arrays.
    size_t deltaCut = m_deltas.size();
    size_t wideCut = m_wide.size();
    for (size_t k = keepBlocks; k < m_blocks.size(); ++k) {
        if (m_blocks[k].mode == Mode::Narrow)
            deltaCut = std::min<size_t>(deltaCut, m_blocks[k].offset);
        else if (m_blocks[k].mode == Mode::Wide)
            wideCut = std::min<size_t>(wideCut, m_blocks[k].offset);
    }
    m_deltas.resize(deltaCut);
    m_wide.resize(wideCut);
    m_blocks.resize(keepBlocks);
    m_size = start;
    for (size_t i = start; i < size; ++i)
        push_back(values[i - start]);
}

void PackedIndex::reserve(size_t size)
{
    m_expected = std::max(m_expected, size);
    m_blocks.reserve(size / BlockSize + 1);
}

void PackedIndex::clear()
{
    m_blocks.clear();
    m_deltas.clear();
    m_wide.clear();
    m_size = 0;
}

size_t PackedIndex::lowerBound(quint32 value) const
{
    size_t low = 0;
    size_t high = m_size;
    while (low < high) {
        const size_t middle = low + (high - low) / 2;
        if ((*this)[middle] < value)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

const void* PackedIndex::address(size_t index) const
{
    const Block& b = m_blocks[index / BlockSize];
    const size_t slot = index & (BlockSize - 1);
    switch (b.mode) {
    case Mode::Even:
        return &b;
    case Mode::Narrow:
        return m_deltas.data() + b.offset + slot;
    case Mode::Wide:
        break;
    }
    return m_wide.data() + b.offset + slot;
}

qint64 PackedIndex::memoryUsage() const
{
    return qint64(m_blocks.capacity() * sizeof(Block) + m_deltas.capacity() * sizeof(quint16) +
                  m_wide.capacity() * sizeof(quint32));
}

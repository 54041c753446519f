#include "import/packedindex.h"

#include "import/memoryadvice.h"

#include <algorithm>

namespace
{
    constexpr size_t Chunk = 8;

    // Whether values[i] == first + step * i for every i < count (a multiple of Chunk), in 32-bit arithmetic.
    // Tested Chunk at a time, a fixed-length OR-reduction the compiler vectorises, so that the usual uneven
    // block (cell ends) is refused after the first chunk.
    bool stepsEvenly(const quint32* values, size_t count, quint32 first, quint32 step)
    {
        std::array<quint32, Chunk> expected {};
        expected[0] = first;
        for (size_t k = 1; k < Chunk; ++k)
            expected[k] = expected[k - 1] + step; // no vector multiply before SSE4.1
        for (size_t chunk = 0; chunk < count; chunk += Chunk) {
            quint32 off = 0;
            for (size_t k = 0; k < Chunk; ++k)
                off |= values[chunk + k] ^ expected[k];
            if (off != 0)
                return false;
            const quint32 chunkStep = step * quint32(Chunk);
            for (size_t k = 0; k < Chunk; ++k)
                expected[k] += chunkStep;
        }
        return true;
    }

    // The OR of every value's delta from first: above 0xFFFF when some delta needs 32 bits.
    quint32 spread(const quint32* values, size_t count, quint32 first)
    {
        quint32 bits = 0;
        for (size_t i = 0; i < count; ++i)
            bits |= values[i] - first;
        return bits;
    }
} // namespace

void PackedIndex::seal()
{
    static_assert(BlockSize % Chunk == 0);
    const quint32 first = m_open[0];
    const quint32 step = m_open[1] - first;
    Block b {first, step, 0, Mode::Even}; // an evenly stepping block is its header alone
    if (!stepsEvenly(m_open.data(), BlockSize, first, step)) {
        if (spread(m_open.data(), BlockSize, first) <= 0xFFFF) {
            if (m_deltas.capacity() == 0 && m_expected > m_sealed) {
                m_deltas.reserve(m_expected - m_sealed); // most blocks of this table will need deltas too
                // 16 MB of deltas for a 1M-row export: in 4 KiB pages that is 4,000 page faults, 10 ms on a VM.
                MemoryAdvice::hugePages(m_deltas.data(), m_deltas.capacity() * sizeof(quint16));
            }
            b.mode = Mode::Narrow;
            b.offset = quint32(m_deltas.size());
            m_deltas.resize(m_deltas.size() + BlockSize);
            quint16* deltas = m_deltas.data() + b.offset;
            for (size_t i = 0; i < BlockSize; ++i)
                deltas[i] = quint16(m_open[i] - first);
        } else {
            b.mode = Mode::Wide;
            b.offset = quint32(m_wide.size());
            m_wide.insert(m_wide.end(), m_open.begin(), m_open.end());
        }
    }
    m_blocks.push_back(b);
    m_sealed += BlockSize;
    m_openCount = 0;
}

void PackedIndex::resize(size_t size)
{
    if (size >= this->size())
        return;
    if (size >= m_sealed) {
        m_openCount = size - m_sealed;
        return;
    }
    // The cut falls in a sealed block: decode its kept values into the open block and drop it and those after.
    const size_t keepBlocks = size / BlockSize;
    const size_t start = keepBlocks * BlockSize;
    for (size_t i = start; i < size; ++i)
        m_open[i - start] = (*this)[i];
    // Blocks are appended in order, so the dropped blocks own the tails of both arrays.
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
    m_sealed = start;
    m_openCount = size - start;
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
    m_sealed = 0;
    m_openCount = 0;
}

size_t PackedIndex::lowerBound(quint32 value) const
{
    size_t low = 0;
    size_t high = size();
    while (low < high) {
        const size_t middle = low + (high - low) / 2;
        if ((*this)[middle] < value)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

size_t PackedIndex::firstStepOtherThan(size_t from, size_t to, quint32 step) const
{
    for (size_t i = from; i < to; ++i) {
        if (i < m_sealed) {
            const size_t block = i / BlockSize;
            const Block& b = m_blocks[block];
            if (b.mode == Mode::Even && b.step == step) {
                // Every step inside the block is right; only the one from its last slot into the next block
                // is left to test.
                i = std::min(to, (block + 1) * BlockSize - 1);
                if (i == to)
                    break;
            }
        }
        if ((*this)[i + 1] - (*this)[i] != step)
            return i;
    }
    return to;
}

const void* PackedIndex::address(size_t index) const
{
    if (index >= m_sealed)
        return m_open.data() + (index - m_sealed);
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

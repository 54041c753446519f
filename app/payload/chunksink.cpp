#include "payload/chunksink.h"

#include "common/devicewriter.h"

#include <QIODevice>

#include <algorithm>

ChunkSink::ChunkSink(QIODevice* device, size_t bufferSize)
    : m_device(device)
{
    for (int i = 0; i < Pool; ++i)
        m_free.push_back({std::make_unique<char[]>(bufferSize), bufferSize, 0});
    m_hasher = std::thread([this] { run(Stage::Hash); });
    m_writer = std::thread([this] { run(Stage::Write); });
}

ChunkSink::~ChunkSink()
{
    finish(nullptr);
}

ChunkSink::Buffer ChunkSink::take()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_free.empty(); });
    Buffer b = std::move(m_free.back());
    m_free.pop_back();
    b.length = 0;
    return b;
}

ChunkSink::Buffer ChunkSink::submit(Buffer filled)
{
    {
        std::lock_guard lock(m_mutex);
        m_filled.push_back(std::move(filled));
        ++m_submitted;
    }
    m_changed.notify_all();
    return take();
}

void ChunkSink::releaseDone()
{
    // Called with m_mutex held. In order: the hash and the file both need the buffers as they were submitted.
    while (m_released < std::min(m_hashed, m_written)) {
        Buffer b = std::move(m_filled.front());
        m_filled.pop_front();
        ++m_released;
        b.length = 0;
        m_free.push_back(std::move(b));
    }
}

void ChunkSink::run(Stage stage)
{
    qint64& next = stage == Stage::Hash ? m_hashed : m_written;
    for (;;) {
        QByteArrayView chunk;
        bool skip = false;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stop || next < m_submitted; });
            if (next == m_submitted)
                return; // stopped and drained
            // A reference into the deque stays valid while other buffers are pushed and popped; this one is
            // not released before this worker moves past it.
            const Buffer& b = m_filled[size_t(next - m_released)];
            chunk = QByteArrayView(b.data.get(), static_cast<qsizetype>(b.length));
            skip = m_failed;
        }
        bool ok = true;
        QString why;
        if (stage == Stage::Hash)
            m_hash.addData(chunk);
        else if (!skip)
            ok = DeviceWriter::writeAll(m_device, chunk, &why);
        {
            std::lock_guard lock(m_mutex);
            if (stage == Stage::Write) {
                if (!ok && !m_failed) {
                    m_failed = true;
                    m_error = why;
                }
                m_bytes += chunk.size();
            }
            ++next;
            releaseDone();
        }
        m_changed.notify_all();
    }
}

bool ChunkSink::finish(QString* error)
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_hasher.joinable())
        m_hasher.join();
    if (m_writer.joinable())
        m_writer.join();
    if (m_failed && error)
        *error = m_error;
    return !m_failed;
}

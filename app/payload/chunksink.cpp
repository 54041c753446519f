#include "payload/chunksink.h"

#include "common/devicewriter.h"

#include <QIODevice>

ChunkSink::ChunkSink(QIODevice* device, size_t bufferSize)
    : m_device(device)
{
    for (int i = 0; i < Pool; ++i)
        m_free.push_back({std::make_unique<char[]>(bufferSize), bufferSize, 0});
    m_thread = std::thread([this] { run(); });
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
        m_queue.push_back(std::move(filled));
    }
    m_changed.notify_all();
    return take();
}

void ChunkSink::run()
{
    for (;;) {
        Buffer b;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopped and drained
            b = std::move(m_queue.front());
            m_queue.pop_front();
        }
        const QByteArrayView chunk(b.data.get(), static_cast<qsizetype>(b.length));
        m_hash.addData(chunk);
        QString why;
        const bool ok = m_failed || DeviceWriter::writeAll(m_device, chunk, &why);
        {
            std::lock_guard lock(m_mutex);
            if (!ok && !m_failed) {
                m_failed = true;
                m_error = why;
            }
            m_bytes += chunk.size();
            b.length = 0;
            m_free.push_back(std::move(b));
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
    if (m_thread.joinable())
        m_thread.join();
    if (m_failed && error)
        *error = m_error;
    return !m_failed;
}

#include "sandbox/uploadsink.h"

#include "sandbox/payloadscanner.h"

namespace
{
    // Enough to keep the worker busy across scheduling hiccups; small next to what the client holds.
    constexpr qint64 maxQueuedBytes = 16 << 20;
    constexpr std::size_t maxSpareBuffers = 32;
} // namespace

UploadSink::UploadSink(const QString& spoolPath)
    : m_file(spoolPath)
{ }

UploadSink::~UploadSink()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool UploadSink::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return false;
    // The file is written only by the worker from here on (QFile is reentrant, not thread-safe).
    m_thread = std::thread([this] { work(); });
    return true;
}

QByteArray UploadSink::buffer(qsizetype size)
{
    QByteArray buffer;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_spare.empty()) {
            buffer = std::move(m_spare.back());
            m_spare.pop_back();
        }
    }
    buffer.resize(size); // within its capacity when reused: no allocation
    return buffer;
}

void UploadSink::recycle(QByteArray buffer)
{
    const std::lock_guard lock(m_mutex);
    if (m_spare.size() < maxSpareBuffers)
        m_spare.push_back(std::move(buffer));
}

void UploadSink::add(QByteArray chunk)
{
    if (chunk.isEmpty() || !m_thread.joinable())
        return;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queuedBytes < maxQueuedBytes || m_stopped; });
    m_queuedBytes += chunk.size();
    m_queue.push_back(std::move(chunk));
    lock.unlock();
    m_changed.notify_all();
}

UploadSink::Outcome UploadSink::finish()
{
    {
        const std::lock_guard lock(m_mutex);
        m_ended = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    return m_outcome;
}

void UploadSink::work()
{
    PayloadScanner scanner;
    for (;;) {
        QByteArray chunk;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_ended || m_stopped; });
            if (m_stopped)
                return;
            if (m_queue.empty())
                break; // ended and drained
            chunk = std::move(m_queue.front());
            m_queue.pop_front();
            m_queuedBytes -= chunk.size();
        }
        m_changed.notify_all();
        if (m_outcome.writeError.isEmpty() && m_file.write(chunk) != chunk.size())
            m_outcome.writeError = m_file.errorString();
        scanner.feed(chunk);
        const std::lock_guard lock(m_mutex);
        if (m_spare.size() < maxSpareBuffers)
            m_spare.push_back(std::move(chunk)); // unshared again once the connection dropped its copy
    }
    if (!m_file.flush() && m_outcome.writeError.isEmpty())
        m_outcome.writeError = m_file.errorString();
    m_file.close();
    m_outcome.check = scanner.finish();
}

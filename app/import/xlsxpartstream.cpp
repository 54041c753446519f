#include "import/xlsxpartstream.h"

#include "import/boundeddevice.h"

XlsxPartStream::XlsxPartStream(std::unique_ptr<BoundedDevice> device)
    : m_device(std::move(device))
    , m_worker([this] { run(); })
{ }

XlsxPartStream::~XlsxPartStream()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

void XlsxPartStream::run()
{
    for (;;) {
        QByteArray chunk(Headroom + ChunkSize, Qt::Uninitialized);
        qsizetype filled = 0;
        qint64 got = 0;
        // Fill the whole chunk: QuaZip hands out what one inflate call gives, often far less than asked.
        while (filled < ChunkSize && (got = m_device->read(chunk.data() + Headroom + filled, ChunkSize - filled)) > 0)
            filled += got;
        chunk.truncate(Headroom + filled);
        chunk.remove(0, Headroom); // moves the start only: the headroom stays free for prepend()
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_queue.size() < Depth; });
        if (m_stop)
            return;
        if (!chunk.isEmpty())
            m_queue.push_back(std::move(chunk));
        if (got <= 0 && filled < ChunkSize) {
            m_failed = got < 0;
            m_exceeded = m_device->exceeded();
            m_done = true;
            lock.unlock();
            m_changed.notify_all();
            return;
        }
        lock.unlock();
        m_changed.notify_all();
    }
}

bool XlsxPartStream::next(QByteArray* chunk)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_done || !m_queue.empty(); });
    if (m_queue.empty())
        return false;
    *chunk = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

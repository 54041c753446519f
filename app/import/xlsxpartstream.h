#pragma once

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

class BoundedDevice;

// One zip entry inflated on a worker thread while the caller parses what came before: chunks of 256 KiB
// pass through a short queue (at most Depth chunks wait, so about a MiB is in flight). Inflating and scanning
// then cost the slower of the two instead of their sum. The device (a BoundedDevice from XlsxArchive) keeps
// its limits; the archive must not be used by anyone else until the stream is destroyed.
class XlsxPartStream
{
public:
    static constexpr qsizetype ChunkSize = qsizetype(256) << 10;
    static constexpr size_t Depth = 4;
    // Free bytes before each chunk's data, where the scanner prepends the unscanned end of the previous chunk.
    static constexpr qsizetype Headroom = 4096;

    explicit XlsxPartStream(std::unique_ptr<BoundedDevice> device);
    ~XlsxPartStream();
    Q_DISABLE_COPY_MOVE(XlsxPartStream)

    // The next chunk (never empty) into *chunk; false at the end of the entry or after a read error.
    bool next(QByteArray* chunk);
    // After next() returned false: whether the entry ended with an error rather than cleanly.
    [[nodiscard]] bool failed() const { return m_failed; }
    // ... and whether that error was the entry inflating beyond its declared size (a zip bomb).
    [[nodiscard]] bool exceeded() const { return m_exceeded; }

private:
    void run();

    std::unique_ptr<BoundedDevice> m_device;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    bool m_done = false;   // the worker has finished (end or error)
    bool m_stop = false;   // the consumer is gone
    bool m_failed = false; // set by the worker before m_done
    bool m_exceeded = false;
    std::thread m_worker;
};

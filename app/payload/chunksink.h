#pragma once

#include "common/sha256.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

class QIODevice;

// Hashes (SHA-256) and writes filled buffers to a device, in order, on two worker threads of its own: on the
// 1M-row path the kernel's copy of ~240 MB into the page cache and the hash then run beside each other and
// beside the thread that formats the next rows, instead of one after the other. At most Pool buffers exist,
// so memory stays bounded. Used by PayloadWriter only.
class ChunkSink
{
public:
    struct Buffer
    {
        std::unique_ptr<char[]> data;
        size_t capacity = 0;
        size_t length = 0;
    };

    ChunkSink(QIODevice* device, size_t bufferSize);
    ~ChunkSink();
    Q_DISABLE_COPY_MOVE(ChunkSink)

    // The first buffer to fill.
    Buffer take();
    // Queues a filled buffer and returns an empty one to fill next (waits while all buffers are in flight).
    Buffer submit(Buffer filled);
    // Hashes and writes what is queued, stops the workers; false (and *error) when a write failed.
    bool finish(QString* error);
    [[nodiscard]] QByteArray sha256Hex() { return m_hash.hexDigest(); }
    [[nodiscard]] qint64 bytes() const { return m_bytes; }

    static constexpr int Pool = 4;

private:
    enum class Stage
    {
        Hash,
        Write
    };
    void run(Stage stage);
    void releaseDone();

    QIODevice* m_device;
    Sha256 m_hash;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    // Submitted buffers in order; the front one is number m_released. A buffer returns to m_free once both
    // workers are past it.
    std::deque<Buffer> m_filled;
    qint64 m_released = 0;
    qint64 m_submitted = 0;
    qint64 m_hashed = 0;
    qint64 m_written = 0;
    std::vector<Buffer> m_free;
    bool m_stop = false;
    bool m_failed = false;
    QString m_error;
    qint64 m_bytes = 0;
    std::thread m_hasher;
    std::thread m_writer;
};

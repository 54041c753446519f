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

// Hashes (SHA-256) and writes filled buffers to a device, in order, on a worker thread: on the 1M-row path
// the hash and the kernel's copy of ~240 MB then run on the second core while the next rows are formatted.
// At most Pool buffers exist, so memory stays bounded. Used by PayloadWriter only.
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
    // Writes what is queued, stops the worker; false (and *error) when a write failed.
    bool finish(QString* error);
    [[nodiscard]] QByteArray sha256Hex() { return m_hash.hexDigest(); }
    [[nodiscard]] qint64 bytes() const { return m_bytes; }

    static constexpr int Pool = 3;

private:
    void run();

    QIODevice* m_device;
    Sha256 m_hash;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Buffer> m_queue;
    std::vector<Buffer> m_free;
    bool m_stop = false;
    bool m_failed = false;
    QString m_error;
    qint64 m_bytes = 0;
    std::thread m_thread;
};

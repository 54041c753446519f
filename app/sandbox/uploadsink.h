#pragma once

#include "sandbox/payloadschema.h"

#include <QByteArray>
#include <QFile>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

// Where an upload body goes while it arrives: a worker thread writes it to the spool file and schema-checks it
// (PayloadScanner) while the connection's thread receives the next piece, so the work runs side by side with the
// client's sending. Used by SandboxConnection for every streamed upload. It does not hash the body: only the
// sandbox's read-back reports a SHA-256, so Sandbox computes it from the stored file when asked.
class UploadSink
{
public:
    struct Outcome
    {
        QString writeError; // empty when every byte reached the spool file
        PayloadSchema::Result check;
    };

    explicit UploadSink(const QString& spoolPath);
    // Stops the worker without waiting for the rest of the body (a dropped connection); the spool file stays
    // for the owner to remove.
    ~UploadSink();
    Q_DISABLE_COPY_MOVE(UploadSink)

    // Creates the spool file; false with errorString() when it cannot. Call once, before add().
    [[nodiscard]] bool open();
    [[nodiscard]] QString errorString() const { return m_file.errorString(); }
    // An empty buffer with room for `size` bytes to read the next piece into: one the worker is done with
    // when there is one, so a long upload reuses a few buffers instead of faulting in fresh memory for each.
    [[nodiscard]] QByteArray buffer(qsizetype size);
    // Returns a buffer from buffer() that was not filled after all.
    void recycle(QByteArray buffer);
    // Queues the next piece of the body; blocks while more than a few MiB wait, so memory stays
    // flat when the disk or the check falls behind.
    void add(QByteArray chunk);
    // The body is complete: waits for the worker to catch up, closes the file and returns the results.
    [[nodiscard]] Outcome finish();

private:
    void work();

    QFile m_file;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    std::vector<QByteArray> m_spare; // buffers the worker has finished with
    qint64 m_queuedBytes = 0;
    bool m_ended = false;
    bool m_stopped = false;
    Outcome m_outcome;
    std::thread m_thread;
};

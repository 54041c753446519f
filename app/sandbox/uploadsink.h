#pragma once

#include "sandbox/payloadschema.h"

#include <QByteArray>
#include <QFile>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

class Sha256;

// Where an upload body goes while it arrives: the connection's thread hashes it (SHA-256) as it hands it over,
// and a worker thread writes it to the spool file and schema-checks it (PayloadScanner), so the two halves of
// the work run side by side with the client's sending. Used by SandboxConnection for every streamed upload.
class UploadSink
{
public:
    struct Outcome
    {
        QString writeError; // empty when every byte reached the spool file
        QByteArray sha256Hex;
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
    // Hashes and queues the next piece of the body; blocks while more than a few MiB wait, so memory stays
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
    std::unique_ptr<Sha256> m_sha256;
    qint64 m_queuedBytes = 0;
    bool m_ended = false;
    bool m_stopped = false;
    Outcome m_outcome;
    std::thread m_thread;
};

#pragma once

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;

#include <atomic>
#include <memory>

// Incremental SHA-256. Uses OpenSSL's libcrypto when the build found it (about 10x faster than Qt 6.4's
// QCryptographicHash, which matters on a 190 MB payload), else QCryptographicHash. Used by PayloadWriter,
// the pipeline's payload hashing and the history's source-file hash.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Q_DISABLE_COPY_MOVE(Sha256)

    void addData(QByteArrayView data);
    // Lower-case hex digest; the object cannot be used afterwards.
    [[nodiscard]] QByteArray hexDigest();

    // Hashes a whole device from its current position in 1 MiB reads; empty on a read error, or when `stop`
    // is set before the end (checked between reads: a caller that gives up does not wait for a whole file).
    [[nodiscard]] static QByteArray hexDigestOf(QIODevice* device, const std::atomic_bool* stop = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

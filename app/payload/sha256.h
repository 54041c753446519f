#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

// Incremental SHA-256. Uses OpenSSL's libcrypto when the build found it (about 10x faster than Qt 6.4's
// QCryptographicHash, which matters on a 190 MB payload), else QCryptographicHash. Used by PayloadWriter.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Q_DISABLE_COPY_MOVE(Sha256)

    void addData(QByteArrayView data);
    // Lower-case hex digest; the object cannot be used afterwards.
    [[nodiscard]] QByteArray hexDigest();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

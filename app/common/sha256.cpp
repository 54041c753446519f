#include "common/sha256.h"

#include <QIODevice>

#ifdef TORIISYNC_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

struct Sha256::Private
{
#ifdef TORIISYNC_HAVE_OPENSSL
    EVP_MD_CTX* ctx = nullptr;
#else
    QCryptographicHash hash {QCryptographicHash::Sha256};
#endif
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
#ifdef TORIISYNC_HAVE_OPENSSL
    d->ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr);
#endif
}

Sha256::~Sha256()
{
#ifdef TORIISYNC_HAVE_OPENSSL
    EVP_MD_CTX_free(d->ctx);
#endif
}

void Sha256::addData(QByteArrayView data)
{
#ifdef TORIISYNC_HAVE_OPENSSL
    EVP_DigestUpdate(d->ctx, data.data(), static_cast<size_t>(data.size()));
#else
    d->hash.addData(data);
#endif
}

QByteArray Sha256::hexDigest()
{
#ifdef TORIISYNC_HAVE_OPENSSL
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(d->ctx, digest, &length);
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length)).toHex();
#else
    return d->hash.result().toHex();
#endif
}

QByteArray Sha256::hexDigestOf(QIODevice* device, const std::atomic_bool* stop)
{
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (stop && stop->load())
            return {};
        const qint64 n = device->read(buffer.data(), buffer.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return hash.hexDigest();
}

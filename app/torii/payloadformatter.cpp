#include "torii/payloadformatter.h"

#include "common/sha256.h"
#include "torii/syncpipeline.h"

#include <QCoreApplication>
#include <QFile>

PayloadFormatter payloadFileFormatter(const QString& path, qint64 users, qint64 licenses)
{
    return [path, users, licenses](const ProgressCallback& progress, const CancelFlag& cancel) {
        FormattedPayload result;
        result.path = path;
        result.users = users;
        result.licenses = licenses;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = SyncPipeline::tr("Cannot read the payload file %1: %2").arg(path, file.errorString());
            return result;
        }
        const qint64 total = file.size();
        Sha256 hash;
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        qint64 done = 0;
        while (!file.atEnd()) {
            if (cancel.load()) {
                result.cancelled = true;
                return result;
            }
            const qint64 n = file.read(buffer.data(), buffer.size());
            if (n < 0) {
                result.error = SyncPipeline::tr("Cannot read the payload file %1: %2").arg(path, file.errorString());
                return result;
            }
            hash.addData(QByteArrayView(buffer.constData(), n));
            done += n;
            if (progress)
                progress(done, total);
        }
        result.bytes = done;
        result.sha256Hex = hash.hexDigest();
        return result;
    };
}

#include "sandbox/payloadschema.h"

#include "sandbox/payloadscanner.h"

#include <QFile>

namespace PayloadSchema
{
    Result validateDevice(QIODevice* device)
    {
        PayloadScanner scanner;
        // 1 MiB reads: large enough that the per-call cost vanishes, small enough to stay cache-friendly.
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        while (!scanner.failed()) {
            const qint64 read = device->read(buffer.data(), buffer.size());
            if (read < 0) {
                Result result;
                result.message = QStringLiteral("Uploaded file cannot be read");
                return result;
            }
            if (read == 0)
                break;
            scanner.feed(QByteArrayView(buffer.constData(), read));
        }
        return scanner.finish();
    }

    Result validateJson(const QByteArray& json)
    {
        PayloadScanner scanner;
        scanner.feed(json);
        return scanner.finish();
    }

    Result validateFile(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Result result;
            result.message = QStringLiteral("Uploaded file cannot be read");
            return result;
        }
        return validateDevice(&file);
    }
} // namespace PayloadSchema

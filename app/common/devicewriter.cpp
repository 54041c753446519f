#include "common/devicewriter.h"

#include <QCoreApplication>
#include <QIODevice>

bool DeviceWriter::writeAll(QIODevice* device, QByteArrayView bytes, QString* error)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const qint64 n = device->write(bytes.data() + written, bytes.size() - written);
        if (n <= 0) {
            if (error)
                *error = device->errorString().isEmpty() ? tr("the write failed") : device->errorString();
            return false;
        }
        written += qsizetype(n);
    }
    return true;
}

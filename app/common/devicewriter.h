#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

class QIODevice;

// Writes a whole buffer to a file. A disk that fills up makes write(2) return a short count with no error,
// and Qt then reports "Unknown error"; writing the rest again gets the real cause ("No space left on device").
// Used by the payload and rejects writers (issue #21/11).
class DeviceWriter
{
    Q_DECLARE_TR_FUNCTIONS(DeviceWriter)

public:
    // True when every byte was written; else *error (if given) says why, in the system's words.
    static bool writeAll(QIODevice* device, QByteArrayView bytes, QString* error = nullptr);
};

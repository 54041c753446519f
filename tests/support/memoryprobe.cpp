#include "memoryprobe.h"

#include <QByteArray>
#include <QFile>

namespace
{
    qint64 statusField(const char* name)
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray key = QByteArray(name) + ':';
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith(key))
                return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
        }
        return -1;
    }
} // namespace

bool MemoryProbe::resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

qint64 MemoryProbe::peakBytes()
{
    return statusField("VmHWM");
}

qint64 MemoryProbe::currentBytes()
{
    return statusField("VmRSS");
}

#include "import/boundeddevice.h"

BoundedDevice::BoundedDevice(std::unique_ptr<QIODevice> inner, qint64 limit, QObject* parent)
    : QIODevice(parent)
    , m_inner(std::move(inner))
    , m_limit(limit)
{
    open(QIODevice::ReadOnly);
}

BoundedDevice::~BoundedDevice() = default;

qint64 BoundedDevice::readData(char* data, qint64 maxSize)
{
    if (m_exceeded)
        return -1;
    const qint64 room = m_limit - m_produced;
    if (room <= 0) {
        // At the limit: the entry must end here. One more byte means it inflates beyond what it declared.
        char probe;
        if (m_inner->read(&probe, 1) > 0) {
            m_exceeded = true;
            setErrorString(tr("An entry of the workbook inflates beyond its limit"));
            return -1;
        }
        return 0; // end of data
    }
    const qint64 got = m_inner->read(data, std::min(maxSize, room));
    if (got <= 0)
        return got;
    m_produced += got;
    return got;
}

qint64 BoundedDevice::writeData(const char*, qint64)
{
    return -1;
}

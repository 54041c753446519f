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
    // Ask for one byte more than allowed, so "exactly at the limit" and "beyond it" can be told apart.
    const qint64 room = m_limit - m_produced + 1;
    const qint64 got = m_inner->read(data, std::min(maxSize, room));
    if (got < 0)
        return -1;
    m_produced += got;
    if (m_produced > m_limit) {
        m_exceeded = true;
        setErrorString(tr("An entry of the workbook inflates beyond its limit"));
        return -1;
    }
    return got;
}

qint64 BoundedDevice::writeData(const char*, qint64)
{
    return -1;
}

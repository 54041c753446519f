#include "fakeclock.h"

#include <QTimer>

qint64 FakeClock::nowMs() const
{
    return SystemClock::instance()->nowMs() + m_offset;
}

void FakeClock::schedule(std::chrono::milliseconds delay, QObject* context, std::function<void()> callback)
{
    m_delays.append(delay.count());
    m_offset += delay.count();
    QTimer::singleShot(0, context, std::move(callback));
}

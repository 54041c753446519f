#include "torii/clock.h"

#include <QElapsedTimer>
#include <QTimer>

Clock::~Clock() = default;

SystemClock::SystemClock() = default;
SystemClock::~SystemClock() = default;

qint64 SystemClock::nowMs() const
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

void SystemClock::schedule(std::chrono::milliseconds delay, QObject* context, std::function<void()> callback)
{
    QTimer::singleShot(delay, context, std::move(callback));
}

SystemClock* SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}

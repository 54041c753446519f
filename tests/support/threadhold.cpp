#include "threadhold.h"

#include <QMetaObject>
#include <QObject>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

struct ThreadHold::State
{
    std::atomic_bool held {false};
    std::atomic<QThread*> on {nullptr};
    QSemaphore release;
};

ThreadHold::ThreadHold(QObject* context, int maxMs)
    : m_state(std::make_shared<State>())
{
    QMetaObject::invokeMethod(
        context,
        [state = m_state, maxMs] {
            state->on = QThread::currentThread();
            state->held = true;
            (void)state->release.tryAcquire(1, maxMs);
            state->held = false;
        },
        Qt::QueuedConnection);
}

ThreadHold::~ThreadHold()
{
    release();
}

bool ThreadHold::eventLoopRunsWhileHeld(int timeoutMs) const
{
    if (!QTest::qWaitFor([this] { return isHeld(); }, timeoutMs))
        return false;
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &timer, [&ticks] { ++ticks; });
    timer.start(5);
    return QTest::qWaitFor([&ticks] { return ticks >= 3; }, timeoutMs) && isHeld();
}

void ThreadHold::release()
{
    if (m_state->release.available() == 0)
        m_state->release.release();
}

bool ThreadHold::isHeld() const
{
    return m_state->held;
}

QThread* ThreadHold::heldOn() const
{
    return m_state->on;
}

#pragma once

#include <QtGlobal>

#include <memory>

class QObject;
class QThread;

// Keeps another object's thread busy until released, as a long request would (the sandbox hashing and checking a
// big upload). Tests use it to show that the thread they run on, e.g. the GUI thread, stays free meanwhile.
class ThreadHold final
{
    Q_DISABLE_COPY_MOVE(ThreadHold)

public:
    // Queues the hold on context's thread; it lasts until release(), the destructor or maxMs, whichever is first.
    explicit ThreadHold(QObject* context, int maxMs = 20000);
    ~ThreadHold();

    // Waits for the hold to start, then runs this thread's event loop until a 5 ms timer ticked three times.
    // True if all that happened while the hold lasted; false if the hold ran on this thread (it then blocked
    // the loop instead) or never started.
    [[nodiscard]] bool eventLoopRunsWhileHeld(int timeoutMs = 5000) const;
    void release();
    [[nodiscard]] bool isHeld() const;
    [[nodiscard]] QThread* heldOn() const;

private:
    struct State;
    std::shared_ptr<State> m_state; // shared with the queued hold, which may outlive this object
};

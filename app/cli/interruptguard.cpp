#include "cli/interruptguard.h"

#include <csignal>

namespace
{
    CancelFlag interrupted {false};

    extern "C" void onInterrupt(int)
    {
        // Only a lock-free atomic store is async-signal-safe here.
        interrupted.store(true);
    }
} // namespace

InterruptGuard::InterruptGuard()
{
    interrupted.store(false);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

CancelFlag& InterruptGuard::flag()
{
    return interrupted;
}

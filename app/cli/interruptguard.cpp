#include "cli/interruptguard.h"

#include <csignal>

namespace
{
    CancelFlag interrupted {false};
    // Guards nest (job run --all holds one around each sync's own): only the outermost installs and restores
    // the handlers and clears the flag, so a Ctrl+C between two jobs still stops the batch.
    int depth = 0;

    extern "C" void onInterrupt(int)
    {
        // Only a lock-free atomic store is async-signal-safe here.
        interrupted.store(true);
    }
} // namespace

InterruptGuard::InterruptGuard()
{
    if (depth++ > 0)
        return;
    interrupted.store(false);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    if (--depth > 0)
        return;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

CancelFlag& InterruptGuard::flag()
{
    return interrupted;
}

#pragma once

#include "common/progress.h"

// Ctrl+C (SIGINT) and SIGTERM for the lifetime of one long command: instead of killing the process halfway
// through a write, the handler only raises a flag the engine polls (reader, converter, pipeline), so the
// command stops cleanly, removes its temp files and exits 130. Used by convert and sync.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

    [[nodiscard]] static CancelFlag& flag();
    [[nodiscard]] static bool raised() { return flag().load(); }
};

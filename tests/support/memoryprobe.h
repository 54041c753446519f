#pragma once

#include <QtGlobal>

// Peak resident memory of this process (VmHWM), resettable, so a test can bound what one call allocated.
namespace MemoryProbe
{
    // Resets the peak to the current RSS (Linux /proc/self/clear_refs "5"); false when not supported.
    bool resetPeak();
    // VmHWM in bytes, -1 when unknown.
    [[nodiscard]] qint64 peakBytes();
    // VmRSS in bytes, -1 when unknown.
    [[nodiscard]] qint64 currentBytes();
} // namespace MemoryProbe

#pragma once

#include <QString>

// Human-readable numbers for the window: sizes, durations, counts in the user's locale.
namespace Format
{
    [[nodiscard]] QString duration(qint64 ms);
    [[nodiscard]] QString bytes(qint64 bytes);
    [[nodiscard]] QString count(qint64 n);
} // namespace Format

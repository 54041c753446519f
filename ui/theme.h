#pragma once

// The window's look: Fusion with a light palette and one style sheet (theme.qss in the resources), so it
// looks the same on every platform and in the screenshots. Applied by main() and by the GUI tests.
namespace Theme
{
    void apply();
} // namespace Theme

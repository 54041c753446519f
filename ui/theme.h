#pragma once

#include "history/runstates.h"

#include <QColor>
#include <QString>

// The window's look: Fusion with a light palette and one style sheet (theme.qss in the resources), so it
// looks the same on every platform and in the screenshots. Applied by main() and by the GUI tests. The one
// place that gives run states their colour and icon.
namespace Theme
{
    void apply();

    // Green for a sync that went through, red for one that needs a look, the text colour otherwise.
    [[nodiscard]] QColor outcomeColor(RunOutcome outcome);
    // The state icon (":/icons/state-*.svg") for a run's outcome.
    [[nodiscard]] QString outcomeIcon(RunOutcome outcome);
} // namespace Theme

#pragma once

#include "common/progress.h"

#include <QString>

class Console;

// The CLI's one progress printer (convert and sync): a live percentage on a terminal only, overwritten in
// place; logs and pipes get nothing between the stage lines, so they stay short.
class ProgressLine
{
public:
    explicit ProgressLine(Console& console);
    ~ProgressLine();
    Q_DISABLE_COPY_MOVE(ProgressLine)

    void show(const QString& label, qint64 done, qint64 total);
    // Ends a percentage line that was shown (so the next line starts clean).
    void end();
    // A callback for engine work that reports progress inline on this thread (e.g. the Converter).
    [[nodiscard]] ProgressCallback callback(const QString& label);

private:
    Console& m_console;
    bool m_terminal;
    int m_last = -1;
};

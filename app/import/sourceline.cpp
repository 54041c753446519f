#include "import/sourceline.h"

#include "import/table.h"

qsizetype SourceLine::rowAt(const Table& table, qint64 line)
{
    qsizetype lo = 0;
    qsizetype hi = table.rowCount();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (table.sourceLine(mid) < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < table.rowCount() ? lo : -1;
}

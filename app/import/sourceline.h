#pragma once

#include <QtGlobal>

class Table;

// From a 1-based source line (what an issue or a message names) back to the table's data row.
namespace SourceLine
{
    // The first data row whose record starts at or after `line`, or -1 when there is none. A binary search:
    // source lines only grow with the row (a quoted multi-line record spans several).
    [[nodiscard]] qsizetype rowAt(const Table& table, qint64 line);
} // namespace SourceLine

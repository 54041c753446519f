#pragma once

#include "import/packedindex.h"

#include <QByteArray>

// The compact cell store behind Table, filled by the CSV parser and the XLSX reader: all cell texts as UTF-8
// back to back in one buffer (no separators), one end offset per cell, one first-cell index per record.
// Cell i spans [cellEnds[i-1], cellEnds[i]) (cell 0 starts at 0). quint32 offsets (the readers refuse inputs
// over 2 GiB), packed (PackedIndex) so that even one-letter rows cost a few bytes of index, not 12.
struct TableStorage
{
    QByteArray bytes;
    PackedIndex cellEnds;
    PackedIndex recordFirstCell; // one per record plus a final sentinel == cellEnds.size()
    PackedIndex recordLine;      // 1-based source line / sheet row where the record starts
};

#pragma once

#include <QByteArray>

#include <vector>

// The compact cell store behind Table, filled by the CSV parser and the XLSX reader: all cell texts as UTF-8
// back to back in one buffer (no separators), one end offset per cell, one first-cell index per record.
// Cell i spans [cellEnds[i-1], cellEnds[i]) (cell 0 starts at 0). quint32 offsets keep the index at 4 bytes a
// cell; the readers refuse inputs over 2 GiB.
struct TableStorage
{
    QByteArray bytes;
    std::vector<quint32> cellEnds;
    std::vector<quint32> recordFirstCell; // one per record plus a final sentinel == cellEnds.size()
    std::vector<quint32> recordLine;      // 1-based source line / sheet row where the record starts
};

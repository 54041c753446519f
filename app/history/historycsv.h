#pragma once

#include "history/historyrecord.h"

#include <QByteArray>
#include <QList>

// The run history as CSV (UTF-8 with a BOM, RFC 4180, formula-like cells escaped as in the rejects file), for
// `history --csv` and the History page's export: one row per run, the stages summarised as their results.
namespace HistoryCsv
{
    [[nodiscard]] QByteArray toCsv(const QList<HistoryRecord>& runs);
}

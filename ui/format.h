#pragma once

#include "torii/syncstage.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Human-readable numbers for the window: sizes, durations, counts in the user's locale.
namespace Format
{
    [[nodiscard]] QString duration(qint64 ms);
    [[nodiscard]] QString bytes(qint64 bytes);
    [[nodiscard]] QString count(qint64 n);
    // How long ago, in the coarsest fitting unit: "5 min ago", "2 h ago", "3 days ago".
    [[nodiscard]] QString age(const QDateTime& when, const QDateTime& now);
    // The stages in the order a run performs them: the payload is formatted on this computer before Torii is
    // asked for an upload link, so "Format data" comes first on screen, not after "Create file".
    // A delimiter's translated name ("comma", "Komma"); Dialect::delimiterName is the untranslated key.
    [[nodiscard]] QString delimiter(QChar delimiter);
    [[nodiscard]] QList<SyncStage> stagesInRunOrder();
    // "1. Format data": the stage's name numbered by its place in stagesInRunOrder().
    [[nodiscard]] QString stageTitle(SyncStage stage);
} // namespace Format

#pragma once

#include "torii/syncstage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// Human-readable numbers for the window: sizes, durations, counts in the user's locale.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    [[nodiscard]] static QString duration(qint64 ms);
    [[nodiscard]] static QString bytes(qint64 bytes);
    [[nodiscard]] static QString count(qint64 n);
    // How long ago, in the coarsest fitting unit: "5 min ago", "2 h ago", "3 days ago".
    [[nodiscard]] static QString age(const QDateTime& when, const QDateTime& now);
    // The stages in the order a run performs them: the payload is formatted on this computer before Torii is
    // asked for an upload link, so "Format data" comes first on screen, not after "Create file".
    // A delimiter's translated name ("comma", "Komma"); Dialect::delimiterName is the untranslated key.
    [[nodiscard]] static QString delimiter(QChar delimiter);
    [[nodiscard]] static QList<SyncStage> stagesInRunOrder();
    // "1. Format data": the stage's name numbered by its place in stagesInRunOrder().
    [[nodiscard]] static QString stageTitle(SyncStage stage);
};

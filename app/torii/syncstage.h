#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

// Torii's five stages as DESIGN.md §1 numbers them. Used by the pipeline, its error struct, the history
// and the GUI's stage list, so the numbering and the display names live in exactly one place.
enum class SyncStage
{
    None = 0,
    CreateFile = 1,
    FormatData = 2,
    Upload = 3,
    GetFileId = 4,
    Sync = 5
};

class SyncStages
{
    Q_DECLARE_TR_FUNCTIONS(SyncStages)

public:
    // The five stages in their numbered (display) order.
    [[nodiscard]] static QList<SyncStage> all();
    // Translated display name: "Create file", "Format data", "Upload", "Get file ID", "Sync".
    [[nodiscard]] static QString displayName(SyncStage stage);
    // Stable machine key for JSON and the history: "create-file", "format-data", "upload", "get-file-id", "sync".
    [[nodiscard]] static QString key(SyncStage stage);
    // The stage a key() names; None for anything else (a history written by another version).
    [[nodiscard]] static SyncStage fromKey(QStringView key);
    [[nodiscard]] static int index(SyncStage stage); // 0..4, -1 for None
};

Q_DECLARE_METATYPE(SyncStage)

#pragma once

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

namespace SyncStages
{
    // The five stages in their numbered (display) order.
    [[nodiscard]] QList<SyncStage> all();
    // Translated display name: "Create file", "Format data", "Upload", "Get file ID", "Sync".
    [[nodiscard]] QString displayName(SyncStage stage);
    // Stable machine key for JSON and the history: "create-file", "format-data", "upload", "get-file-id", "sync".
    [[nodiscard]] QString key(SyncStage stage);
    // The stage a key() names; None for anything else (a history written by another version).
    [[nodiscard]] SyncStage fromKey(QStringView key);
    [[nodiscard]] int index(SyncStage stage); // 0..4, -1 for None
} // namespace SyncStages

Q_DECLARE_METATYPE(SyncStage)

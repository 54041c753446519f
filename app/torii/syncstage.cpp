#include "torii/syncstage.h"

#include <QCoreApplication>

QList<SyncStage> SyncStages::all()
{
    return {SyncStage::CreateFile, SyncStage::FormatData, SyncStage::Upload, SyncStage::GetFileId, SyncStage::Sync};
}

QString SyncStages::displayName(SyncStage stage)
{
    switch (stage) {
    case SyncStage::CreateFile:
        return tr("Create file");
    case SyncStage::FormatData:
        return tr("Format data");
    case SyncStage::Upload:
        return tr("Upload");
    case SyncStage::GetFileId:
        return tr("Get file ID");
    case SyncStage::Sync:
        return tr("Sync");
    case SyncStage::None:
        break;
    }
    return {};
}

QString SyncStages::key(SyncStage stage)
{
    switch (stage) {
    case SyncStage::CreateFile:
        return QStringLiteral("create-file");
    case SyncStage::FormatData:
        return QStringLiteral("format-data");
    case SyncStage::Upload:
        return QStringLiteral("upload");
    case SyncStage::GetFileId:
        return QStringLiteral("get-file-id");
    case SyncStage::Sync:
        return QStringLiteral("sync");
    case SyncStage::None:
        break;
    }
    return QStringLiteral("none");
}

SyncStage SyncStages::fromKey(QStringView key)
{
    for (const SyncStage stage : all()) {
        if (key == SyncStages::key(stage))
            return stage;
    }
    return SyncStage::None;
}

int SyncStages::index(SyncStage stage)
{
    return stage == SyncStage::None ? -1 : static_cast<int>(stage) - 1;
}

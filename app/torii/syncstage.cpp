#include "torii/syncstage.h"

#include <QCoreApplication>

namespace SyncStages
{
    QList<SyncStage> all()
    {
        return {SyncStage::CreateFile, SyncStage::FormatData, SyncStage::Upload, SyncStage::GetFileId, SyncStage::Sync};
    }

    QString displayName(SyncStage stage)
    {
        switch (stage) {
        case SyncStage::CreateFile:
            return QCoreApplication::translate("SyncStage", "Create file");
        case SyncStage::FormatData:
            return QCoreApplication::translate("SyncStage", "Format data");
        case SyncStage::Upload:
            return QCoreApplication::translate("SyncStage", "Upload");
        case SyncStage::GetFileId:
            return QCoreApplication::translate("SyncStage", "Get file ID");
        case SyncStage::Sync:
            return QCoreApplication::translate("SyncStage", "Sync");
        case SyncStage::None:
            break;
        }
        return {};
    }

    QString key(SyncStage stage)
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

    SyncStage fromKey(QStringView key)
    {
        for (const SyncStage stage : all()) {
            if (key == SyncStages::key(stage))
                return stage;
        }
        return SyncStage::None;
    }

    int index(SyncStage stage)
    {
        return stage == SyncStage::None ? -1 : static_cast<int>(stage) - 1;
    }
} // namespace SyncStages

#pragma once

#include "history/runstates.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// One sync run as the history keeps it (DESIGN.md §3): what was sent where, how each stage went, and how it
// ended. Never the API key, never a signed URL. Written by the CLI and the GUI; read by `history` and the
// History page.
struct HistoryRecord
{
    struct Stage
    {
        QString key; // SyncStages::key(): create-file, format-data, upload, get-file-id, sync
        StageResult result = StageResult::Pending;
        qint64 elapsedMs = 0;
        int attempts = 0;
    };

    qint64 id = 0; // assigned by HistoryStore::add()
    QDateTime started;
    QDateTime finished;
    QString profile;
    QString apiUrl;
    qint64 appAccountId = 0;
    QString sourceFile; // file name only
    QByteArray sourceSha256Hex;
    QString preset; // preset name, "auto" for auto-match
    qint64 users = 0;
    qint64 licenses = 0;
    qint64 rejected = 0;
    qint64 warnings = 0;
    QList<Stage> stages;
    qint64 fileId = -1;
    RunOutcome outcome = RunOutcome::Running;
    QString error;
    QString payloadPath; // optional: where the sent payload was kept
    QByteArray payloadSha256Hex;
    bool dryRun = false;
    QString job; // the saved job that ran it; empty for a one-off sync
    // The check after the sync (safe sync): "verified", "not visible after N min", or empty when not checked.
    QString verification;

    // The result of one stage (Pending when the record has none), e.g. stageResult(u"sync").
    [[nodiscard]] StageResult stageResult(QStringView key) const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static QByteArray stagesToJson(const QList<Stage>& stages);
    [[nodiscard]] static QList<Stage> stagesFromJson(const QByteArray& json);
};

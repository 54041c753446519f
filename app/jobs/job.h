#pragma once

#include "jobs/jobschedule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

// A saved, repeatable sync: which profile, which source (a file, or a folder whose newest file matching a
// pattern is taken), which preset (or auto-match), the invalid-row policy and guard thresholds, an optional
// webhook and a schedule. Stored by JobStore as a versioned, human-readable JSON file with no key in it
// (format documented in README "Jobs"). Read strictly: unknown fields and wrong types are refused with their
// JSON path, like presets.
struct Job
{
    Q_DECLARE_TR_FUNCTIONS(Job)

public:
    static constexpr const char* FormatTag = "torii-sync-job";
    static constexpr int FormatVersion = 1;
    // --allow-removals all
    static constexpr qint64 AllRemovalsAllowed = -2;
    static constexpr qint64 NotSet = -1;

    QString name;
    QString profile;
    QString sourcePath;                // a file, or a folder when pattern is set
    QString pattern;                   // glob for the newest matching file in sourcePath (folder sources only)
    QString preset;                    // preset name or path; empty = auto-match
    QString policy;                    // "block" | "skip" | empty = the preset's
    qint64 maxInvalidPercent = NotSet; // guard: stop when more rows than this are invalid
    qint64 allowRemovals = NotSet;     // guard: users Torii may drop; AllRemovalsAllowed = no limit
    QUrl webhook;                      // Slack/Teams incoming webhook; empty = none
    bool notifyOnSuccess = false;
    JobSchedule schedule;

    [[nodiscard]] bool isFolderSource() const { return !pattern.isEmpty(); }
    [[nodiscard]] bool autoMatch() const { return preset.isEmpty(); }

    // Empty when the name is usable: letters, digits, '.', '-' and '_' (it names files and timer units).
    [[nodiscard]] static QString checkName(const QString& name);
    // Empty when the job is complete and consistent, else what is wrong.
    [[nodiscard]] QString check() const;
    // Empty when the URL is usable for a webhook: https://, or http:// on this computer.
    [[nodiscard]] static QString checkWebhook(const QUrl& url);

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray toJsonBytes() const;
    [[nodiscard]] static std::optional<Job> fromJson(const QJsonObject& json, QString* error);
    [[nodiscard]] static std::optional<Job> fromJsonBytes(const QByteArray& bytes, QString* error);
};

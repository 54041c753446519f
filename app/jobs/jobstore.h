#pragma once

#include "jobs/job.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The saved jobs: one JSON file per job, <AppDataLocation>/jobs/<name>.json, written atomically (QSaveFile)
// with mode 0600 (a webhook URL is a capability). Used by `torii-sync-cli job` and the window's Jobs page.
class JobStore
{
    Q_DECLARE_TR_FUNCTIONS(JobStore)

public:
    // directory empty: QStandardPaths::AppDataLocation + "/jobs".
    explicit JobStore(const QString& directory = QString());

    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString pathFor(const QString& name) const;
    // Sorted by name; files that cannot be read go to *warnings with the reason.
    [[nodiscard]] QList<Job> list(QStringList* warnings = nullptr) const;
    [[nodiscard]] std::optional<Job> load(const QString& name, QString* error) const;
    [[nodiscard]] bool exists(const QString& name) const;
    // Checks the job first; atomic.
    bool save(const Job& job, QString* error) const;
    bool remove(const QString& name, QString* error) const;

private:
    QString m_directory;
};

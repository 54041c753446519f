#pragma once

#include "diff/userset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// The users of the last accepted sync of each target (Torii API URL + app account id): normalised e-mails,
// status and licences held, nothing else. One 0600 file per target in "snapshots" beside the history database,
// written atomically after each accepted sync and removed with the history. The preflight compares with it when
// Torii's users cannot be listed (no app id, or the call failed).
class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotStore)

public:
    // historyPath empty: beside HistoryStore::defaultPath().
    explicit SnapshotStore(const QString& historyPath = {});

    [[nodiscard]] QString directory() const { return m_dir; }
    [[nodiscard]] QString pathFor(const QString& apiUrl, qint64 appAccountId) const;

    // False with *error when the file cannot be written (the sync itself is not affected).
    bool save(const QString& apiUrl, qint64 appAccountId, const UserSet& users, QString* error = nullptr);
    // nullopt when there is no snapshot for the target, or it cannot be read (*error says which).
    [[nodiscard]] std::optional<UserSet> load(const QString& apiUrl, qint64 appAccountId,
                                              QString* error = nullptr) const;
    [[nodiscard]] QDateTime savedAt(const QString& apiUrl, qint64 appAccountId) const;
    // Removes every snapshot (with the history); false when one could not be removed.
    bool removeAll();

private:
    QString m_dir;
};

#pragma once

#include "history/historyrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

class QSqlDatabase;

// Which runs `history` and the History page list: every field given must match; times are UTC.
struct HistoryFilter
{
    QString job;
    QString profile;
    QString outcome;
    QDateTime from;  // started at or after
    QDateTime until; // started before
    int limit = 200;
};

// The run history (audit trail) in SQLite through Qt SQL: one row per run, WAL journal. Each thread that
// uses a HistoryStore gets its own connection, so the GUI may write from its worker and read from the UI
// thread. Free text is scrubbed of signed-URL secrets before it is stored. Used by the CLI and the GUI.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    // path empty: history.sqlite under QStandardPaths::AppDataLocation.
    explicit HistoryStore(const QString& path = {});
    ~HistoryStore();
    Q_DISABLE_COPY_MOVE(HistoryStore)

    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] QString path() const { return m_path; }

    // Opens (creating the file and schema when needed). False with errorString() on failure.
    [[nodiscard]] bool open();
    [[nodiscard]] QString errorString() const { return m_error; }

    // Inserts a run and returns its id (0 on failure).
    qint64 add(const HistoryRecord& record);
    // Rewrites a run added earlier (e.g. finished after a resume).
    bool update(const HistoryRecord& record);
    // Newest first.
    [[nodiscard]] QList<HistoryRecord> runs(int limit = 200);
    [[nodiscard]] QList<HistoryRecord> runs(const HistoryFilter& filter);
    [[nodiscard]] std::optional<HistoryRecord> run(qint64 id);
    // The newest real run of this job that Torii accepted: what an unchanged source is compared with.
    [[nodiscard]] std::optional<HistoryRecord> lastAcceptedRun(const QString& job);
    // Real (not dry) runs that sent this payload to this app account, newest first: what SyncJournal reads
    // to keep a payload from being synced twice.
    [[nodiscard]] QList<HistoryRecord> runsSending(const QString& apiUrl, qint64 appAccountId,
                                                   const QByteArray& payloadSha256Hex, int limit = 50);
    bool remove(qint64 id);
    // Rows of this Torii + app account still marked "running" become "interrupted"; only valid while the
    // caller holds the account's run lock (so no live process owns them). Returns how many changed.
    int markInterrupted(const QString& apiUrl, qint64 appAccountId, qint64 exceptId);

private:
    [[nodiscard]] QSqlDatabase database();
    [[nodiscard]] bool ensureSchema(QSqlDatabase& db);
    [[nodiscard]] QList<HistoryRecord> select(const QString& where, const QVariantMap& values, int limit);

    QString m_path;
    QString m_connectionPrefix;
    QString m_error;
};

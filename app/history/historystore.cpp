#include "history/historystore.h"

#include "common/logging.h"
#include "torii/apiurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QVariant>

namespace
{
    constexpr int schemaVersion = 3; // 2: runs.job or runs.verification (two branches), 3: both

    // Defensive: the callers already pass redacted text, but a signed URL must never reach the disk.
    QString scrub(const QString& text)
    {
        static const QRegularExpression signedParts(
            QStringLiteral("((?:X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token)=)[^&\\s\"'<>]*"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[^\\s\"',]+"),
                                               QRegularExpression::CaseInsensitiveOption);
        QString result = text;
        result.replace(signedParts, QStringLiteral("\\1REDACTED"));
        result.replace(bearer, QStringLiteral("\\1***"));
        return result;
    }

    QString isoOrEmpty(const QDateTime& time)
    {
        return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
    }

    void bindRecord(QSqlQuery& query, const HistoryRecord& r)
    {
        query.bindValue(QStringLiteral(":started"), isoOrEmpty(r.started));
        query.bindValue(QStringLiteral(":finished"), isoOrEmpty(r.finished));
        query.bindValue(QStringLiteral(":profile"), r.profile);
        query.bindValue(QStringLiteral(":api_url"), scrub(r.apiUrl));
        query.bindValue(QStringLiteral(":app_account"), r.appAccountId);
        query.bindValue(QStringLiteral(":source_file"), r.sourceFile);
        query.bindValue(QStringLiteral(":source_sha256"), QString::fromLatin1(r.sourceSha256Hex));
        query.bindValue(QStringLiteral(":preset"), r.preset);
        query.bindValue(QStringLiteral(":users"), r.users);
        query.bindValue(QStringLiteral(":licenses"), r.licenses);
        query.bindValue(QStringLiteral(":rejected"), r.rejected);
        query.bindValue(QStringLiteral(":warnings"), r.warnings);
        query.bindValue(QStringLiteral(":stages"), QString::fromUtf8(HistoryRecord::stagesToJson(r.stages)));
        query.bindValue(QStringLiteral(":file_id"), r.fileId >= 0 ? QVariant(r.fileId) : QVariant());
        query.bindValue(QStringLiteral(":outcome"), RunStates::key(r.outcome));
        query.bindValue(QStringLiteral(":error"), scrub(r.error));
        query.bindValue(QStringLiteral(":payload_path"), r.payloadPath);
        query.bindValue(QStringLiteral(":payload_sha256"), QString::fromLatin1(r.payloadSha256Hex));
        query.bindValue(QStringLiteral(":dry_run"), r.dryRun ? 1 : 0);
        query.bindValue(QStringLiteral(":job"), r.job.isEmpty() ? QVariant() : QVariant(r.job));
        query.bindValue(QStringLiteral(":verification"), r.verification);
    }
} // namespace

HistoryStore::HistoryStore(const QString& path)
    : m_path(path.isEmpty() ? defaultPath() : path)
    , m_connectionPrefix(QStringLiteral("toriisync-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

HistoryStore::~HistoryStore()
{
    // Only this thread's connection can be closed here; others end with their threads' use.
    const QString name = m_connectionPrefix + u'-' + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

QSqlDatabase HistoryStore::database()
{
    const QString name = m_connectionPrefix + u'-' + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false); // open() opens it, with the schema check
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    return db;
}

bool HistoryStore::open()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        m_error = tr("The SQLite driver for Qt is missing (install libqt6sql6-sqlite).");
        return false;
    }
    QSqlDatabase db = database();
    // Every add() and update() comes through here, several times per sync on the GUI thread: the schema is
    // checked once per connection, since rewriting it cost a second committed (fsync'd) write per save.
    if (db.isOpen())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (!db.open()) {
        m_error = tr("Cannot open the history %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    if (!ensureSchema(db)) {
        db.close(); // so the next call checks again instead of writing to a file it cannot read
        return false;
    }
    return true;
}

bool HistoryStore::ensureSchema(QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    query.exec(QStringLiteral("PRAGMA user_version"));
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (version > schemaVersion) {
        m_error = tr("The history %1 was written by a newer version of Torii Sync.").arg(m_path);
        return false;
    }
    const bool ok = query.exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS runs ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT, finished TEXT, profile TEXT, api_url TEXT,"
        " app_account INTEGER, source_file TEXT, source_sha256 TEXT, preset TEXT, users INTEGER, licenses INTEGER,"
        " rejected INTEGER, warnings INTEGER, stages TEXT, file_id INTEGER, outcome TEXT, error TEXT,"
        " payload_path TEXT, payload_sha256 TEXT, dry_run INTEGER, job TEXT, verification TEXT)"));
    if (!ok) {
        m_error = query.lastError().text();
        return false;
    }
    // Earlier versions lack the job column (saved jobs) or the verification column (safe sync): adding them keeps
    // every earlier row (NULL: a one-off sync, not checked afterwards).
    if (version < schemaVersion && !query.exec(QStringLiteral("PRAGMA table_info(runs)"))) {
        m_error = query.lastError().text();
        return false;
    }
    QStringList columns;
    while (version < schemaVersion && query.next())
        columns << query.value(1).toString();
    for (const QString& column : {QStringLiteral("job"), QStringLiteral("verification")}) {
        if (version >= schemaVersion || columns.contains(column))
            continue;
        if (!query.exec(QStringLiteral("ALTER TABLE runs ADD COLUMN %1 TEXT").arg(column))) {
            m_error = query.lastError().text();
            return false;
        }
    }
    if (version != schemaVersion)
        query.exec(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion));
    return true;
}

qint64 HistoryStore::add(const HistoryRecord& record)
{
    if (!open())
        return 0;
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT INTO runs (started, finished, profile, api_url, app_account, source_file, source_sha256, preset,"
        " users, licenses, rejected, warnings, stages, file_id, outcome, error, payload_path, payload_sha256, dry_run,"
        " job, verification) VALUES (:started, :finished, :profile, :api_url, :app_account, :source_file,"
        " :source_sha256, :preset, :users, :licenses, :rejected, :warnings, :stages, :file_id, :outcome, :error,"
        " :payload_path, :payload_sha256, :dry_run, :job, :verification)"));
    bindRecord(query, record);
    if (!query.exec()) {
        m_error = query.lastError().text();
        qCWarning(lcHistory) << "history insert failed:" << m_error;
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool HistoryStore::update(const HistoryRecord& record)
{
    if (record.id <= 0 || !open())
        return false;
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "UPDATE runs SET started=:started, finished=:finished, profile=:profile, api_url=:api_url,"
        " app_account=:app_account, source_file=:source_file, source_sha256=:source_sha256, preset=:preset,"
        " users=:users, licenses=:licenses, rejected=:rejected, warnings=:warnings, stages=:stages,"
        " file_id=:file_id, outcome=:outcome, error=:error, payload_path=:payload_path,"
        " payload_sha256=:payload_sha256, dry_run=:dry_run, job=:job, verification=:verification WHERE id=:id"));
    bindRecord(query, record);
    query.bindValue(QStringLiteral(":id"), record.id);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return query.numRowsAffected() == 1;
}

QList<HistoryRecord> HistoryStore::runs(int limit)
{
    return select(QString(), {}, limit);
}

QList<HistoryRecord> HistoryStore::runs(const HistoryFilter& filter)
{
    QStringList conditions;
    QVariantMap values;
    const auto match = [&](const QString& column, const QString& value) {
        if (value.isEmpty())
            return;
        conditions << QStringLiteral("%1=:%1").arg(column);
        values.insert(u':' + column, value);
    };
    match(QStringLiteral("job"), filter.job);
    match(QStringLiteral("profile"), filter.profile);
    match(QStringLiteral("outcome"), filter.outcome);
    // Times are stored as UTC ISO text, which sorts like the time itself.
    if (filter.from.isValid()) {
        conditions << QStringLiteral("started>=:from");
        values.insert(QStringLiteral(":from"), isoOrEmpty(filter.from));
    }
    if (filter.until.isValid()) {
        conditions << QStringLiteral("started<:until");
        values.insert(QStringLiteral(":until"), isoOrEmpty(filter.until));
    }
    return select(conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(u" AND "), values,
                  filter.limit);
}

std::optional<HistoryRecord> HistoryStore::run(qint64 id)
{
    const QList<HistoryRecord> found = select(QStringLiteral("WHERE id=:id"), {{QStringLiteral(":id"), id}}, 1);
    return found.isEmpty() ? std::nullopt : std::optional<HistoryRecord>(found.first());
}

std::optional<HistoryRecord> HistoryStore::lastAcceptedRun(const QString& job)
{
    const QList<HistoryRecord> found = select(QStringLiteral("WHERE job=:job AND outcome='succeeded' AND dry_run=0"),
                                              {{QStringLiteral(":job"), job}}, 1);
    return found.isEmpty() ? std::nullopt : std::optional<HistoryRecord>(found.first());
}

QList<HistoryRecord> HistoryStore::runsSending(const QString& apiUrl, qint64 appAccountId,
                                               const QByteArray& payloadSha256Hex, int limit)
{
    // Matched on the normalized target, not the text: "…/v1.0/", "localhost" or a "#fragment" are the same
    // Torii, and rows written before the URL was normalized still count.
    QList<HistoryRecord> runs =
        select(QStringLiteral("WHERE app_account=:app_account AND payload_sha256=:payload_sha256 AND dry_run=0"),
               {{QStringLiteral(":app_account"), appAccountId},
                {QStringLiteral(":payload_sha256"), QString::fromLatin1(payloadSha256Hex)}},
               limit);
    const QString target = ApiUrl::key(apiUrl);
    runs.removeIf([&target](const HistoryRecord& r) { return ApiUrl::key(r.apiUrl) != target; });
    return runs;
}

QList<HistoryRecord> HistoryStore::select(const QString& where, const QVariantMap& values, int limit)
{
    QList<HistoryRecord> result;
    if (!open())
        return result;
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral(
            "SELECT id, started, finished, profile, api_url, app_account, source_file, source_sha256, preset, users,"
            " licenses, rejected, warnings, stages, file_id, outcome, error, payload_path, payload_sha256, dry_run,"
            " job, verification FROM runs %1 ORDER BY id DESC LIMIT :limit")
            .arg(where));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        HistoryRecord r;
        r.id = query.value(0).toLongLong();
        r.started = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        r.finished = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        r.profile = query.value(3).toString();
        r.apiUrl = query.value(4).toString();
        r.appAccountId = query.value(5).toLongLong();
        r.sourceFile = query.value(6).toString();
        r.sourceSha256Hex = query.value(7).toString().toLatin1();
        r.preset = query.value(8).toString();
        r.users = query.value(9).toLongLong();
        r.licenses = query.value(10).toLongLong();
        r.rejected = query.value(11).toLongLong();
        r.warnings = query.value(12).toLongLong();
        r.stages = HistoryRecord::stagesFromJson(query.value(13).toString().toUtf8());
        r.fileId = query.value(14).isNull() ? -1 : query.value(14).toLongLong();
        r.outcome = RunStates::outcomeFromKey(query.value(15).toString());
        r.error = query.value(16).toString();
        r.payloadPath = query.value(17).toString();
        r.payloadSha256Hex = query.value(18).toString().toLatin1();
        r.dryRun = query.value(19).toInt() != 0;
        r.job = query.value(20).toString();
        r.verification = query.value(21).toString();
        result.append(r);
    }
    return result;
}

int HistoryStore::markInterrupted(const QString& apiUrl, qint64 appAccountId, qint64 exceptId)
{
    const QString target = ApiUrl::key(apiUrl);
    const QString running = RunStates::key(RunOutcome::Running);
    int marked = 0;
    const QList<HistoryRecord> rows =
        select(QStringLiteral("WHERE outcome=:running AND app_account=:app_account AND id<>:id"),
               {{QStringLiteral(":running"), running},
                {QStringLiteral(":app_account"), appAccountId},
                {QStringLiteral(":id"), exceptId}},
               -1);
    for (const HistoryRecord& r : rows) {
        if (ApiUrl::key(r.apiUrl) != target)
            continue;
        QSqlQuery query(database());
        query.prepare(QStringLiteral("UPDATE runs SET outcome=:interrupted WHERE id=:id AND outcome=:running"));
        query.bindValue(QStringLiteral(":interrupted"), RunStates::key(RunOutcome::Interrupted));
        query.bindValue(QStringLiteral(":running"), running);
        query.bindValue(QStringLiteral(":id"), r.id);
        if (!query.exec()) {
            m_error = query.lastError().text();
            break;
        }
        marked += query.numRowsAffected();
    }
    return marked;
}

bool HistoryStore::remove(qint64 id)
{
    if (!open())
        return false;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM runs WHERE id=:id"));
    query.bindValue(QStringLiteral(":id"), id);
    return query.exec() && query.numRowsAffected() == 1;
}

#include "history/syncjournal.h"

#include "common/logging.h"
#include "history/historystore.h"
#include "torii/apiurl.h"
#include "torii/syncpipeline.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryFile>

namespace
{
    // Why nothing can be written beside `path` (QLockFile does not say): the system's words, e.g. "No space
    // left on device", found by writing a small probe file there.
    QString folderProblem(const QString& path)
    {
        QTemporaryFile probe(QFileInfo(path).absolutePath() + QStringLiteral("/.probe-XXXXXX"));
        if (probe.open() && probe.write(QByteArray(4096, ' ')) == 4096 && probe.flush())
            return SyncJournal::tr("the folder could not be written (check its permissions)");
        return probe.errorString();
    }

    QString when(const HistoryRecord& r)
    {
        return r.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
} // namespace

SyncJournal::SyncJournal(HistoryStore* store, SyncPipeline* pipeline, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_pipeline(pipeline)
{
    m_pipeline->setPriorRunCheck([this](const FormattedPayload& payload) { return decide(payload); });
    // Direct connections: the entry is on disk before the pipeline moves on. attemptStarted comes right before
    // each request leaves (so no separate write on stageStarted); stage 2 sends nothing and shows up on finish.
    const auto saveNow = [this] {
        if (isOpen())
            save();
    };
    connect(
        m_pipeline, &SyncPipeline::attemptStarted, this, [this] { m_waitingStage = SyncStage::None; },
        Qt::DirectConnection);
    // Right before each request leaves: a row that cannot be written (database locked by another process,
    // disk full) stops the run there, so a request never leaves without its state on disk.
    m_pipeline->setStateSaver([this](SyncStage) {
        if (!isOpen() || save())
            return QString();
        return tr("The run's state cannot be written to the history %1 (%2), so the request was not sent: "
                  "without that record an interrupted run could later send the same sync twice. Free the "
                  "history (another program may hold it) and resume.")
            .arg(m_store->path(), m_store->errorString());
    });
    connect(
        m_pipeline, &SyncPipeline::retrying, this,
        [this, saveNow](SyncStage stage) {
            // The pipeline only schedules a sync retry when Torii cannot have taken the last attempt (429,
            // 503, 409, or the request never left); see SyncPipeline::handleFailure().
            m_waitingStage = stage;
            saveNow();
        },
        Qt::DirectConnection);
    connect(m_pipeline, &SyncPipeline::stageFinished, this, saveNow, Qt::DirectConnection);
    connect(m_pipeline, &SyncPipeline::stageFailed, this, saveNow, Qt::DirectConnection);
}

SyncJournal::~SyncJournal()
{
    if (isOpen())
        finish(RunOutcome::Failed, tr("the run ended without a result"));
    m_pipeline->setPriorRunCheck({});
    m_pipeline->setStateSaver({});
}

QString SyncJournal::lockPath() const
{
    // One lock per Torii and app account: two processes never sync to the same account at once.
    // Keyed on the normalized target: "…/v1.0/", "localhost" or a "#fragment" lock the same account.
    const QByteArray key = ApiUrl::key(m_record.apiUrl).toUtf8() + '\n' + QByteArray::number(m_record.appAccountId);
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16);
    return QFileInfo(m_store->path()).absolutePath() + QStringLiteral("/sync-%1.lock").arg(QString::fromLatin1(hash));
}

bool SyncJournal::begin(const HistoryRecord& base)
{
    if (isOpen())
        return true;
    m_record = base;
    m_error.clear();
    QDir().mkpath(QFileInfo(m_store->path()).absolutePath());
    auto lock = std::make_unique<QLockFile>(lockPath());
    lock->setStaleLockTime(0); // only a dead owner makes it stale, however long a sync takes
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, application;
        if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &application)) {
            m_error = tr("Another Torii Sync run (process %1 on %2) is syncing to app account %3 right now. Wait "
                         "for it to finish, then try again.")
                          .arg(pid)
                          .arg(host)
                          .arg(m_record.appAccountId);
        } else {
            m_error = tr("Cannot create the run lock %1: %2").arg(lockPath(), folderProblem(lockPath()));
        }
        return false;
    }
    m_lock = std::move(lock);
    m_record.outcome = RunOutcome::Running;
    m_record.error.clear();
    m_record.finished = {};
    capture();
    if (m_record.id > 0 ? m_store->update(m_record) : (m_record.id = m_store->add(m_record)) > 0) {
        // We hold the lock, so a row of this account still "running" belongs to a process that died.
        if (const int stale = m_store->markInterrupted(m_record.apiUrl, m_record.appAccountId, m_record.id))
            qCInfo(lcHistory) << "earlier runs marked interrupted:" << stale;
        emit recorded(m_record.id);
        return true;
    }
    m_error = tr("The run cannot be recorded in the history %1 (%2), so it is not started: without that record "
                 "an interrupted run could later send the same sync twice.")
                  .arg(m_store->path(), m_store->errorString());
    m_lock.reset();
    return false;
}

void SyncJournal::finish(RunOutcome outcome, const QString& error)
{
    if (!isOpen())
        return;
    m_record.finished = QDateTime::currentDateTimeUtc();
    m_record.outcome = outcome;
    if (outcome != RunOutcome::Succeeded && m_pipeline->syncOutcomeUnknown())
        m_record.outcome = RunOutcome::Unanswered;
    m_record.error = error;
    save();
    m_lock.reset(); // unlocks
}

void SyncJournal::capture()
{
    m_record.stages = stagesOf(*m_pipeline, m_waitingStage);
    if (m_pipeline->fileId() >= 0)
        m_record.fileId = m_pipeline->fileId();
    const FormattedPayload& payload = m_pipeline->payload();
    if (!payload.sha256Hex.isEmpty()) {
        m_record.payloadSha256Hex = payload.sha256Hex;
        m_record.users = payload.users;
        m_record.licenses = payload.licenses;
    }
}

bool SyncJournal::save()
{
    capture();
    if (m_store->update(m_record)) {
        emit recorded(m_record.id);
        return true;
    }
    qCWarning(lcHistory) << "history update failed:" << m_store->errorString();
    return false;
}

PriorRunDecision SyncJournal::decide(const FormattedPayload& payload)
{
    using Action = PriorRunDecision::Action;
    m_priorRunId = 0;
    m_refused = false;
    const QDateTime horizon = QDateTime::currentDateTimeUtc().addSecs(-m_horizonSeconds);
    const QList<HistoryRecord> runs = m_store->runsSending(m_record.apiUrl, m_record.appAccountId, payload.sha256Hex);
    const HistoryRecord* reusable = nullptr;
    for (const HistoryRecord& r : runs) {
        if (r.id == m_record.id)
            continue;
        if (r.id == m_settledRunId && r.fileId >= 0) {
            m_priorRunId = r.id;
            return {Action::AlreadySynced, r.fileId,
                    tr("Torii shows the users of run #%1 (%2), whose sync answer was lost: that sync was accepted, "
                       "so this payload is not sent again.")
                        .arg(r.id)
                        .arg(when(r))};
        }
        if (r.started < horizon || r.outcome == RunOutcome::Succeeded)
            break; // an accepted sync settles everything before it
        const StageResult sync = r.stageResult(SyncStages::key(SyncStage::Sync));
        if (sync == StageResult::Done && r.fileId >= 0) {
            m_priorRunId = r.id;
            return {Action::AlreadySynced, r.fileId,
                    tr("Run #%1 (%2) was interrupted after Torii accepted the sync of this payload (file id %3); "
                       "it is not sent again.")
                        .arg(r.id)
                        .arg(when(r))
                        .arg(r.fileId)};
        }
        if (sync == StageResult::Running || r.outcome == RunOutcome::Unanswered) {
            m_priorRunId = r.id;
            if (!m_force) {
                m_refused = true;
                return {Action::Refuse, -1,
                        tr("Run #%1 (%2) sent the sync of this payload to Torii and stopped before Torii answered, "
                           "so Torii has probably received it. Check the integration's last sync in Torii; to "
                           "send it again anyway use --force (command line) or Send again (window).")
                            .arg(r.id)
                            .arg(when(r))};
            }
            if (r.fileId < 0)
                break;
            return {Action::ResendSync, r.fileId,
                    tr("Sending the sync of run #%1 (file id %2) once more, as asked; if Torii answers that a sync "
                       "is running, that is the earlier one.")
                        .arg(r.id)
                        .arg(r.fileId)};
        }
        if (!reusable && r.fileId >= 0)
            reusable = &r;
    }
    if (!reusable)
        return {};
    m_priorRunId = reusable->id;
    return {Action::ReuseFileId, reusable->fileId,
            tr("Run #%1 (%2) uploaded and registered this payload (file id %3) but did not sync it: continuing at "
               "stage 5 with that file.")
                .arg(reusable->id)
                .arg(when(*reusable))
                .arg(reusable->fileId)};
}

bool SyncJournal::settleAccepted(qint64 runId)
{
    std::optional<HistoryRecord> earlier = m_store->run(runId);
    if (!earlier) {
        m_error = m_store->errorString();
        return false;
    }
    earlier->outcome = RunOutcome::Succeeded;
    earlier->error.clear();
    earlier->verification = QStringLiteral("verified");
    for (HistoryRecord::Stage& stage : earlier->stages) {
        if (stage.key == SyncStages::key(SyncStage::Sync))
            stage.result = StageResult::Done;
    }
    if (!m_store->update(*earlier)) {
        m_error = m_store->errorString();
        return false;
    }
    m_settledRunId = runId;
    return true;
}

QList<HistoryRecord::Stage> SyncJournal::stagesOf(const SyncPipeline& pipeline, SyncStage waiting)
{
    QList<HistoryRecord::Stage> stages;
    for (const SyncStage stage : SyncStages::all()) {
        const SyncPipeline::StageRecord r = pipeline.record(stage);
        StageResult result = StageResult::Pending;
        switch (r.state) {
        case SyncPipeline::StageState::Pending:
            break;
        case SyncPipeline::StageState::Running:
            result = stage == waiting ? StageResult::Retrying : StageResult::Running;
            break;
        case SyncPipeline::StageState::Done:
            result = StageResult::Done;
            break;
        case SyncPipeline::StageState::Failed:
            result = StageResult::Failed;
            break;
        case SyncPipeline::StageState::Cancelled:
            result = StageResult::Cancelled;
            break;
        }
        stages.append({SyncStages::key(stage), result, r.elapsedMs, r.attempts});
    }
    return stages;
}

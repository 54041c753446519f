#pragma once

#include "history/historyrecord.h"
#include "torii/priorrundecision.h"
#include "torii/syncstage.h"

#include <QObject>

#include <memory>

class HistoryStore;
class QLockFile;
class SyncPipeline;

// One run's entry in the history, kept current stage by stage while a SyncPipeline works (the sync stage is
// written as "running" before its request leaves), so a killed process still leaves an honest trace; and the
// pipeline's PriorRunCheck, which reads earlier entries for the same payload and app account so that a payload
// is never synced twice by accident. One per run; used by `torii-sync-cli sync` and the GUI's Sync page.
class SyncJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncJournal)

public:
    // Both must outlive the journal. Installs itself as the pipeline's PriorRunCheck.
    SyncJournal(HistoryStore* store, SyncPipeline* pipeline, QObject* parent = nullptr);
    ~SyncJournal() override;

    // Send even when an earlier run's sync may already have reached Torii (--force, "Send again").
    void setForce(bool force) { m_force = force; }
    // Earlier runs that started longer ago than this are history, not unfinished work (default 24 hours).
    void setHorizonSeconds(qint64 seconds) { m_horizonSeconds = seconds; }

    // Takes the app account's run lock and adds the entry with outcome Running. False, with errorString(),
    // when another process is syncing to the same app account or the history cannot be written: a run that
    // could not leave a trace must not send anything.
    [[nodiscard]] bool begin(const HistoryRecord& base);
    // Records how the run ended (Unanswered replaces anything but Succeeded when Torii may have received the
    // sync) and releases the lock. A later resume may call begin() again.
    void finish(RunOutcome outcome, const QString& error);
    [[nodiscard]] bool isOpen() const { return m_lock != nullptr; }

    [[nodiscard]] const HistoryRecord& record() const { return m_record; }
    // For what only the caller knows (e.g. rejected rows); written with the next stage or finish().
    [[nodiscard]] HistoryRecord& record() { return m_record; }
    [[nodiscard]] QString errorString() const { return m_error; }
    // The earlier run the last decision was about (0 when there was none).
    [[nodiscard]] qint64 priorRunId() const { return m_priorRunId; }
    // The last decision refused to send (until setForce(true)).
    [[nodiscard]] bool refused() const { return m_refused; }
    [[nodiscard]] PriorRunDecision decide(const FormattedPayload& payload);
    // Torii shows the payload of run `runId`, an earlier run whose sync answer was lost (SyncVerifier said so):
    // the history marks that run accepted and verified, and decide() then counts this payload as already
    // synced instead of refusing. False with errorString() when the history cannot be written.
    bool settleAccepted(qint64 runId);

    // The pipeline's stages as history results (pending, running, done, failed, cancelled); `waiting` is
    // reported as Retrying: its last attempt was answered and not taken, the next has not left yet.
    [[nodiscard]] static QList<HistoryRecord::Stage> stagesOf(const SyncPipeline& pipeline,
                                                              SyncStage waiting = SyncStage::None);

signals:
    void recorded(qint64 id); // the entry was written (after begin, each stage and finish)

private:
    void capture();
    bool save();
    [[nodiscard]] QString lockPath() const;

    HistoryStore* m_store;
    SyncPipeline* m_pipeline;
    HistoryRecord m_record;
    std::unique_ptr<QLockFile> m_lock;
    QString m_error;
    qint64 m_horizonSeconds = 24 * 3600;
    qint64 m_priorRunId = 0;
    qint64 m_settledRunId = 0; // an earlier lost sync that Torii shows (settleAccepted)
    bool m_force = false;
    bool m_refused = false;
    SyncStage m_waitingStage = SyncStage::None; // between a refused attempt and its retry
};

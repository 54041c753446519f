#pragma once

#include "history/runstates.h"
#include "page.h"
#include "torii/syncstage.h"
#include "torii/toriierror.h"

#include <QElapsedTimer>

#include <memory>

class AppServices;
class Notifier;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class Session;
class StageRow;
class SyncRun;
struct SyncRunResult;

// Step 5: the five stages as rows (pending, running, done, failed, retrying with reason and countdown),
// progress, elapsed time and ETA, the redacted log, Cancel / Retry / Resume, the summary. The run itself is a
// SyncRun (app/run), which also writes the history; this page drives it and shows its signals, and announces
// the end when the window is in the background.
class SyncPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    SyncPage(Session* session, Notifier* notifier, AppServices* services, QWidget* parent = nullptr);
    ~SyncPage() override;

    void enter() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QString nextText() const override;
    void start();
    void cancel();
    void retry();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QList<StageRow*> stageRows() const { return m_rows; }
    [[nodiscard]] StageRow* row(SyncStage stage) const;
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString readinessText() const;
    [[nodiscard]] QString logText() const;
    [[nodiscard]] QPushButton* startButton() const { return m_start; }
    [[nodiscard]] QPushButton* retryButton() const { return m_retry; }
    // "Save as Job…": shown once a run has finished, to repeat this sync later.
    [[nodiscard]] QPushButton* saveJobButton() const { return m_saveJob; }
    [[nodiscard]] SyncRun* syncRun() const { return m_run.get(); }

signals:
    void runRecorded();
    void runFinished(bool succeeded);
    void saveAsJobRequested();

private:
    void updateReadiness();
    void onStageStarted(SyncStage stage);
    void onStageProgress(SyncStage stage, qint64 done, qint64 total);
    void onStageFinished(SyncStage stage);
    void onStageFailed(SyncStage stage, const ToriiError& error);
    void onRetrying(SyncStage stage, int attempt, qint64 delayMs, const QString& reason);
    void onFinished();
    void tick();
    void appendLog(const QString& line);
    void confirmRemovals();
    [[nodiscard]] static QString diffText(const SyncRunResult& result);
    void showSummary(RunOutcome outcome, const QString& headline, const QString& detail);

    Session* m_session = nullptr;
    Notifier* m_notifier = nullptr;
    AppServices* m_services = nullptr;
    // Owned here, not by the QObject tree: it is gone (and has written its last history word) before the
    // widgets it reports to.
    std::unique_ptr<SyncRun> m_run;
    QList<StageRow*> m_rows;
    QLabel* m_readiness = nullptr;
    QLabel* m_progressText = nullptr;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_saveJob = nullptr;
    QTimer* m_ticker = nullptr;
    QElapsedTimer m_clock;
    qint64 m_bytesDone = 0;
    qint64 m_bytesTotal = 0;
};

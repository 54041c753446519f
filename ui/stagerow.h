#pragma once

#include <QElapsedTimer>
#include <QFrame>

class QLabel;
class QProgressBar;
class QTimer;

// One of the pipeline's five stages on the Sync page: state icon, name, what it is doing (or why it
// failed / when it retries), a progress bar and the stage's elapsed time.
class StageRow final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageRow)

public:
    enum class State
    {
        Pending,
        Running,
        Done,
        Failed,
        Retrying,
        Skipped,
        Cancelled,
        Uncertain // the request left but its answer never came back: not known to have failed
    };
    Q_ENUM(State)

    StageRow(int number, const QString& name, QWidget* parent = nullptr);
    ~StageRow() override;

    void reset();
    void setRunning(const QString& detail = {});
    void setProgress(qint64 done, qint64 total, const QString& detail = {});
    void setDone(const QString& detail = {});
    void setFailed(const QString& reason);
    // Shows the reason and counts down to the next attempt.
    void setRetrying(const QString& reason, int attempt, qint64 delayMs);
    void setSkipped(const QString& detail);
    // The run was cancelled while this stage was running or waiting: bar, timer and countdown stop.
    void setCancelled();
    void setUncertain(const QString& detail);

    // The stage names line up in one column: the page gives every row the widest name's width.
    void setTitleWidth(int width);
    [[nodiscard]] int titleWidth() const;
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QString detail() const;

signals:
    void stateChanged(StageRow::State state);

private:
    void applyState(State state, const QString& detail);
    void tick();
    void updateElapsed();

    int m_number = 0;
    QString m_name;
    State m_state = State::Pending;
    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_elapsed = nullptr;
    QProgressBar* m_progress = nullptr;
    QTimer* m_ticker = nullptr;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    qint64 m_retryAt = 0; // m_clock time at which the retry starts
    QString m_retryReason;
    int m_retryAttempt = 0;
};

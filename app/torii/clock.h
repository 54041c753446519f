#pragma once

#include <QObject>

#include <chrono>
#include <functional>

// Time as the pipeline sees it: "now" and "call me back after a delay". SystemClock uses the real clock and
// QTimer; tests substitute a clock that fires at once and advances its own time, so backoff never sleeps.
class Clock
{
public:
    Clock() = default;
    virtual ~Clock();
    Q_DISABLE_COPY_MOVE(Clock)

    // Milliseconds on a monotonic scale (only differences matter).
    [[nodiscard]] virtual qint64 nowMs() const = 0;
    // Calls `callback` once after `delay`, unless `context` is destroyed first.
    virtual void schedule(std::chrono::milliseconds delay, QObject* context, std::function<void()> callback) = 0;
};

class SystemClock final : public Clock
{
public:
    SystemClock();
    ~SystemClock() override;
    Q_DISABLE_COPY_MOVE(SystemClock)

    [[nodiscard]] qint64 nowMs() const override;
    void schedule(std::chrono::milliseconds delay, QObject* context, std::function<void()> callback) override;

    // The process-wide instance, used when a caller injects none.
    [[nodiscard]] static SystemClock* instance();
};

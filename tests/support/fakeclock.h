#pragma once

#include "torii/clock.h"

#include <QList>

// A Clock for tests: scheduled callbacks fire on the next event-loop turn and "now" jumps forward by the
// delay, so retries with real-looking waits (Retry-After: 5) take no wall time.
class FakeClock final : public Clock
{
public:
    FakeClock() = default;
    ~FakeClock() override = default;
    Q_DISABLE_COPY_MOVE(FakeClock)

    [[nodiscard]] qint64 nowMs() const override;
    void schedule(std::chrono::milliseconds delay, QObject* context, std::function<void()> callback) override;

    [[nodiscard]] QList<qint64> delays() const { return m_delays; }
    void advance(qint64 ms) { m_offset += ms; }

private:
    qint64 m_offset = 0;
    QList<qint64> m_delays;
};

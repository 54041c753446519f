#pragma once

#include "torii/toriierror.h"

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

// Decides whether a failed call is repeated and after how long: Retry-After is honoured on 429/503/409,
// other transient failures get capped exponential backoff with jitter, and everything is bounded.
// Which failures are safe to repeat depends on the stage (see SyncPipeline); this class only does the maths.
class RetryPolicy
{
public:
    struct Limits
    {
        int maxAttempts = 5; // per stage, including the first try
        std::chrono::milliseconds baseDelay {1000};
        std::chrono::milliseconds maxDelay {30000};
        double jitter = 0.25;                              // +/- fraction of the computed delay
        std::chrono::milliseconds maxRetryAfter {120000};  // a larger Retry-After is a failure, not a wait
        std::chrono::milliseconds conflictBudget {600000}; // total time a 409 ("sync running") is waited out
        std::chrono::milliseconds conflictDelay {15000};   // wait between 409 retries without Retry-After
        // Total time one stage may spend waiting for answers and between retries (409 waits aside): a server
        // that accepts and never answers ends the stage after this, not after maxAttempts idle timeouts.
        std::chrono::milliseconds stageBudget {120000};
    };

    RetryPolicy();
    explicit RetryPolicy(const Limits& limits);

    [[nodiscard]] const Limits& limits() const { return m_limits; }
    void setLimits(const Limits& limits);
    // Tests make jitter deterministic; the function returns a value in [0, 1).
    void setRandom(std::function<double()> random);

    // The delay before attempt number `attempt + 1` (attempt counts from 1) after `error`, or nullopt when the
    // attempts are used up or the server asks for an unreasonable wait.
    [[nodiscard]] std::optional<std::chrono::milliseconds> delayAfter(int attempt, const ToriiError& error) const;
    // The wait after a 409 given how long the run has waited for conflicts so far; nullopt when over budget.
    [[nodiscard]] std::optional<std::chrono::milliseconds> conflictDelay(std::chrono::milliseconds waitedSoFar,
                                                                         const ToriiError& error) const;

    // Retry-After as delta-seconds or an HTTP-date (RFC 9110), in ms from `now`; -1 when absent or unparseable.
    [[nodiscard]] static qint64 parseRetryAfter(const QByteArray& value, const QDateTime& now);

private:
    [[nodiscard]] std::chrono::milliseconds backoff(int attempt) const;

    Limits m_limits;
    std::function<double()> m_random;
};

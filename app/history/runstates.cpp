#include "history/runstates.h"

#include <array>
#include <utility>

namespace
{
    constexpr std::array<std::pair<RunOutcome, const char*>, 8> outcomeKeys {{
        {RunOutcome::Running, "running"},
        {RunOutcome::Succeeded, "succeeded"},
        {RunOutcome::Failed, "failed"},
        {RunOutcome::Cancelled, "cancelled"},
        {RunOutcome::Blocked, "blocked"},
        {RunOutcome::DryRun, "dry-run"},
        {RunOutcome::Interrupted, "interrupted"},
        {RunOutcome::Unanswered, "unknown"},
    }};

    constexpr std::array<std::pair<StageResult, const char*>, 7> stageKeys {{
        {StageResult::Pending, "pending"},
        {StageResult::Running, "running"},
        {StageResult::Retrying, "retrying"},
        {StageResult::Done, "done"},
        {StageResult::Failed, "failed"},
        {StageResult::Cancelled, "cancelled"},
        {StageResult::Skipped, "skipped"},
    }};

    template<typename Enum, size_t N> QString keyOf(const std::array<std::pair<Enum, const char*>, N>& keys, Enum value)
    {
        for (const auto& [e, key] : keys) {
            if (e == value)
                return QString::fromLatin1(key);
        }
        return QStringLiteral("unrecognized");
    }

    template<typename Enum, size_t N>
    Enum fromKeyOf(const std::array<std::pair<Enum, const char*>, N>& keys, QStringView key)
    {
        for (const auto& [e, k] : keys) {
            if (key == QLatin1String(k))
                return e;
        }
        return Enum::Unrecognized;
    }
} // namespace

QString RunStates::key(RunOutcome outcome)
{
    return keyOf(outcomeKeys, outcome);
}

RunOutcome RunStates::outcomeFromKey(QStringView key)
{
    return fromKeyOf(outcomeKeys, key);
}

QString RunStates::key(StageResult result)
{
    return keyOf(stageKeys, result);
}

StageResult RunStates::stageResultFromKey(QStringView key)
{
    return fromKeyOf(stageKeys, key);
}

QString RunStates::text(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Running:
        return tr("Running");
    case RunOutcome::Succeeded:
        return tr("Succeeded");
    case RunOutcome::Failed:
        return tr("Failed");
    case RunOutcome::Cancelled:
        return tr("Cancelled");
    case RunOutcome::Blocked:
        return tr("Blocked by validation");
    case RunOutcome::DryRun:
        return tr("Dry run");
    case RunOutcome::Interrupted:
        return tr("Interrupted");
    case RunOutcome::Unanswered:
        return tr("Sync sent, no answer");
    case RunOutcome::Unrecognized:
        break;
    }
    return tr("Unrecognized");
}

QString RunStates::text(StageResult result)
{
    switch (result) {
    case StageResult::Pending:
        return tr("not reached");
    case StageResult::Running:
        return tr("running");
    case StageResult::Retrying:
        return tr("waiting to retry");
    case StageResult::Done:
        return tr("done");
    case StageResult::Failed:
        return tr("failed");
    case StageResult::Cancelled:
        return tr("cancelled");
    case StageResult::Skipped:
        return tr("skipped");
    case StageResult::Unrecognized:
        break;
    }
    return tr("unrecognized");
}

bool RunStates::isProblem(RunOutcome outcome)
{
    return outcome == RunOutcome::Failed || outcome == RunOutcome::Blocked || outcome == RunOutcome::Unanswered ||
        outcome == RunOutcome::Interrupted;
}

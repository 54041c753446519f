#include "run/runwords.h"

QString RunWords::headline(const SyncRunResult& result)
{
    switch (result.outcome) {
    case RunOutcome::Succeeded:
        return tr("Done.");
    case RunOutcome::DryRun:
        return tr("Formatted; nothing was sent.");
    case RunOutcome::Cancelled:
        return tr("Cancelled.");
    case RunOutcome::Running:
        return {};
    default:
        break;
    }
    if (result.notStarted)
        return tr("Not started.");
    if (result.toriiError.stage != SyncStage::None)
        return tr("Stopped at “%1”.").arg(SyncStages::displayName(result.toriiError.stage));
    return tr("Stopped.");
}

QString RunWords::advice(const SyncRunResult& result, SyncStage nextStage)
{
    const SyncRunResult& r = result;
    switch (r.outcome) {
    case RunOutcome::Succeeded:
    case RunOutcome::DryRun:
    case RunOutcome::Running:
        return {};
    case RunOutcome::Cancelled:
        return tr("Resume continues at “%1”; finished stages are kept.").arg(SyncStages::displayName(nextStage));
    default:
        break;
    }
    if (r.notStarted)
        return r.error;
    QString next;
    if (r.refused)
        next = tr("If Torii shows no sync of this file, “Send again” sends it once more.");
    else if (r.syncOutcomeUnknown)
        next = tr("Torii may have started the sync: check Torii before retrying.");
    else
        next = tr("Retry continues at that stage; finished stages are not repeated.");
    return r.error + u'\n' + next;
}

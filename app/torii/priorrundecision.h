#pragma once

#include "torii/payloadformatter.h"

#include <QString>

#include <functional>

// What an earlier run that sent the same payload to the same app account means for a new run. SyncJournal
// (app/history) decides from the run history; SyncPipeline applies the decision after stage 2 and before the
// first request, so a run that was killed or lost its connection is continued instead of syncing twice.
struct PriorRunDecision
{
    enum class Action
    {
        Proceed,       // nothing relevant: run every stage
        ReuseFileId,   // an earlier run registered the file but never sent the sync: continue at stage 5
        ResendSync,    // forced: the earlier sync's outcome is unknown; send it once more, a 409 means it runs
        AlreadySynced, // Torii accepted this payload's sync in an interrupted run: send nothing
        Refuse         // the earlier sync may have reached Torii: stop unless the user forces it
    };

    Action action = Action::Proceed;
    qint64 fileId = -1;
    QString message; // logged (or, for Refuse, the error the run stops with)
};

using PriorRunCheck = std::function<PriorRunDecision(const FormattedPayload&)>;

#pragma once

#include "diff/removalguard.h"
#include "payload/convertresult.h"
#include "run/guardthresholds.h"
#include "run/sourceloader.h"

#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

// Everything one sync run needs, as plain values: the CLI fills it from argv, the window from its session,
// a saved job from its definition. The API key is given by the caller (keychain, environment); the run never
// stores or logs it.
struct SyncRequest
{
    // The data: a file the run reads, maps and validates itself ...
    SourceRequest source;
    // ... or a payload formatted and reviewed before (the window's dry run): those exact bytes are sent, and
    // source.path and source.preset only label the history.
    std::optional<ConvertResult> reviewed;

    // Where to and as whom.
    QString profile; // labels the history
    QString job;     // the saved job this run is (labels the history; empty for a one-off sync)
    QUrl apiUrl;
    qint64 appAccountId = 0;
    QString apiKey;
    // Safe sync: the app whose users the payload is compared with before the sync (0: the last sync's
    // snapshot instead), the removal guard with the removals the admin allowed, and how long to wait for Torii
    // to show the sync afterwards (0: no check).
    qint64 appId = 0;
    // The thresholds' sources (the run takes the preset's from the preset it loads; the window, sending a reviewed
    // payload, fills them from the preset it used). GuardThresholds::resolve() says which wins.
    GuardThresholds removalGuard;
    RemovalGuard::Allowance allowRemovals;
    std::chrono::milliseconds verifyLimit {300000};
    // The most one stage may spend on answers and retries (a server that accepts and never answers ends the
    // stage after this; RetryPolicy::Limits::stageBudget).
    std::chrono::milliseconds stageTimeout {120000};

    QString keepPayloadPath; // also keep the payload that was sent here (else a temporary file)
    bool dryRun = false;     // format only: nothing is sent, no key needed
    bool force = false;      // send even when an earlier run's sync may have reached Torii
};

#pragma once

#include "payload/convertresult.h"
#include "run/sourceloader.h"

#include <QString>
#include <QUrl>

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
    QUrl apiUrl;
    qint64 appAccountId = 0;
    QString apiKey;

    QString keepPayloadPath; // also keep the payload that was sent here (else a temporary file)
    bool dryRun = false;     // format only: nothing is sent, no key needed
    bool force = false;      // send even when an earlier run's sync may have reached Torii
};

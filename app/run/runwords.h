#pragma once

#include "run/syncrunresult.h"
#include "torii/syncstage.h"

#include <QCoreApplication>
#include <QString>

// The window's words for a finished SyncRun: a short headline ("Done.", "Cancelled.", "Stopped at “Upload”.")
// and what happened / what to do next. Plain text; SyncRun::headline() and advice() answer with these.
class RunWords
{
    Q_DECLARE_TR_FUNCTIONS(RunWords)

public:
    [[nodiscard]] static QString headline(const SyncRunResult& result);
    // nextStage: the stage a resume would start with.
    [[nodiscard]] static QString advice(const SyncRunResult& result, SyncStage nextStage);
};

#pragma once

#include "cli/command.h"
#include "run/syncrequest.h"

#include <QCoreApplication>
#include <QString>

// torii-sync-cli sync: turns argv into a SyncRequest and runs it (SyncRun: read, map, validate, format, the
// five stages, the history row), with progress on stderr and an optional JSON report on stdout.
class SyncCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    struct Options
    {
        SyncRequest request;
        bool autoMatch = false;
        QString apiUrl;
        qint64 appAccountId = -1;
        bool json = false;
        bool verbose = false;
    };

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString usage() const override;
    int run(const QStringList& arguments, Console& console) override;

private:
    // Empty on success, else the usage error.
    [[nodiscard]] static QString parse(const QStringList& arguments, Options* options);
    // Fills in the profile's URL, app account and key; an exit code (and the message printed) when one is
    // unusable. Checked before any work, so a bad key or URL fails in a second, not after a read.
    [[nodiscard]] static int resolveTarget(Options& options, Console& console);
};

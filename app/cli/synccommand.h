#pragma once

#include "cli/command.h"
#include "run/syncrequest.h"
#include "run/syncrunresult.h"

#include <QCoreApplication>
#include <QString>

// torii-sync-cli sync: turns argv into a SyncRequest and runs it (SyncRun: read, map, validate, format, the
// safe-sync diff and guard, the five stages, the check afterwards, the history row), with progress on stderr
// and an optional JSON report on stdout. As torii-sync-cli diff, the same run stops after the diff (a dry run).
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
        qint64 appId = -1;
        bool json = false;
        bool verbose = false;
    };

    // diffOnly: the `diff` command (compare only; nothing is sent).
    explicit SyncCommand(bool diffOnly = false);

    [[nodiscard]] QString name() const override;
    // The --removal-guard lines of sync's and diff's help.
    [[nodiscard]] static QString guardUsage();
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString usage() const override;
    int run(const QStringList& arguments, Console& console) override;

    // Fills in the profile's URL, app, app account and key; an exit code (and the message printed) when one is
    // unusable. Checked before any work, so a bad key or URL fails in a second, not after a read.
    [[nodiscard]] int resolveTarget(Options& options, Console& console) const;
    // Resolves the target and runs the request (SyncRun) with progress, issues and warnings on stderr; the
    // caller prints the report. Returns the exit code; *result is the run's (outcome Running when it never
    // started). Also what saved jobs run (JobSync).
    int execute(Options& options, Console& console, SyncRunResult* result) const;

private:
    // Empty on success, else the usage error.
    [[nodiscard]] QString parse(const QStringList& arguments, Options* options) const;
    [[nodiscard]] QString diffUsage() const;

    bool m_diffOnly;
};

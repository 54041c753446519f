#pragma once

#include "cli/command.h"
#include "cli/invalidrowsoptions.h"
#include "import/importoptions.h"

#include <QCoreApplication>
#include <QString>

// torii-sync-cli sync: read FILE, map and validate it, write the payload and run Torii's five stages
// (SyncPipeline), with progress on stderr, an optional JSON report on stdout and a history row.
class SyncCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    struct Options
    {
        QString path;
        QString preset;
        bool autoMatch = false;
        QString profile;
        qint64 appAccountId = -1;
        QString apiUrl;
        InvalidRowsOptions invalidRows; // --policy, --max-invalid
        QString keepPayload;
        bool dryRun = false;
        bool json = false;
        bool verbose = false;
        bool force = false;    // send even when an earlier run's sync may have reached Torii
        ImportOptions reading; // --sheet, --encoding, --delimiter, --header-row
    };

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString usage() const override;
    int run(const QStringList& arguments, Console& console) override;

private:
    // Empty on success, else the usage error.
    [[nodiscard]] static QString parse(const QStringList& arguments, Options* options);
};

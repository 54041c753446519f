#include "cli/synccommand.h"

#include "cli/console.h"
#include "cli/exitcode.h"

QString SyncCommand::name() const
{
    return QStringLiteral("sync");
}

QString SyncCommand::summary() const
{
    return QStringLiteral("run the five Torii stages for a file");
}

QString SyncCommand::usage() const
{
    return QStringLiteral("Usage: torii-sync-cli sync FILE (--preset FILE|NAME | --auto) [--profile NAME] "
                          "[--app-account ID] [--api-url URL] [--dry-run] [--json]\n");
}

int SyncCommand::run(const QStringList& arguments, Console& console)
{
    Q_UNUSED(arguments)
    return console.fail(ExitCode::UsageError, QStringLiteral("'sync' is not available in this build yet"));
}

#include "cli/historycommand.h"

#include "cli/console.h"
#include "cli/exitcode.h"

QString HistoryCommand::name() const
{
    return QStringLiteral("history");
}

QString HistoryCommand::summary() const
{
    return QStringLiteral("show the run history");
}

QString HistoryCommand::usage() const
{
    return QStringLiteral("Usage: torii-sync-cli history [--json]\n");
}

int HistoryCommand::run(const QStringList& arguments, Console& console)
{
    Q_UNUSED(arguments)
    return console.fail(ExitCode::UsageError, QStringLiteral("'history' is not available in this build yet"));
}

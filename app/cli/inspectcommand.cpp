#include "cli/inspectcommand.h"

#include "cli/console.h"
#include "cli/exitcode.h"

QString InspectCommand::name() const
{
    return QStringLiteral("inspect");
}

QString InspectCommand::summary() const
{
    return QStringLiteral("show how a file is read: dialect, columns, rows, mapping");
}

QString InspectCommand::usage() const
{
    return QStringLiteral("Usage: torii-sync-cli inspect FILE [--sheet NAME] [--rows N] [--json]\n");
}

int InspectCommand::run(const QStringList& arguments, Console& console)
{
    Q_UNUSED(arguments)
    return console.fail(ExitCode::UsageError, QStringLiteral("'inspect' is not available in this build yet"));
}

#include "cli/convertcommand.h"

#include "cli/console.h"
#include "cli/exitcode.h"

QString ConvertCommand::name() const
{
    return QStringLiteral("convert");
}

QString ConvertCommand::summary() const
{
    return QStringLiteral("map and validate a file and write Torii's JSON payload");
}

QString ConvertCommand::usage() const
{
    return QStringLiteral("Usage: torii-sync-cli convert FILE (--preset FILE|NAME | --auto) --out PAYLOAD.json "
                          "[--rejects REJECTS.csv] [--json]\n");
}

int ConvertCommand::run(const QStringList& arguments, Console& console)
{
    Q_UNUSED(arguments)
    return console.fail(ExitCode::UsageError, QStringLiteral("'convert' is not available in this build yet"));
}

#include "cli/presetscommand.h"

#include "cli/console.h"
#include "cli/exitcode.h"

QString PresetsCommand::name() const
{
    return QStringLiteral("presets");
}

QString PresetsCommand::summary() const
{
    return QStringLiteral("list, show, import and export mapping presets");
}

QString PresetsCommand::usage() const
{
    return QStringLiteral("Usage: torii-sync-cli presets list|show|import|export ...\n");
}

int PresetsCommand::run(const QStringList& arguments, Console& console)
{
    Q_UNUSED(arguments)
    return console.fail(ExitCode::UsageError, QStringLiteral("'presets' is not available in this build yet"));
}

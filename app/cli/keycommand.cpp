#include "cli/keycommand.h"

#include "cli/console.h"
#include "cli/exitcode.h"

QString KeyCommand::name() const
{
    return QStringLiteral("key");
}

QString KeyCommand::summary() const
{
    return QStringLiteral("store, check or delete a profile's API key in the keychain");
}

QString KeyCommand::usage() const
{
    return QStringLiteral("Usage: torii-sync-cli key set|check|delete [--profile NAME]\n");
}

int KeyCommand::run(const QStringList& arguments, Console& console)
{
    Q_UNUSED(arguments)
    return console.fail(ExitCode::UsageError, QStringLiteral("'key' is not available in this build yet"));
}

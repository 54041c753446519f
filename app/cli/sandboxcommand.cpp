#include "cli/sandboxcommand.h"

#include "cli/console.h"
#include "cli/exitcode.h"

QString SandboxCommand::name() const
{
    return QStringLiteral("sandbox");
}

QString SandboxCommand::summary() const
{
    return QStringLiteral("run the local Torii + S3 sandbox");
}

QString SandboxCommand::usage() const
{
    return QStringLiteral("Usage: torii-sync-cli sandbox [--port N] [--url-ttl SECONDS] [--fault ROUTE=SPEC]...\n");
}

int SandboxCommand::run(const QStringList& arguments, Console& console)
{
    Q_UNUSED(arguments)
    return console.fail(ExitCode::UsageError, QStringLiteral("'sandbox' is not available in this build yet"));
}

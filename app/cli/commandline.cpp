#include "cli/commandline.h"

#include "cli/appscommand.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/convertcommand.h"
#include "cli/historycommand.h"
#include "cli/inspectcommand.h"
#include "cli/jobcommand.h"
#include "cli/keycommand.h"
#include "cli/presetscommand.h"
#include "cli/profilecommand.h"
#include "cli/sandboxcommand.h"
#include "cli/synccommand.h"
#include "common/appinfo.h"
#include "run/exitcode.h"

#include <QCoreApplication>

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<InspectCommand>());
    m_commands.push_back(std::make_unique<ConvertCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>(true)); // diff
    m_commands.push_back(std::make_unique<AppsCommand>());
    m_commands.push_back(std::make_unique<SandboxCommand>());
    m_commands.push_back(std::make_unique<ProfileCommand>());
    m_commands.push_back(std::make_unique<KeyCommand>());
    m_commands.push_back(std::make_unique<PresetsCommand>());
    m_commands.push_back(std::make_unique<HistoryCommand>());
    m_commands.push_back(std::make_unique<JobCommand>());
}

CommandLine::~CommandLine() = default;

int CommandLine::run(const QStringList& arguments, Console& console)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        console.err() << helpText();
        return ExitCode::UsageError;
    }
    const QString& first = args.first();
    if (first == u"--help" || first == u"-h" || first == u"help") {
        if (args.size() > 1) {
            if (Command* command = find(args.at(1))) {
                console.out() << command->usage();
                return ExitCode::Success;
            }
        }
        console.out() << helpText();
        return ExitCode::Success;
    }
    if (first == u"--version" || first == u"-V") {
        console.out() << "torii-sync-cli " << AppInfo::version() << Qt::endl;
        return ExitCode::Success;
    }
    Command* command = find(first);
    if (!command)
        return console.fail(ExitCode::UsageError, tr("unknown command '%1' (see torii-sync-cli --help)").arg(first));
    const QStringList rest = args.mid(1);
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        console.out() << command->usage();
        return ExitCode::Success;
    }
    return command->run(rest, console);
}

QString CommandLine::helpText() const
{
    QString text = tr("torii-sync-cli %1: sync a SaaS application's user export into Torii.\n\n"
                      "Usage: torii-sync-cli COMMAND [OPTIONS]\n\nCommands:\n")
                       .arg(AppInfo::version());
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1%2\n").arg(command->name(), -10).arg(command->summary());
    text += tr("\n  --version   print the version\n"
               "  --help      this text; 'torii-sync-cli COMMAND --help' for a command\n\n"
               "Exit codes: 0 success, 1 data blocked by validation, 2 usage error or unreadable input,\n"
               "3 Torii or network failure, 4 authentication or keychain failure, 130 cancelled.\n"
               "The API key comes from the OS keychain ('key set') or the TORII_API_KEY variable.\n");
    return text;
}

Command* CommandLine::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

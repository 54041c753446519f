#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

class Command;
class Console;

// torii-sync-cli's front door: global --help/--version and dispatch to the sub-commands.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();
    ~CommandLine();
    Q_DISABLE_COPY_MOVE(CommandLine)

    // arguments as QCoreApplication::arguments() gives them (program name first).
    int run(const QStringList& arguments, Console& console);

    [[nodiscard]] QString helpText() const;

private:
    [[nodiscard]] Command* find(const QString& name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

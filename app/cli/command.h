#pragma once

#include <QString>
#include <QStringList>

class Console;

// One sub-command of torii-sync-cli ("inspect", "convert", ...). CommandLine dispatches on the first
// argument; a command parses the rest itself and returns an ExitCode.
class Command
{
public:
    Command() = default;
    virtual ~Command();
    Q_DISABLE_COPY_MOVE(Command)

    [[nodiscard]] virtual QString name() const = 0;
    // One line for the global --help.
    [[nodiscard]] virtual QString summary() const = 0;
    // Full usage text for "torii-sync-cli COMMAND --help".
    [[nodiscard]] virtual QString usage() const = 0;
    // arguments excludes the program and the command name. May run an event loop until done.
    virtual int run(const QStringList& arguments, Console& console) = 0;
};

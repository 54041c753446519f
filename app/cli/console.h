#pragma once

#include "cli/terminalsafedevice.h"

#include <QTextStream>

// Where a command writes: results to stdout, progress and diagnostics to stderr, so that
// "torii-sync-cli convert --json > out.json" stays machine-readable. Tests substitute string buffers. Both
// streams go through a TerminalSafeDevice: nothing printed can carry a terminal control sequence.
class Console
{
public:
    Console();                           // the process's stdout and stderr
    Console(QString* out, QString* err); // in-memory, for tests
    Q_DISABLE_COPY_MOVE(Console)

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    // stderr is a terminal (so a live percentage can overwrite itself); false for an in-memory console.
    [[nodiscard]] bool errIsTerminal() const;
    // stdin is a terminal (so a prompt makes sense and typing can be hidden).
    [[nodiscard]] static bool inIsTerminal();
    // Hides (or shows again) what is typed on a terminal stdin; false when it cannot.
    static bool setInputEcho(bool on);
    // Prints "torii-sync-cli: <message>" to stderr and returns code, for one-line error exits.
    int fail(int code, const QString& message);
    // Data (a cell, a column or file name, a server's message) for one line of output: every control
    // character, line breaks included, shown as an escape.
    [[nodiscard]] static QString data(const QString& text) { return TerminalSafeDevice::escaped(text); }

private:
    TerminalSafeDevice m_outDevice;
    TerminalSafeDevice m_errDevice;
    QTextStream m_out;
    QTextStream m_err;
    bool m_process = false;
};

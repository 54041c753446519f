#include "cli/console.h"

#include <cstdio>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace
{
    bool isTerminal(FILE* stream)
    {
#if defined(Q_OS_WIN)
        return _isatty(_fileno(stream)) != 0;
#elif defined(Q_OS_UNIX)
        return isatty(fileno(stream)) != 0;
#else
        Q_UNUSED(stream)
        return false;
#endif
    }
} // namespace

Console::Console()
    : m_outDevice(stdout)
    , m_errDevice(stderr)
    , m_out(&m_outDevice)
    , m_err(&m_errDevice)
    , m_process(true)
{ }

Console::Console(QString* out, QString* err)
    : m_outDevice(out)
    , m_errDevice(err)
    , m_out(&m_outDevice)
    , m_err(&m_errDevice)
{ }

int Console::fail(int code, const QString& message)
{
    m_err << "torii-sync-cli: " << message << Qt::endl;
    return code;
}

bool Console::errIsTerminal() const
{
    return m_process && isTerminal(stderr);
}

bool Console::inIsTerminal()
{
    return isTerminal(stdin);
}

bool Console::setInputEcho(bool on)
{
#if defined(Q_OS_WIN)
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!GetConsoleMode(in, &mode))
        return false;
    return SetConsoleMode(in, on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~DWORD(ENABLE_ECHO_INPUT))) != 0;
#elif defined(Q_OS_UNIX)
    termios mode {};
    if (tcgetattr(STDIN_FILENO, &mode) != 0)
        return false;
    if (on)
        mode.c_lflag |= tcflag_t(ECHO);
    else
        mode.c_lflag &= ~tcflag_t(ECHO);
    return tcsetattr(STDIN_FILENO, TCSANOW, &mode) == 0;
#else
    Q_UNUSED(on)
    return false;
#endif
}

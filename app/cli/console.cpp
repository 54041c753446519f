#include "cli/console.h"

#include <cstdio>

Console::Console()
    : m_outDevice(stdout)
    , m_errDevice(stderr)
    , m_out(&m_outDevice)
    , m_err(&m_errDevice)
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

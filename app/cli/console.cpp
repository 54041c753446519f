#include "cli/console.h"

#include <cstdio>

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
{ }

Console::Console(QString* out, QString* err)
    : m_out(out)
    , m_err(err)
{ }

int Console::fail(int code, const QString& message)
{
    m_err << "torii-sync-cli: " << message << Qt::endl;
    return code;
}

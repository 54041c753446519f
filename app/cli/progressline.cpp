#include "cli/progressline.h"

#include "cli/console.h"

ProgressLine::ProgressLine(Console& console)
    : m_console(console)
    , m_terminal(console.errIsTerminal())
{ }

ProgressLine::~ProgressLine()
{
    end();
}

void ProgressLine::show(const QString& label, qint64 done, qint64 total)
{
    if (!m_terminal || total <= 0)
        return;
    const int percent = int(done * 100 / total);
    if (percent == m_last)
        return;
    m_last = percent;
    m_console.err() << '\r' << label << ' ' << percent << '%' << Qt::flush;
}

void ProgressLine::end()
{
    if (m_terminal && m_last >= 0)
        m_console.err() << '\n' << Qt::flush;
    m_last = -1;
}

ProgressCallback ProgressLine::callback(const QString& label)
{
    if (!m_terminal)
        return {};
    return [this, label](qint64 done, qint64 total) { show(label, done, total); };
}

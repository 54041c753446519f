#include "cli/terminalsafedevice.h"

namespace
{
    // Bidirectional overrides and isolates reorder what follows them on screen; line/paragraph separators break
    // lines on some terminals: escaped with the controls.
    bool isHiddenFormat(char32_t c)
    {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
    }

    QByteArray escape(char32_t c)
    {
        return c < 0x100 ? QByteArray("\\x") + QByteArray::number(uint(c), 16).rightJustified(2, '0')
                         : QByteArray("\\u") + QByteArray::number(uint(c), 16).rightJustified(4, '0');
    }

    // Length of the UTF-8 sequence a lead byte starts (1 for ASCII and stray bytes).
    int sequenceLength(uchar lead)
    {
        if (lead >= 0xF0 && lead < 0xF8)
            return 4;
        if (lead >= 0xE0)
            return lead < 0xF0 ? 3 : 1;
        if (lead >= 0xC0)
            return 2;
        return 1;
    }
} // namespace

TerminalSafeDevice::TerminalSafeDevice(FILE* stream, QObject* parent)
    : QIODevice(parent)
{
    (void)m_file.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalSafeDevice::TerminalSafeDevice(QString* buffer, QObject* parent)
    : QIODevice(parent)
    , m_buffer(buffer)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalSafeDevice::~TerminalSafeDevice()
{
    if (!m_pending.isEmpty())
        put(m_pending);
}

QString TerminalSafeDevice::escaped(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        const bool control = c < 0x20 || (c >= 0x7F && c < 0xA0) || isHiddenFormat(c);
        if (control)
            result += QString::fromLatin1(escape(c));
        else
            result += QString::fromUcs4(&c, 1);
    }
    return result;
}

qint64 TerminalSafeDevice::readData(char*, qint64)
{
    return -1;
}

qint64 TerminalSafeDevice::writeData(const char* data, qint64 size)
{
    QByteArray bytes = m_pending + QByteArray::fromRawData(data, qsizetype(size));
    m_pending.clear();
    QByteArray out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        const uchar lead = uchar(bytes.at(i));
        const int length = sequenceLength(lead);
        if (i + length > bytes.size()) {
            m_pending = bytes.mid(i); // finish it with the next write
            break;
        }
        if (length == 1) {
            const bool control = (lead < 0x20 && lead != '\n' && lead != '\r' && lead != '\t') || lead == 0x7F;
            out += control ? escape(lead) : QByteArray(1, char(lead));
        } else {
            const QString decoded = QString::fromUtf8(bytes.constData() + i, length);
            const char32_t c = decoded.size() > 0 ? decoded.toUcs4().value(0) : 0;
            out += ((c >= 0x80 && c < 0xA0) || isHiddenFormat(c)) ? escape(c) : bytes.mid(i, length);
        }
        i += length;
    }
    return put(out) ? size : -1;
}

bool TerminalSafeDevice::put(const QByteArray& bytes)
{
    if (m_buffer) {
        m_buffer->append(QString::fromUtf8(bytes));
        return true;
    }
    // The QFile wraps a stdio stream, which is fully buffered when stdout is a file or pipe: flushing here lets a
    // QTextStream flush (Qt::endl) reach the reader at once, as `sandbox` needs for its "API URL:" line.
    return m_file.write(bytes) == bytes.size() && m_file.flush();
}

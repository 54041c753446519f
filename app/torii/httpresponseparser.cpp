#include "torii/httpresponseparser.h"

namespace
{
    constexpr qsizetype maxLineBytes = 16 * 1024;
    constexpr qint64 maxHeaderBytes = 64 * 1024;
    constexpr qint64 maxChunkBytes = qint64(1) << 40;
} // namespace

HttpResponseParser::HttpResponseParser(qint64 maxBodyBytes)
    : m_maxBody(maxBodyBytes)
{ }

QByteArray HttpResponseParser::header(const QByteArray& name) const
{
    QByteArray value;
    for (const auto& [key, v] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            value = value.isEmpty() ? v : value + ", " + v; // repeated headers fold into one list
    }
    return value;
}

QString HttpResponseParser::problem() const
{
    if (m_state == State::Complete)
        return {};
    if (!m_problem.isEmpty())
        return m_problem;
    if (m_bytesSeen == 0)
        return HttpResponseParser::tr("no answer");
    return HttpResponseParser::tr("the answer stopped after %1 bytes").arg(m_bytesSeen);
}

void HttpResponseParser::fail(const QString& why)
{
    m_state = State::Invalid;
    m_problem = why;
    m_buffer.clear();
}

bool HttpResponseParser::takeLine(QByteArray* line)
{
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0) {
        if (m_buffer.size() > maxLineBytes)
            fail(HttpResponseParser::tr("a line of the answer is longer than %1 bytes").arg(maxLineBytes));
        return false;
    }
    *line = m_buffer.left(end);
    m_buffer.remove(0, end + 1);
    if (line->endsWith('\r'))
        line->chop(1);
    if (m_state == State::Headers || m_state == State::StatusLine || m_state == State::Trailers) {
        m_headerBytes += end + 1;
        if (m_headerBytes > maxHeaderBytes) {
            fail(HttpResponseParser::tr("the answer's headers are longer than %1 bytes").arg(maxHeaderBytes));
            return false;
        }
    }
    return true;
}

bool HttpResponseParser::feed(const QByteArray& data)
{
    if (m_state == State::Invalid)
        return false;
    m_bytesSeen += data.size();
    if (m_state == State::Complete)
        return true; // bytes after a complete answer (we asked for one) are not ours to read
    m_buffer += data;
    QByteArray line;
    while (m_state != State::Complete && m_state != State::Invalid) {
        if (m_state == State::Body || m_state == State::ChunkData) {
            if (m_buffer.isEmpty())
                break;
            takeBody();
            continue;
        }
        if (!takeLine(&line))
            break;
        switch (m_state) {
        case State::StatusLine:
            parseStatusLine(line);
            break;
        case State::Headers:
            parseHeaderLine(line);
            break;
        case State::ChunkSize:
            parseChunkSize(line);
            break;
        case State::ChunkDataEnd:
            if (!line.isEmpty())
                fail(HttpResponseParser::tr("a chunk of the answer does not end where its size says"));
            else
                m_state = State::ChunkSize;
            break;
        case State::Trailers:
            if (line.isEmpty())
                m_state = State::Complete;
            break;
        case State::Body:
        case State::ChunkData:
        case State::Complete:
        case State::Invalid:
            break;
        }
    }
    return m_state != State::Invalid;
}

void HttpResponseParser::parseStatusLine(const QByteArray& line)
{
    // "HTTP/1.1 200 OK"; the reason phrase is optional.
    const QList<QByteArray> parts = line.split(' ');
    bool ok = false;
    const int status = parts.value(1).toInt(&ok);
    if (!line.startsWith("HTTP/1.") || parts.size() < 2 || !ok || status < 100 || status > 999 ||
        parts.value(1).size() != 3) {
        fail(HttpResponseParser::tr("the answer is not HTTP (it starts with \"%1\")")
                 .arg(QString::fromLatin1(line.left(40).toPercentEncoding(" /.:;-_()"))));
        return;
    }
    m_status = status;
    m_headers.clear();
    m_state = State::Headers;
}

void HttpResponseParser::parseHeaderLine(const QByteArray& line)
{
    if (line.isEmpty()) {
        headersDone();
        return;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && !m_headers.isEmpty()) {
        m_headers.last().second += ' ' + line.trimmed(); // obsolete line folding
        return;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        fail(HttpResponseParser::tr("a header line of the answer has no name"));
        return;
    }
    m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
}

void HttpResponseParser::headersDone()
{
    if (m_status >= 100 && m_status < 200) {
        if (m_status == 101) {
            fail(HttpResponseParser::tr("the server switched protocols, which was not asked for"));
            return;
        }
        m_state = State::StatusLine; // an interim answer (100 Continue, 103 Early Hints): the real one follows
        return;
    }
    m_headersDone = true;
    if (m_status == 204 || m_status == 304) {
        m_state = State::Complete;
        return;
    }
    const QByteArray transferEncoding = header("Transfer-Encoding").toLower();
    if (!transferEncoding.isEmpty()) {
        // Chunked must be the last coding; any other framing is read until the connection ends.
        if (transferEncoding.split(',').last().trimmed() == "chunked") {
            m_state = State::ChunkSize;
        } else {
            m_closeDelimited = true;
            m_state = State::Body;
        }
        return;
    }
    const QByteArray lengthHeader = header("Content-Length");
    if (lengthHeader.isEmpty()) {
        m_closeDelimited = true;
        m_state = State::Body;
        return;
    }
    qint64 length = -1;
    for (const QByteArray& value : lengthHeader.split(',')) {
        bool ok = false;
        const qint64 one = value.trimmed().toLongLong(&ok);
        if (!ok || one < 0 || (length >= 0 && one != length)) {
            fail(HttpResponseParser::tr("the answer's Content-Length is not one valid number"));
            return;
        }
        length = one;
    }
    m_remaining = length;
    m_state = length == 0 ? State::Complete : State::Body;
}

void HttpResponseParser::parseChunkSize(const QByteArray& line)
{
    const qsizetype semicolon = line.indexOf(';'); // chunk extensions are ignored
    const QByteArray digits = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
    bool ok = false;
    const qint64 size = digits.toLongLong(&ok, 16);
    if (!ok || digits.isEmpty() || digits.startsWith('-') || digits.startsWith('+') || size > maxChunkBytes) {
        fail(HttpResponseParser::tr("the answer's chunk size is not valid"));
        return;
    }
    if (size == 0) {
        m_state = State::Trailers;
        return;
    }
    m_remaining = size;
    m_state = State::ChunkData;
}

void HttpResponseParser::takeBody()
{
    qsizetype take = m_buffer.size();
    if (!m_closeDelimited)
        take = qsizetype(std::min<qint64>(take, m_remaining));
    if (m_body.size() + take > m_maxBody) {
        // Checked as the bytes arrive: an endless (chunked or close-delimited) body would otherwise keep the
        // request alive for ever, each piece restarting the idle timeout (issue #21/14).
        fail(QCoreApplication::translate("HttpResponseParser", "the answer is larger than %1 bytes; stopped reading it")
                 .arg(m_maxBody));
        return;
    }
    m_body += m_buffer.left(take);
    m_buffer.remove(0, take);
    if (m_closeDelimited)
        return;
    m_remaining -= take;
    if (m_remaining > 0)
        return;
    m_state = m_state == State::ChunkData ? State::ChunkDataEnd : State::Complete;
}

void HttpResponseParser::endOfStream()
{
    if (m_state == State::Body && m_closeDelimited) {
        m_state = State::Complete;
        return;
    }
    if (m_state != State::Complete && m_state != State::Invalid && m_bytesSeen > 0)
        m_problem = HttpResponseParser::tr("the connection closed after %1 bytes of the answer, before its end")
                        .arg(m_bytesSeen);
}

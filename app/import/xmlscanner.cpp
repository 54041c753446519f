#include "import/xmlscanner.h"

#include "import/xlsxpartstream.h"

#include <QCoreApplication>

#include <cctype>
#include <cstring>

namespace
{
    bool isSpace(char c)
    {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    // Element and attribute names are a few bytes: a loop beats a library call (QByteArrayView's == goes through
    // QtPrivate::compareMemory and memcmp) on every tag of a million-row sheet.
    inline bool sameBytes(QByteArrayView a, QByteArrayView b)
    {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }

    QByteArrayView localName(QByteArrayView qualified)
    {
        const qsizetype colon = qualified.indexOf(':');
        return colon < 0 ? qualified : qualified.sliced(colon + 1);
    }

    void appendUtf8(char32_t code, QByteArray* out)
    {
        if (code < 0x80) {
            out->append(char(code));
        } else if (code < 0x800) {
            out->append(char(0xC0 | (code >> 6)));
            out->append(char(0x80 | (code & 0x3F)));
        } else if (code < 0x10000) {
            out->append(char(0xE0 | (code >> 12)));
            out->append(char(0x80 | ((code >> 6) & 0x3F)));
            out->append(char(0x80 | (code & 0x3F)));
        } else {
            out->append(char(0xF0 | (code >> 18)));
            out->append(char(0x80 | ((code >> 12) & 0x3F)));
            out->append(char(0x80 | ((code >> 6) & 0x3F)));
            out->append(char(0x80 | (code & 0x3F)));
        }
    }

    // XML 1.0's Char production.
    bool xmlChar(char32_t code)
    {
        return code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
            (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
    }

    // "<?xml version="1.0" encoding="UTF-16"?>" -> "UTF-16"; empty when none is declared.
    QByteArray declaredEncoding(QByteArrayView head)
    {
        if (!head.startsWith("<?xml"))
            return {};
        const qsizetype end = head.indexOf("?>");
        const QByteArrayView declaration = head.first(end < 0 ? head.size() : end);
        const qsizetype at = declaration.indexOf("encoding");
        if (at < 0)
            return {};
        qsizetype i = at + 8;
        while (i < declaration.size() && (isSpace(declaration[i]) || declaration[i] == '='))
            ++i;
        if (i >= declaration.size() || (declaration[i] != '"' && declaration[i] != '\''))
            return {};
        const qsizetype close = declaration.indexOf(declaration[i], i + 1);
        return close < 0 ? QByteArray() : declaration.sliced(i + 1, close - i - 1).toByteArray();
    }
} // namespace

XmlScanner::XmlScanner(XlsxPartStream* source)
    : m_source(source)
{ }

bool XmlScanner::sourceExceeded() const
{
    return m_source->exceeded();
}

bool XmlScanner::validText(QByteArrayView text)
{
    bool ascii = true;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return false;
        ascii = ascii && byte < 0x80;
    }
    return ascii || text.isValidUtf8();
}

void XmlScanner::startEncoding(const QByteArray& first)
{
    m_started = true;
    std::optional<QStringConverter::Encoding> encoding;
    if (first.startsWith("\xFE\xFF") || first.startsWith("\xFF\xFE") || (first.size() > 1 && first[0] == 0) ||
        (first.size() > 1 && first[1] == 0)) {
        encoding = QStringConverter::encodingForData(first);
        if (!encoding)
            encoding = first[0] == 0 ? QStringConverter::Utf16BE : QStringConverter::Utf16LE;
    } else {
        const QByteArray declared = declaredEncoding(first).toLower();
        if (!declared.isEmpty() && declared != "utf-8" && declared != "utf8") {
            encoding = QStringConverter::encodingForName(declared.constData());
            if (!encoding) {
                m_error = tr("it declares the encoding %1, which cannot be read").arg(QString::fromLatin1(declared));
                return;
            }
        }
    }
    if (encoding && *encoding != QStringConverter::Utf8)
        m_decoder.emplace(*encoding);
}

bool XmlScanner::more()
{
    if (m_eof || hasError())
        return false;
    if (!m_source->next(&m_chunk)) {
        m_eof = true;
        if (m_source->failed())
            m_error = m_source->exceeded() ? tr("it inflates beyond its declared size") : tr("it cannot be inflated");
        return false;
    }
    m_consumed += m_chunk.size();
    if (!m_started) {
        startEncoding(m_chunk);
        if (hasError())
            return false;
    }
    if (m_decoder) {
        m_chunk = QString(m_decoder->decode(m_chunk)).toUtf8();
        if (m_decoder->hasError()) {
            m_error = tr("its text is not valid in its declared encoding");
            return false;
        }
    }
    if (m_consumed == m_chunk.size() && m_chunk.startsWith("\xEF\xBB\xBF"))
        m_chunk.remove(0, 3);
    // The unscanned tail (a token cut by the chunk's end, usually a few bytes) goes in front of the new chunk,
    // into the headroom XlsxPartStream leaves there, so the chunk itself is never copied.
    m_chunk.prepend(QByteArrayView(m_buffer).sliced(m_pos));
    m_buffer = std::move(m_chunk);
    m_pos = 0;
    if (m_buffer.size() > MaxTokenBytes + XlsxPartStream::ChunkSize) {
        m_error = tr("it holds a single element or text of more than %1 MiB").arg(MaxTokenBytes >> 20);
        return false;
    }
    return true;
}

XmlScanner::Token XmlScanner::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    return Token::Error;
}

XmlScanner::Token XmlScanner::next()
{
    if (hasError())
        return Token::Error;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_stack.resize(m_stackStarts.back());
        m_stackStarts.pop_back();
        return Token::EndElement;
    }
    for (;;) {
        if (m_pos >= m_buffer.size() && !more()) {
            if (hasError())
                return Token::Error;
            if (!m_rootSeen || !m_stackStarts.empty())
                return fail(tr("premature end of document"));
            return Token::End;
        }
        const char* data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        if (data[m_pos] == '<') {
            const Token token = scanTag(m_pos);
            if (token == Token::End)
                continue;
            return token;
        }
        const auto* lt = static_cast<const char*>(std::memchr(data + m_pos, '<', size_t(size - m_pos)));
        if (!lt && !m_eof) {
            if (more())
                continue;
            if (hasError())
                return Token::Error;
        }
        const qsizetype end = lt ? lt - data : size;
        const QByteArrayView text(data + m_pos, end - m_pos);
        m_pos = end;
        if (m_stackStarts.empty()) {
            for (const char c : text) {
                if (!isSpace(c))
                    return fail(m_rootSeen ? tr("extra content at end of document") : tr("start tag expected"));
            }
            continue;
        }
        m_raw = text;
        m_cdata = false;
        return Token::Text;
    }
}

// Scans the markup at `at`. Token::End means "scan on": a comment or processing instruction was skipped, or the
// markup was incomplete and more() delivered more bytes.
XmlScanner::Token XmlScanner::scanTag(qsizetype at)
{
    const char* data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const auto need = [&](qsizetype bytes) { return at + bytes > size; };
    const auto incomplete = [&]() {
        if (more())
            return Token::End;
        return hasError() ? Token::Error : fail(tr("premature end of document"));
    };
    if (need(2))
        return incomplete();
    const char kind = data[at + 1];
    if (kind == '/') {
        const auto* gt = static_cast<const char*>(std::memchr(data + at + 2, '>', size_t(size - at - 2)));
        if (!gt)
            return incomplete();
        QByteArrayView qualified(data + at + 2, gt - data - at - 2);
        while (!qualified.isEmpty() && isSpace(qualified.back()))
            qualified.chop(1);
        if (m_stackStarts.empty() ||
            !sameBytes(qualified, QByteArrayView(m_stack).sliced(m_stackStarts.back()).chopped(1)))
            return fail(tr("opening and ending tag mismatch"));
        m_stack.resize(m_stackStarts.back());
        m_stackStarts.pop_back();
        m_name = localName(qualified);
        m_pos = gt + 1 - data;
        return Token::EndElement;
    }
    if (kind == '?' || kind == '!') {
        const QByteArrayView rest(data + at, size - at);
        if (kind == '!' && need(9) && !m_eof && QByteArrayView("<![CDATA[").startsWith(rest))
            return incomplete();
        if (kind == '!' && rest.startsWith("<![CDATA[")) {
            const qsizetype close = rest.indexOf("]]>", 9);
            if (close < 0)
                return incomplete();
            if (m_stackStarts.empty())
                return fail(tr("character data outside the document element"));
            m_raw = rest.sliced(9, close - 9);
            m_cdata = true;
            m_pos = at + close + 3;
            return Token::Text;
        }
        if (kind == '!' && need(4) && !m_eof)
            return incomplete();
        if (kind == '!' && !rest.startsWith("<!--")) {
            m_dtd = true;
            return fail(tr("it declares a DTD or entities"));
        }
        const QByteArrayView close = kind == '!' ? QByteArrayView("-->") : QByteArrayView("?>");
        const qsizetype end = rest.indexOf(close, kind == '!' ? 4 : 2);
        if (end < 0)
            return incomplete();
        m_pos = at + end + close.size();
        return Token::End; // skipped: scan on
    }
    // A start tag: its name, then attributes up to the '>' that is not inside a quoted value.
    qsizetype i = at + 1;
    while (i < size && !isSpace(data[i]) && data[i] != '>' && data[i] != '/')
        ++i;
    const qsizetype nameEnd = i;
    while (i < size && data[i] != '>') {
        if (data[i] == '"' || data[i] == '\'') {
            const auto* close = static_cast<const char*>(std::memchr(data + i + 1, data[i], size_t(size - i - 1)));
            if (!close) {
                i = size; // the value goes on in the next chunk
                break;
            }
            i = close - data;
        }
        ++i;
    }
    if (i >= size)
        return incomplete();
    if (nameEnd == at + 1)
        return fail(tr("a tag has no name"));
    if (m_rootSeen && m_stackStarts.empty())
        return fail(tr("extra content at end of document"));
    const bool selfClosing = data[i - 1] == '/' && i - 1 >= nameEnd;
    const QByteArrayView qualified(data + at + 1, nameEnd - at - 1);
    m_stackStarts.push_back(m_stack.size());
    m_stack.append(qualified.data(), size_t(qualified.size()));
    m_stack.push_back('\0');
    m_rootSeen = true;
    m_name = localName(qualified);
    m_attributes = QByteArrayView(data + nameEnd, (selfClosing ? i - 1 : i) - nameEnd);
    m_pendingEnd = selfClosing;
    m_pos = i + 1;
    return Token::StartElement;
}

std::optional<QByteArrayView> XmlScanner::attribute(QByteArrayView qualifiedName)
{
    const QByteArrayView a = m_attributes;
    qsizetype i = 0;
    while (i < a.size()) {
        while (i < a.size() && isSpace(a[i]))
            ++i;
        const qsizetype nameStart = i;
        while (i < a.size() && a[i] != '=' && !isSpace(a[i]))
            ++i;
        const QByteArrayView name = a.sliced(nameStart, i - nameStart);
        while (i < a.size() && isSpace(a[i]))
            ++i;
        if (i >= a.size() || a[i] != '=')
            return std::nullopt;
        ++i;
        while (i < a.size() && isSpace(a[i]))
            ++i;
        if (i >= a.size() || (a[i] != '"' && a[i] != '\''))
            return std::nullopt;
        // memchr called directly: QByteArrayView's indexOf goes through a library call, and with the name
        // comparison that was about 4% of a 1M-row workbook's convert in perf (three attributes on every cell).
        const auto* quote = static_cast<const char*>(std::memchr(a.data() + i + 1, a[i], size_t(a.size() - i - 1)));
        if (!quote)
            return std::nullopt;
        const qsizetype close = quote - a.data();
        if (sameBytes(name, qualifiedName)) {
            const QByteArrayView raw = a.sliced(i + 1, close - i - 1);
            bool plain = true;
            for (const char c : raw)
                plain = plain && c != '&' && c != '\r' && c != '\n' && c != '\t';
            if (plain)
                return raw;
            m_value.truncate(0);
            if (!decode(raw, true, &m_value))
                return std::nullopt;
            return QByteArrayView(m_value);
        }
        i = close + 1;
    }
    return std::nullopt;
}

bool XmlScanner::appendText(QByteArray* out)
{
    const qsizetype before = out->size();
    if (m_cdata || (!m_raw.contains('&') && !m_raw.contains('\r')))
        out->append(m_raw.data(), m_raw.size());
    else if (!decode(m_raw, false, out))
        return false;
    if (m_cdata && m_raw.contains('\r')) {
        out->truncate(before);
        decode(m_raw, false, out); // CDATA has no entities, but its line ends are normalised too
    }
    if (!validText(QByteArrayView(out->constData() + before, out->size() - before))) {
        fail(tr("incorrectly encoded content or a forbidden character"));
        return false;
    }
    return true;
}

bool XmlScanner::decode(QByteArrayView raw, bool attribute, QByteArray* out)
{
    qsizetype i = 0;
    while (i < raw.size()) {
        const char c = raw[i];
        if (c == '&' && !m_cdata) {
            const qsizetype semicolon = raw.indexOf(';', i + 1);
            if (semicolon < 0 || semicolon - i > 12) {
                fail(tr("an entity reference is not terminated"));
                return false;
            }
            const QByteArrayView entity = raw.sliced(i + 1, semicolon - i - 1);
            if (entity == "lt")
                out->append('<');
            else if (entity == "gt")
                out->append('>');
            else if (entity == "amp")
                out->append('&');
            else if (entity == "quot")
                out->append('"');
            else if (entity == "apos")
                out->append('\'');
            else if (entity.startsWith('#')) {
                bool ok = false;
                const uint code =
                    entity.startsWith("#x") ? entity.sliced(2).toUInt(&ok, 16) : entity.sliced(1).toUInt(&ok, 10);
                if (!ok || !xmlChar(char32_t(code)) || (entity.size() > 1 && !std::isalnum(uchar(entity[1])))) {
                    fail(tr("a character reference names an invalid character"));
                    return false;
                }
                appendUtf8(char32_t(code), out);
            } else {
                m_dtd = true;
                fail(tr("it uses an undeclared entity"));
                return false;
            }
            i = semicolon + 1;
            continue;
        }
        if (c == '\r') {
            out->append(attribute ? ' ' : '\n');
            i += i + 1 < raw.size() && raw[i + 1] == '\n' ? 2 : 1;
            continue;
        }
        if (attribute && (c == '\n' || c == '\t'))
            out->append(' ');
        else if (attribute && c == '<') {
            fail(tr("an attribute value contains '<'"));
            return false;
        } else
            out->append(c);
        ++i;
    }
    return true;
}

bool XmlScanner::plainText(QByteArrayView* text)
{
    if (hasError() || m_pendingEnd || m_stackStarts.empty())
        return false;
    const char* const data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype i = m_pos;
    // What next() and appendText() would accept without a change: no markup, entity or line end, no control
    // or non-ASCII byte (those are checked and decoded on the general path).
    while (i < size && data[i] != '<') {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c < 0x20 || c >= 0x7F || c == '&' || c == '>')
            return false;
        ++i;
    }
    const QByteArrayView open = QByteArrayView(m_stack).sliced(m_stackStarts.back()).chopped(1);
    const qsizetype endTag = i;
    if (endTag + 3 + open.size() > size || data[endTag + 1] != '/' || data[endTag + 2 + open.size()] != '>' ||
        !sameBytes(QByteArrayView(data + endTag + 2, open.size()), open))
        return false; // another shape, or the end tag is not in the buffer yet
    *text = QByteArrayView(data + m_pos, endTag - m_pos);
    m_name = localName(QByteArrayView(data + endTag + 2, open.size()));
    m_stack.resize(m_stackStarts.back());
    m_stackStarts.pop_back();
    m_pos = endTag + 3 + open.size();
    return true;
}

void XmlScanner::skipStartTag(QByteArrayView qualifiedName, qsizetype bytes)
{
    m_stackStarts.push_back(m_stack.size());
    m_stack.append(qualifiedName.data(), size_t(qualifiedName.size()));
    m_stack.push_back('\0');
    m_name = QByteArrayView();
    m_attributes = QByteArrayView();
    m_pos += bytes;
}

bool XmlScanner::skipEndTag()
{
    const QByteArrayView rest = unscanned();
    if (rest.isEmpty())
        return false;
    const size_t start = m_stackStarts.back();
    const qsizetype length = qsizetype(m_stack.size() - start - 1);
    if (rest.size() < length + 3 || rest[0] != '<' || rest[1] != '/' || rest[length + 2] != '>' ||
        !sameBytes(rest.sliced(2, length), QByteArrayView(m_stack.data() + start, length)))
        return false;
    m_stack.resize(start);
    m_stackStarts.pop_back();
    m_name = QByteArrayView();
    m_pos += length + 3;
    return true;
}

bool XmlScanner::skipElement()
{
    int depth = 1;
    while (depth > 0) {
        switch (next()) {
        case Token::StartElement:
            ++depth;
            break;
        case Token::EndElement:
            --depth;
            break;
        case Token::Text:
            break;
        case Token::End:
        case Token::Error:
            return false;
        }
    }
    return true;
}

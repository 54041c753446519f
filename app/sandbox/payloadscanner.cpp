#include "sandbox/payloadscanner.h"

#include <QChar>

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define TORIISYNC_SCAN_SSE2 1
#endif

namespace
{
    bool isJsonSpace(uchar c)
    {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    // ASCII characters QString::trimmed() removes (QChar::isSpace).
    bool isTrimmedSpace(uchar c)
    {
        return c == ' ' || (c >= 0x09 && c <= 0x0d);
    }

    int hexValue(uchar c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // Qt's parser takes any other escaped byte as itself (a Latin-1 character), so "\x" is "x".
    char32_t escapedCharacter(uchar c)
    {
        switch (c) {
        case 'b':
            return 0x08;
        case 'f':
            return 0x0c;
        case 'n':
            return 0x0a;
        case 'r':
            return 0x0d;
        case 't':
            return 0x09;
        default:
            return c;
        }
    }

    const uchar* skipSpace(const uchar* p, const uchar* end)
    {
        while (p < end && isJsonSpace(*p))
            ++p;
        return p;
    }

    // The first byte in [p, end) a string body cannot skip: '"', '\\' or a non-ASCII byte (UTF-8 to check).
    // Control characters do not stop it: QJsonDocument accepts them inside strings. This loop is where the
    // scanner spends most of its time, hence 16 bytes per step where SSE2 is there (every x86-64; elsewhere
    // the plain loop is correct, only slower).
    const uchar* findSpecial(const uchar* p, const uchar* end)
    {
#ifdef TORIISYNC_SCAN_SSE2
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        while (end - p >= 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            const __m128i hits =
                _mm_or_si128(bytes, _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
            const int mask = _mm_movemask_epi8(hits); // a byte's top bit: non-ASCII, or '"' / '\\'
            if (mask != 0)
                return p + std::countr_zero(unsigned(mask));
            p += 16;
        }
#endif
        while (p < end && *p != '"' && *p != '\\' && *p < 0x80)
            ++p;
        return p;
    }
} // namespace

void PayloadScanner::feed(QByteArrayView chunk)
{
    if (failed())
        return;
    m_chunk = reinterpret_cast<const uchar*>(chunk.data());
    run(m_chunk, m_chunk + chunk.size());
    m_chunkOffset += chunk.size();
}

PayloadSchema::Result PayloadScanner::finish()
{
    if (failed())
        return m_result;
    if (m_state == State::Start) {
        m_result.message = QStringLiteral("File must contain a JSON object");
    } else if (m_state != State::End) {
        failSyntax("unexpected end of data", nullptr);
    } else if (!m_rules.end()) {
        failSchema();
    } else {
        m_result.ok = true;
        m_result.users = m_rules.users();
        m_result.licenses = m_rules.licenses();
        return m_result;
    }
    m_state = State::Failed;
    return m_result;
}

Q_ALWAYS_INLINE void PayloadScanner::beginString(bool key)
{
    m_key = key;
    m_capture = key || PayloadRules::wantsText(m_slot);
    m_escape = 0;
    m_utf8Left = 0;
    m_textLength = 0;
    m_textAscii = true;
    m_textEscaped = false;
    m_textNonSpace = key; // only a value (the user e-mail) is checked for it
    m_state = key ? State::Key : State::String;
}

// Keeps the first characters of a plain ASCII run. The copy is a fixed 16 bytes whenever the chunk has them
// (m_text has room for it): one unaligned move instead of a memcpy call per string.
Q_ALWAYS_INLINE void PayloadScanner::capture(const uchar* from, const uchar* to, const uchar* end)
{
    const qint64 size = to - from;
    if (size == 0)
        return;
    if (m_textLength < textCapacity) {
        if (end - from >= textCapacity)
            std::memcpy(m_text + m_textLength, from, textCapacity);
        else
            std::memcpy(m_text + m_textLength, from, size_t(std::min<qint64>(size, textCapacity - m_textLength)));
    }
    m_textLength += size;
    if (!m_textNonSpace)
        m_textNonSpace = std::any_of(from, to, [](uchar c) { return !isTrimmedSpace(c); });
}

Q_ALWAYS_INLINE PayloadRules::Text PayloadScanner::text() const
{
    PayloadRules::Text text;
    text.exact = m_textAscii && m_textLength <= textCapacity;
    if (text.exact)
        text.ascii = QByteArrayView(m_text, m_textLength);
    text.raw = !m_textEscaped;
    text.empty = m_textLength == 0;
    text.nonSpace = m_textNonSpace;
    return text;
}

// Classifies the first byte of a value other than a string (run() takes those itself) and sets the state it
// starts; false (and failed) when it cannot start one.
Q_ALWAYS_INLINE bool PayloadScanner::beginValue(const uchar* p)
{
    const uchar c = *p;
    Kind kind;
    if (c == '{')
        kind = Kind::Object;
    else if (c == '[')
        kind = Kind::Array;
    else if (c == 't' || c == 'f' || c == 'n')
        kind = Kind::Literal;
    else if (c == '-' || c == '.' || (c >= '0' && c <= '9'))
        kind = Kind::Number; // Qt's number grammar lets ".5" through, so '.' starts one too
    else {
        failSyntax(c == ']' || c == '}' || c == ',' ? "expected a value" : "illegal value", p);
        return false;
    }
    if (PayloadRules::checksStart(m_slot) && !m_rules.start(m_slot, kind)) {
        failSchema();
        return false;
    }
    switch (kind) {
    case Kind::Object:
    case Kind::Array:
        return openContainer(p, kind == Kind::Object);
    case Kind::Literal:
        m_literal = c == 't' ? "rue" : c == 'f' ? "alse" : "ull";
        m_state = State::Literal;
        return true;
    default:
        m_number.reset();
        m_state = State::Number;
        return true;
    }
}

// A whole string without escapes or non-ASCII bytes, straight from the chunk.
Q_ALWAYS_INLINE PayloadRules::Text PayloadScanner::plainText(const uchar* from, const uchar* to, bool wantsText)
{
    PayloadRules::Text text;
    const qsizetype size = to - from;
    text.exact = size <= textCapacity;
    if (text.exact)
        text.ascii = QByteArrayView(from, size);
    text.raw = true;
    text.empty = size == 0;
    text.nonSpace = wantsText && std::any_of(from, to, [](uchar c) { return !isTrimmedSpace(c); });
    return text;
}

// The whole grammar as one function with a label per state: the common path (key, colon, value, comma) runs
// straight through without returning to a dispatcher, which is what makes the scan fast. Wherever the chunk
// ends, the label's state is stored and the next feed() resumes there.
void PayloadScanner::run(const uchar* p, const uchar* const end)
{
    uchar c = 0;
    const uchar* plain = nullptr;
    Frame frame = Frame::Top;
    bool object = false;
    switch (m_state) {
    case State::Start:
        goto start;
    case State::ObjectOpen:
        goto objectOpen;
    case State::KeyRequired:
        goto keyRequired;
    case State::Colon:
        goto colon;
    case State::ValueRequired:
        goto valueRequired;
    case State::ArrayOpen:
        goto arrayOpen;
    case State::Key:
    case State::String:
        goto stringBody;
    case State::Number:
        goto number;
    case State::Literal:
        goto literal;
    case State::AfterValue:
        goto afterValue;
    case State::End:
        goto documentEnd;
    case State::Failed:
        return;
    }

start:
    p = skipSpace(p, end);
    if (p == end)
        return;
    if (*p != '{') {
        m_result.message = QStringLiteral("File must contain a JSON object");
        m_state = State::Failed;
        return;
    }
    ++p;
    m_frames[0] = Frame::Top;
    m_slots[0] = Slot::None;
    m_depth = 1;

objectOpen:
    p = skipSpace(p, end);
    if (p == end) {
        m_state = State::ObjectOpen;
        return;
    }
    if (*p == '}') {
        ++p;
        goto closeContainer;
    }
    goto keyStart;

keyRequired:
    p = skipSpace(p, end);
    if (p == end) {
        m_state = State::KeyRequired;
        return;
    }
keyStart:
    if (*p != '"') {
        failSyntax("expected a key", p);
        return;
    }
    ++p;
    // Nearly every key is plain ASCII and ends in this chunk: judge it in place, without the copying string state.
    plain = findSpecial(p, end);
    if (plain != end && *plain == '"') {
        m_slot = PayloadRules::keySlot(m_frames[m_depth - 1], plainText(p, plain, false));
        p = plain + 1;
        goto colon;
    }
    beginString(true);

stringBody:
    for (;;) {
        if (m_escape != 0 || m_utf8Left != 0) {
            p = pending(p, end);
            if (p == end)
                return; // the state is still Key/String, or Failed
        }
        plain = findSpecial(p, end);
        if (m_capture)
            capture(p, plain, end);
        p = plain;
        if (p == end)
            return;
        c = *p++;
        if (c == '"')
            break;
        if (c == '\\') {
            m_escape = 1;
            m_textEscaped = true;
        } else if (!utf8Lead(c)) {
            failSyntax("invalid UTF-8 string", p - 1);
            return;
        }
    }
    if (!m_key) {
        m_rules.scalar(m_slot, Kind::String, text());
        goto afterValue;
    }
    m_slot = PayloadRules::keySlot(m_frames[m_depth - 1], text());

colon:
    p = skipSpace(p, end);
    if (p == end) {
        m_state = State::Colon;
        return;
    }
    if (*p != ':') {
        failSyntax("expected ':'", p);
        return;
    }
    ++p;

valueRequired:
    p = skipSpace(p, end);
    if (p == end) {
        m_state = State::ValueRequired;
        return;
    }
valueStart:
    if (*p == '"') {
        if (PayloadRules::checksStart(m_slot) && !m_rules.start(m_slot, Kind::String)) {
            failSchema();
            return;
        }
        ++p;
        plain = findSpecial(p, end);
        if (plain != end && *plain == '"') { // the common case, as for keys
            m_rules.scalar(m_slot, Kind::String, plainText(p, plain, PayloadRules::wantsText(m_slot)));
            p = plain + 1;
            goto afterValue;
        }
        beginString(false);
        goto stringBody;
    }
    if (!beginValue(p))
        return;
    switch (m_state) {
    case State::ObjectOpen:
        ++p;
        goto objectOpen;
    case State::ArrayOpen:
        ++p;
        goto arrayOpen;
    case State::Literal:
        ++p;
        goto literal;
    default:
        goto number; // it reads its first byte itself
    }

arrayOpen:
    p = skipSpace(p, end);
    if (p == end) {
        m_state = State::ArrayOpen;
        return;
    }
    if (*p == ']') {
        ++p;
        goto closeContainer;
    }
    goto valueStart;

number:
    p = m_number.scan(p, end);
    if (p == end) {
        m_state = State::Number;
        return;
    }
    if (!m_number.valid()) {
        failSyntax("illegal number", p);
        return;
    }
    m_rules.scalar(m_slot, Kind::Number, {});
    goto afterValue;

literal:
    for (; *m_literal != 0; ++p, ++m_literal) {
        if (p == end) {
            m_state = State::Literal;
            return;
        }
        if (*p != uchar(*m_literal)) {
            failSyntax("illegal value", p);
            return;
        }
    }
    m_rules.scalar(m_slot, Kind::Literal, {});

afterValue:
    if (m_depth == 0)
        goto documentEnd;
    p = skipSpace(p, end);
    if (p == end) {
        m_state = State::AfterValue;
        return;
    }
    c = *p;
    frame = m_frames[m_depth - 1];
    object = PayloadRules::isObject(frame);
    if (c == ',') {
        ++p;
        if (object)
            goto keyRequired;
        m_slot = PayloadRules::elementSlot(frame);
        goto valueRequired;
    }
    if (c != (object ? '}' : ']')) {
        failSyntax(object ? "expected ',' or '}'" : "expected ',' or ']'", p);
        return;
    }
    ++p;

closeContainer:
    --m_depth;
    if (!m_rules.close(m_frames[m_depth], m_slots[m_depth])) {
        failSchema();
        return;
    }
    goto afterValue;

documentEnd:
    p = skipSpace(p, end);
    m_state = State::End;
    if (p != end)
        failSyntax("unexpected data after the top-level object", p);
}

bool PayloadScanner::openContainer(const uchar* p, bool object)
{
    if (m_depth == maxDepth) {
        failSyntax("too deeply nested document", p);
        return false;
    }
    Frame frame = Frame::Object;
    m_rules.open(m_slot, object, &frame);
    m_frames[m_depth] = frame;
    m_slots[m_depth] = m_slot;
    ++m_depth;
    m_state = object ? State::ObjectOpen : State::ArrayOpen;
    if (!object)
        m_slot = PayloadRules::elementSlot(frame);
    return true;
}

// The bytes of an escape or a UTF-8 sequence, which may continue in the next chunk.
const uchar* PayloadScanner::pending(const uchar* p, const uchar* end)
{
    while ((m_escape != 0 || m_utf8Left != 0) && p < end) {
        const uchar c = *p;
        if (m_utf8Left != 0) {
            if (c < m_utf8Low || c > m_utf8High) {
                failSyntax("invalid UTF-8 string", p);
                return end;
            }
            m_codePoint = (m_codePoint << 6) | (c & 0x3F);
            m_utf8Low = 0x80;
            m_utf8High = 0xBF;
            if (--m_utf8Left == 0 && m_capture)
                character(m_codePoint);
        } else if (m_escape == 1) {
            if (c == 'u') {
                m_escape = 5;
                m_codePoint = 0;
            } else {
                m_escape = 0;
                if (m_capture)
                    character(escapedCharacter(c));
            }
        } else {
            const int digit = hexValue(c);
            if (digit < 0) {
                failSyntax("invalid escape sequence", p);
                return end;
            }
            m_codePoint = m_codePoint * 16 + char32_t(digit);
            if (--m_escape == 1) {
                m_escape = 0;
                if (m_capture)
                    character(m_codePoint); // a lone surrogate stays one UTF-16 unit, as in QJsonDocument
            }
        }
        ++p;
    }
    return p;
}

void PayloadScanner::character(char32_t c)
{
    if (c < 0x80 && m_textLength < textCapacity)
        m_text[m_textLength] = char(c);
    else if (c >= 0x80)
        m_textAscii = false;
    ++m_textLength;
    if (!m_textNonSpace)
        m_textNonSpace = !QChar::isSpace(c);
}

// A UTF-8 lead byte: the allowed range of the first continuation byte rules out overlong forms, surrogates and
// code points above U+10FFFF, as Qt's decoder does. False for a byte no sequence starts with.
bool PayloadScanner::utf8Lead(uchar c)
{
    m_utf8Low = 0x80;
    m_utf8High = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        m_utf8Left = 1;
        m_codePoint = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        m_utf8Left = 2;
        m_codePoint = c & 0x0F;
        m_utf8Low = c == 0xE0 ? 0xA0 : 0x80;
        m_utf8High = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        m_utf8Left = 3;
        m_codePoint = c & 0x07;
        m_utf8Low = c == 0xF0 ? 0x90 : 0x80;
        m_utf8High = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return false;
    }
    return true;
}

// `at` null means the end of the input.
void PayloadScanner::failSyntax(const char* what, const uchar* at)
{
    const qint64 offset = at ? offsetOf(at) : m_chunkOffset;
    QString message = QStringLiteral("File is not valid JSON: %1 at offset %2").arg(QLatin1String(what)).arg(offset);
    if (const QString where = m_rules.location(); !where.isEmpty())
        message += QStringLiteral(" in ") + where;
    m_result = PayloadSchema::Result();
    m_result.message = message;
    m_state = State::Failed;
}

void PayloadScanner::failSchema()
{
    m_result = PayloadSchema::Result();
    m_result.message = m_rules.message();
    m_state = State::Failed;
}

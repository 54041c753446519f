#include "import/xlsxsheetmarkup.h"

#include <array>

namespace
{
    // Byte classes, one table lookup per byte instead of a chain of comparisons.
    enum ByteClass : unsigned char
    {
        NameByte = 1,  // in an attribute name of the accepted shapes: letters, digits, ':', '_', '-', '.'
        ValueByte = 2, // in an attribute value: anything but the quote, markup, an entity or a line end or tab
        TextByte = 4   // in a <v>: XmlScanner::plainText's printable ASCII without '&', '<' or '>'
    };

    constexpr std::array<unsigned char, 256> byteClasses()
    {
        std::array<unsigned char, 256> classes {};
        for (int c = 0; c < 256; ++c) {
            unsigned char bits = 0;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' || c == '_' ||
                c == '-' || c == '.')
                bits |= NameByte;
            if (c != '"' && c != '<' && c != '&' && c != '\t' && c != '\n' && c != '\r')
                bits |= ValueByte;
            if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>')
                bits |= TextByte;
            classes[size_t(c)] = bits;
        }
        return classes;
    }

    constexpr std::array<unsigned char, 256> Classes = byteClasses();

    inline bool is(char c, ByteClass byteClass)
    {
        return (Classes[static_cast<unsigned char>(c)] & byteClass) != 0;
    }

    // A short literal at p, compared inline (a memcmp call per tag showed in perf).
    template<size_t N> inline bool at(const char* p, const char* end, const char (&literal)[N])
    {
        if (end - p < qsizetype(N - 1))
            return false;
        for (size_t i = 0; i + 1 < N; ++i) {
            if (p[i] != literal[i])
                return false;
        }
        return true;
    }
} // namespace

const char* XlsxSheetMarkup::readAttributes(const char* p, const char* end)
{
    m_reference = m_type = m_style = m_value = QByteArrayView();
    bool seenReference = false;
    bool seenType = false;
    bool seenStyle = false;
    // Each: one or more spaces, a name, '="', a value, '"'.
    while (p < end && *p == ' ') {
        while (p < end && *p == ' ')
            ++p;
        const char* const name = p;
        while (p < end && is(*p, NameByte))
            ++p;
        if (p == name)
            break; // spaces before '>' or "/>"
        if (end - p < 2 || p[0] != '=' || p[1] != '"')
            return nullptr;
        p += 2;
        const char* const valueStart = p;
        while (p < end && is(*p, ValueByte))
            ++p;
        if (p == end || *p != '"')
            return nullptr;
        const QByteArrayView value(valueStart, p - valueStart);
        ++p;
        if (valueStart - name != 3) // not a one-letter name and '="'
            continue;
        if (*name == 'r' && !seenReference) {
            m_reference = value;
            seenReference = true;
        } else if (*name == 't' && !seenType) {
            m_type = value;
            seenType = true;
        } else if (*name == 's' && !seenStyle) {
            m_style = value;
            seenStyle = true;
        }
    }
    return p;
}

qsizetype XlsxSheetMarkup::readCell(QByteArrayView bytes)
{
    const char* const begin = bytes.data();
    const char* const end = begin + bytes.size();
    if (bytes.size() < 4 || begin[0] != '<' || begin[1] != 'c')
        return 0;
    const char* p = readAttributes(begin + 2, end);
    if (!p)
        return 0;
    if (at(p, end, "/>"))
        return p + 2 - begin;
    if (p == end || *p != '>')
        return 0;
    ++p;
    if (at(p, end, "</c>"))
        return p + 4 - begin;
    if (!at(p, end, "<v>"))
        return 0;
    p += 3;
    const char* const valueStart = p;
    while (p < end && is(*p, TextByte))
        ++p;
    if (p == valueStart || !at(p, end, "</v></c>"))
        return 0; // an empty value, another byte or child, or the end not in the bytes yet
    m_value = QByteArrayView(valueStart, p - valueStart);
    return p + 8 - begin;
}

qsizetype XlsxSheetMarkup::readRowStart(QByteArrayView bytes)
{
    const char* const begin = bytes.data();
    const char* const end = begin + bytes.size();
    if (!at(begin, end, "<row"))
        return 0;
    const char* const p = readAttributes(begin + 4, end);
    if (!p || p == end || *p != '>')
        return 0;
    return p + 1 - begin;
}

bool XlsxSheetMarkup::isRowEnd(QByteArrayView bytes)
{
    return at(bytes.data(), bytes.data() + bytes.size(), "</row>");
}

#include "import/textdecoder.h"

#include <QtEndian>

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define TORIISYNC_DECODER_SSE2 1
#endif

namespace
{
    // Windows-1252 0x80-0x9F; the five unassigned bytes map to the C1 controls, as WHATWG's decoder does.
    constexpr char16_t cp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                         0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                         0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                         0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

    char16_t cp1252(uchar byte)
    {
        return byte >= 0x80 && byte < 0xA0 ? cp1252High[byte - 0x80] : char16_t(byte);
    }

    int utf8Length(char16_t unit)
    {
        return unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
    }

    char* putUtf8(char* out, char32_t code)
    {
        if (code < 0x80) {
            *out++ = char(code);
        } else if (code < 0x800) {
            *out++ = char(0xC0 | (code >> 6));
            *out++ = char(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            *out++ = char(0xE0 | (code >> 12));
            *out++ = char(0x80 | ((code >> 6) & 0x3F));
            *out++ = char(0x80 | (code & 0x3F));
        } else {
            *out++ = char(0xF0 | (code >> 18));
            *out++ = char(0x80 | ((code >> 12) & 0x3F));
            *out++ = char(0x80 | ((code >> 6) & 0x3F));
            *out++ = char(0x80 | (code & 0x3F));
        }
        return out;
    }

    // A bit a byte of p[0..15] that is not ASCII (bit i for p[i]).
    inline int nonAsciiBytes(const uchar* p)
    {
#if defined(TORIISYNC_DECODER_SSE2)
        return _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
#else
        const quint64 high = 0x8080808080808080ULL;
        const quint64 a = qFromLittleEndian<quint64>(p) & high;
        const quint64 c = qFromLittleEndian<quint64>(p + 8) & high;
        if ((a | c) == 0)
            return 0;
        // The high bit of byte k is bit 8k + 7: gather them into bits 0..7 (the multiply adds no carries).
        const auto gather = [](quint64 w) { return int(((w >> 7) * 0x0102040810204080ULL) >> 56); };
        return gather(a) | gather(c) << 8;
#endif
    }
} // namespace

qsizetype TextDecoder::bomLength(QByteArrayView data, Dialect::Encoding encoding)
{
    const auto* b = reinterpret_cast<const uchar*>(data.data());
    switch (encoding) {
    case Dialect::Encoding::Utf8:
        return data.size() >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0;
    case Dialect::Encoding::Utf16LE:
        return data.size() >= 2 && b[0] == 0xFF && b[1] == 0xFE ? 2 : 0;
    case Dialect::Encoding::Utf16BE:
        return data.size() >= 2 && b[0] == 0xFE && b[1] == 0xFF ? 2 : 0;
    case Dialect::Encoding::Windows1252:
        return 0;
    }
    return 0;
}

TextDecoder::Detection TextDecoder::detect(QByteArrayView data, bool complete)
{
    Detection d;
    for (const auto encoding : {Dialect::Encoding::Utf8, Dialect::Encoding::Utf16LE, Dialect::Encoding::Utf16BE}) {
        if (const qsizetype length = bomLength(data, encoding)) {
            d.encoding = encoding;
            d.bom = true;
            d.bomLength = length;
            // The BOM says UTF-8: any invalid byte is a stray one.
            d.strayBytes = encoding == Dialect::Encoding::Utf8 && firstInvalidUtf8(data.sliced(length), complete) >= 0;
            return d;
        }
    }
    // UTF-16 without a BOM: text in Latin scripts has a zero in every other byte.
    const qsizetype window = std::min<qsizetype>(data.size() & ~qsizetype(1), 4096);
    if (window >= 4) {
        qsizetype evenZero = 0;
        qsizetype oddZero = 0;
        for (qsizetype i = 0; i < window; i += 2) {
            evenZero += data[i] == 0;
            oddZero += data[i + 1] == 0;
        }
        const qsizetype units = window / 2;
        if (oddZero * 10 >= units * 4 && evenZero * 10 < units) {
            d.encoding = Dialect::Encoding::Utf16LE;
            return d;
        }
        if (evenZero * 10 >= units * 4 && oddZero * 10 < units) {
            d.encoding = Dialect::Encoding::Utf16BE;
            return d;
        }
    }
    const qsizetype invalid = firstInvalidUtf8(data, complete);
    if (invalid < 0)
        return d;
    // A mostly-UTF-8 file with a stray byte is still UTF-8; a Windows-1252 file has (almost) no valid sequence.
    qsizetype valid = 0;
    qsizetype stray = 0;
    for (qsizetype i = 0; i < data.size() && valid <= stray + 64;) {
        const qsizetype bad = firstInvalidUtf8(data.sliced(i), complete);
        const QByteArrayView good = data.sliced(i, bad < 0 ? data.size() - i : bad);
        valid += std::count_if(good.begin(), good.end(), [](char c) { return (uchar(c) & 0xC0) == 0xC0; });
        if (bad < 0)
            break;
        ++stray;
        i += bad + 1;
    }
    d.strayBytes = valid > stray;
    if (!d.strayBytes)
        d.encoding = Dialect::Encoding::Windows1252;
    return d;
}

QList<qint64> TextDecoder::repairUtf8(QByteArray& bytes, qsizetype start)
{
    QList<qint64> lines;
    QByteArray out;
    out.reserve(bytes.size() + 64);
    const QByteArrayView in(bytes);
    qint64 line = 1;
    qsizetype i = start;
    while (i < in.size()) {
        const qsizetype bad = firstInvalidUtf8(in.sliced(i), true);
        const QByteArrayView good = in.sliced(i, bad < 0 ? in.size() - i : bad);
        out.append(good);
        line += std::count(good.begin(), good.end(), '\n');
        if (bad < 0)
            break;
        char buffer[4];
        out.append(buffer, putUtf8(buffer, cp1252(uchar(in[i + bad]))) - buffer);
        if (lines.isEmpty() || lines.constLast() != line)
            lines.append(line);
        i += bad + 1;
    }
    bytes = std::move(out);
    return lines;
}

qsizetype TextDecoder::firstInvalidUtf8(QByteArrayView data, bool complete)
{
    const auto* b = reinterpret_cast<const uchar*>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        if (i + 16 <= n) {
            // Sixteen bytes at a time while they are ASCII, then straight to the first byte that is not: an
            // export's names put one or two such bytes in most rows, and stepping over the ASCII bytes
            // around them one at a time cost more than the rest of the check.
            const int nonAscii = nonAsciiBytes(b + i);
            if (nonAscii == 0) {
                i += 16;
                continue;
            }
            i += std::countr_zero(unsigned(nonAscii));
        } else if (b[i] < 0x80) {
            ++i;
            continue;
        }
        const uchar lead = b[i];
        const int length = lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0;
        if (length == 0)
            return i;
        if (i + length > n) {
            for (qsizetype k = i + 1; k < n; ++k) {
                if ((b[k] & 0xC0) != 0x80)
                    return i;
            }
            return complete ? i : -1;
        }
        const uchar second = b[i + 1];
        if ((second & 0xC0) != 0x80)
            return i;
        if (length >= 3) {
            if ((b[i + 2] & 0xC0) != 0x80)
                return i;
            // Overlong forms, UTF-16 surrogates and code points beyond U+10FFFF.
            if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) ||
                (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second >= 0x90))
                return i;
            if (length == 4 && (b[i + 3] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

qsizetype TextDecoder::firstNul(QByteArrayView data, qsizetype window)
{
    const qsizetype n = std::min(data.size(), window);
    const void* hit = std::memchr(data.data(), 0, size_t(n));
    return hit ? static_cast<const char*>(hit) - data.data() : -1;
}

qint64 TextDecoder::lineAt(QByteArrayView data, qsizetype offset)
{
    return 1 + std::count(data.begin(), data.begin() + std::min(offset, data.size()), '\n');
}

bool TextDecoder::toUtf8(QByteArray& bytes, Dialect::Encoding encoding, bool complete, qsizetype* textStart,
                         ImportError* error, bool validUtf8)
{
    const qsizetype bom = bomLength(bytes, encoding);
    *textStart = bom;
    switch (encoding) {
    case Dialect::Encoding::Utf8: {
        if (validUtf8)
            return true;
        const QByteArrayView text = QByteArrayView(bytes).sliced(bom);
        const qsizetype bad = firstInvalidUtf8(text, complete);
        if (bad >= 0) {
            error->message = tr("Invalid UTF-8 byte 0x%1; the file may use another encoding (try Windows-1252)")
                                 .arg(uint(uchar(text[bad])), 2, 16, QLatin1Char('0'))
                                 .toUpper();
            error->byteOffset = bom + bad;
            error->line = lineAt(text, bad);
            return false;
        }
        return true;
    }
    case Dialect::Encoding::Windows1252:
        windows1252ToUtf8(bytes, 0);
        *textStart = 0;
        return true;
    case Dialect::Encoding::Utf16LE:
    case Dialect::Encoding::Utf16BE:
        if (!utf16ToUtf8(bytes, bom, encoding == Dialect::Encoding::Utf16BE, complete, error))
            return false;
        *textStart = 0;
        return true;
    }
    return true;
}

void TextDecoder::windows1252ToUtf8(QByteArray& bytes, qsizetype start)
{
    const auto* in = reinterpret_cast<const uchar*>(bytes.constData());
    qsizetype size = 0;
    for (qsizetype i = start; i < bytes.size(); ++i)
        size += utf8Length(cp1252(in[i]));
    QByteArray out(size, Qt::Uninitialized);
    char* o = out.data();
    for (qsizetype i = start; i < bytes.size(); ++i)
        o = putUtf8(o, cp1252(in[i]));
    bytes = std::move(out);
}

bool TextDecoder::utf16ToUtf8(QByteArray& bytes, qsizetype start, bool bigEndian, bool complete, ImportError* error)
{
    const auto* in = reinterpret_cast<const uchar*>(bytes.constData());
    qsizetype n = bytes.size();
    if ((n - start) % 2) {
        if (complete) {
            error->message = tr("The UTF-16 text ends in the middle of a character (odd number of bytes)");
            error->byteOffset = n - 1;
            return false;
        }
        --n;
    }
    // Worst case 3 UTF-8 bytes per UTF-16 unit; the untouched tail of the allocation costs no memory.
    QByteArray out((n - start) / 2 * 3, Qt::Uninitialized);
    char* o = out.data();
    qint64 line = 1;
    const auto unitAt = [&](qsizetype i) -> char16_t {
        return bigEndian ? char16_t(in[i] << 8 | in[i + 1]) : char16_t(in[i + 1] << 8 | in[i]);
    };
    for (qsizetype i = start; i < n; i += 2) {
        const char16_t unit = unitAt(i);
        if (unit < 0x80) {
            *o++ = char(unit);
            line += unit == u'\n';
            continue;
        }
        char32_t code = unit;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (i + 3 < n) {
                const char16_t low = unitAt(i + 2);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    code = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (low - 0xDC00);
                    i += 2;
                    o = putUtf8(o, code);
                    continue;
                }
            } else if (!complete) {
                break;
            }
            code = 0; // unpaired high surrogate
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            code = 0;
        }
        if (code == 0) {
            error->message =
                tr("Invalid UTF-16 text: unpaired surrogate 0x%1").arg(uint(unit), 4, 16, QLatin1Char('0'));
            error->byteOffset = i;
            error->line = line;
            return false;
        }
        o = putUtf8(o, code);
    }
    out.truncate(o - out.constData());
    bytes = std::move(out);
    return true;
}

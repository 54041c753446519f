#include "mapping/emailaddress.h"

#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define TORIISYNC_EMAIL_SSE2 1
#endif

namespace
{
    constexpr bool isAtext(unsigned char c)
    {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))
            return true;
        switch (c) {
        case '!':
        case '#':
        case '$':
        case '%':
        case '&':
        case '\'':
        case '*':
        case '+':
        case '/':
        case '=':
        case '?':
        case '^':
        case '_':
        case '`':
        case '{':
        case '|':
        case '}':
        case '~':
        case '-':
            return true;
        default:
            return false;
        }
    }

    // Invisible or space-like code points that must never be inside an address (U+200B..U+200F, U+2028..
    // U+202F, U+2060..U+2064, U+FEFF, U+00A0, U+00AD).
    bool isInvisible(const unsigned char* p, qsizetype left, int* length)
    {
        if (p[0] == 0xC2 && left >= 2 && (p[1] == 0xA0 || p[1] == 0xAD)) {
            *length = 2;
            return true;
        }
        if (p[0] == 0xE2 && left >= 3) {
            *length = 3;
            if (p[1] == 0x80 && ((p[2] >= 0x8B && p[2] <= 0x8F) || (p[2] >= 0xA8 && p[2] <= 0xAF)))
                return true;
            if (p[1] == 0x81 && p[2] >= 0xA0 && p[2] <= 0xA4)
                return true;
        }
        if (p[0] == 0xEF && left >= 3 && p[1] == 0xBB && p[2] == 0xBF) {
            *length = 3;
            return true;
        }
        return false;
    }

    QString checkLocal(QByteArrayView local)
    {
        if (local.isEmpty())
            return EmailAddress::tr("nothing before the @");
        if (local.size() > 64)
            return EmailAddress::tr("the part before the @ is longer than 64 characters");
        if (local.size() >= 2 && local.front() == '"' && local.back() == '"') {
            for (qsizetype i = 1; i + 1 < local.size(); ++i) {
                const unsigned char c = static_cast<unsigned char>(local[i]);
                if (c < 0x20 || c == 0x7F || (c == '"' && local[i - 1] != '\\'))
                    return EmailAddress::tr("invalid character in the quoted part before the @");
            }
            return QString();
        }
        if (local.front() == '.' || local.back() == '.')
            return EmailAddress::tr("the part before the @ starts or ends with a dot");
        for (qsizetype i = 0; i < local.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(local[i]);
            if (c == '.') {
                if (local[i - 1] == '.')
                    return EmailAddress::tr("two dots in a row");
                continue;
            }
            if (c >= 0x80) {
                int length = 0;
                if (isInvisible(reinterpret_cast<const unsigned char*>(local.data()) + i, local.size() - i, &length))
                    return EmailAddress::tr("contains an invisible character");
                continue;
            }
            if (c == ' ')
                return EmailAddress::tr("contains a space");
            if (!isAtext(c))
                return EmailAddress::tr("contains the character '%1'").arg(QLatin1Char(static_cast<char>(c)));
        }
        return QString();
    }

    QString checkDomain(QByteArrayView domain)
    {
        if (domain.isEmpty())
            return EmailAddress::tr("nothing after the @");
        if (domain.size() > 253)
            return EmailAddress::tr("the domain is longer than 253 characters");
        if (domain.front() == '[')
            return EmailAddress::tr("an IP address instead of a domain");
        qsizetype labelStart = 0;
        int labels = 0;
        bool tldNumeric = true;
        for (qsizetype i = 0; i <= domain.size(); ++i) {
            if (i == domain.size() || domain[i] == '.') {
                const QByteArrayView label = domain.sliced(labelStart, i - labelStart);
                if (label.isEmpty())
                    return EmailAddress::tr("the domain has an empty part (two dots, or a dot at an end)");
                if (label.size() > 63)
                    return EmailAddress::tr("a domain part is longer than 63 characters");
                if (label.front() == '-' || label.back() == '-')
                    return EmailAddress::tr("a domain part starts or ends with a hyphen");
                tldNumeric = true;
                for (const char ch : label)
                    tldNumeric = tldNumeric && ch >= '0' && ch <= '9';
                ++labels;
                labelStart = i + 1;
                continue;
            }
            const unsigned char c = static_cast<unsigned char>(domain[i]);
            if (c >= 0x80) {
                int length = 0;
                if (isInvisible(reinterpret_cast<const unsigned char*>(domain.data()) + i, domain.size() - i, &length))
                    return EmailAddress::tr("contains an invisible character");
                continue;
            }
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || (c >= 'A' && c <= 'Z'))) {
                if (c == ' ')
                    return EmailAddress::tr("contains a space");
                return EmailAddress::tr("the domain contains the character '%1'")
                    .arg(QLatin1Char(static_cast<char>(c)));
            }
        }
        if (labels < 2)
            return EmailAddress::tr("the domain has no top-level part (like .com)");
        if (tldNumeric)
            return EmailAddress::tr("the top-level domain is a number");
        return QString();
    }

    bool isTrimmable(unsigned char c)
    {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
    }

    // The fast paths below handle the plain addresses that make up almost every row of a big export, and
    // answer false whenever the general code is needed: they never decide differently from it (tests hold
    // normalize() to normalizeGeneral() on every sample and on random cells).

    // ASCII lower case of eight ASCII bytes at once: 0x20 added where a byte is within 'A'..'Z'.
    inline quint64 lowerAscii(quint64 word)
    {
        constexpr quint64 ones = 0x0101010101010101ULL;
        const quint64 atLeastA = word + ones * (0x80 - 'A');
        const quint64 aboveZ = word + ones * (0x80 - 'Z' - 1);
        return word | (((atLeastA & ~aboveZ) & (ones * 0x80)) >> 2);
    }

#if defined(TORIISYNC_EMAIL_SSE2)
    // Sixteen bytes lower-cased into *out; false when one is not ASCII.
    inline bool lowerAscii16(__m128i v, __m128i* out)
    {
        if (_mm_movemask_epi8(v) != 0)
            return false;
        const __m128i upper =
            _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
        *out = _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
        return true;
    }
#endif

    // A cell that is plain ASCII with nothing to trim, no "mailto:" and no trailing dot normalises to its
    // lower case: written to *out. False (out unspecified) otherwise. Whole words are read, the tail as a word
    // overlapping the one before, so an address costs a few loads instead of a loop over its last bytes.
    bool normalizePlain(QByteArrayView cell, QByteArray* out)
    {
        const qsizetype n = cell.size();
        if (n == 0)
            return false;
        const unsigned char first = static_cast<unsigned char>(cell.front());
        const unsigned char last = static_cast<unsigned char>(cell.back());
        if (isTrimmable(first) || isTrimmable(last) || first == 'm' || first == 'M' || last == '.')
            return false;
        if (out->size() != n) // most rows' addresses are as long as the row's before: no call into Qt
            out->resize(n);
        char* dst = out->data();
        const char* src = cell.data();
#if defined(TORIISYNC_EMAIL_SSE2)
        if (n >= 16) {
            qsizetype i = 0;
            __m128i lowered;
            for (; i + 16 <= n; i += 16) {
                if (!lowerAscii16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i)), &lowered))
                    return false;
                _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + i), lowered);
            }
            if (i < n) {
                if (!lowerAscii16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(src + n - 16)), &lowered))
                    return false;
                _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + n - 16), lowered);
            }
            return true;
        }
#endif
        if (n >= 8) {
            qsizetype i = 0;
            quint64 word;
            for (; i + 8 <= n; i += 8) {
                std::memcpy(&word, src + i, 8);
                if (word & 0x8080808080808080ULL)
                    return false;
                word = lowerAscii(word);
                std::memcpy(dst + i, &word, 8);
            }
            if (i < n) {
                std::memcpy(&word, src + n - 8, 8);
                if (word & 0x8080808080808080ULL)
                    return false;
                word = lowerAscii(word);
                std::memcpy(dst + n - 8, &word, 8);
            }
            return true;
        }
        for (qsizetype i = 0; i < n; ++i) {
            const char c = src[i];
            if (static_cast<unsigned char>(c) >= 0x80)
                return false;
            dst[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
        }
        return true;
    }

    // Character classes for isPlainValid: atext (RFC 5322, ASCII) in the local part; letters, digits and '-'
    // in a domain label (upper case included: the table is not only for lower-cased input).
    enum : unsigned char
    {
        LocalChar = 1,
        DomainChar = 2
    };
    constexpr std::array<unsigned char, 256> plainClasses = [] {
        std::array<unsigned char, 256> t {};
        for (int c = 0; c < 0x80; ++c) {
            if (isAtext(static_cast<unsigned char>(c)))
                t[size_t(c)] |= LocalChar;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')
                t[size_t(c)] |= DomainChar;
        }
        return t;
    }();

    // True only for an address validate() accepts without a second look, checked in one pass: one '@', an
    // unquoted local part of atext with single inner dots, a domain of 2+ letter/digit/hyphen labels with a
    // non-numeric TLD, all within the length limits. False sends the address to validate().
    bool isPlainValidBytes(QByteArrayView address)
    {
        const unsigned char* p = reinterpret_cast<const unsigned char*>(address.data());
        const qsizetype n = address.size();
        qsizetype i = 0;
        bool afterDot = true; // a leading dot is refused like a double one
        for (; i < n && p[i] != '@'; ++i) {
            if (p[i] == '.') {
                if (afterDot)
                    return false;
                afterDot = true;
            } else if (plainClasses[p[i]] & LocalChar) {
                afterDot = false;
            } else {
                return false;
            }
        }
        if (i == n || i == 0 || i > 64 || afterDot || n - i - 1 > 253)
            return false;
        int labels = 0;
        qsizetype labelStart = i + 1;
        bool numeric = true;
        for (++i; i <= n; ++i) {
            if (i == n || p[i] == '.') {
                const qsizetype length = i - labelStart;
                if (length == 0 || length > 63 || p[labelStart] == '-' || p[i - 1] == '-')
                    return false;
                ++labels;
                if (i < n)
                    numeric = true;
                labelStart = i + 1;
                continue;
            }
            if (!(plainClasses[p[i]] & DomainChar)) // a second '@' too
                return false;
            numeric = numeric && p[i] >= '0' && p[i] <= '9';
        }
        return labels >= 2 && !numeric;
    }

#if defined(TORIISYNC_EMAIL_SSE2)
    // Bit i of each mask is byte i of an address of up to 64 bytes.
    struct ByteClasses
    {
        quint64 plain = 0;     // a-z, 0-9, '.', '-', '@', '_', '+': the alphabet decided here
        quint64 at = 0;        // '@'
        quint64 dot = 0;       // '.'
        quint64 hyphen = 0;    // '-'
        quint64 localOnly = 0; // '_', '+': atext, but not in a domain
    };

    // Classifies sixteen bytes; place(mask) puts a 16-bit movemask at the bytes' positions in the address.
    template<typename Place> inline void classify(__m128i v, ByteClasses* c, const Place& place)
    {
        // Signed compares: bytes >= 0x80 are negative, below every bound.
        const __m128i lower =
            _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1)));
        const __m128i digit =
            _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
        const __m128i at = _mm_cmpeq_epi8(v, _mm_set1_epi8('@'));
        const __m128i dot = _mm_cmpeq_epi8(v, _mm_set1_epi8('.'));
        const __m128i hyphen = _mm_cmpeq_epi8(v, _mm_set1_epi8('-'));
        const __m128i localOnly =
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('_')), _mm_cmpeq_epi8(v, _mm_set1_epi8('+')));
        const __m128i plain = _mm_or_si128(_mm_or_si128(_mm_or_si128(lower, digit), _mm_or_si128(at, dot)),
                                           _mm_or_si128(hyphen, localOnly));
        c->plain |= place(_mm_movemask_epi8(plain));
        c->at |= place(_mm_movemask_epi8(at));
        c->dot |= place(_mm_movemask_epi8(dot));
        c->hyphen |= place(_mm_movemask_epi8(hyphen));
        c->localOnly |= place(_mm_movemask_epi8(localOnly));
    }

    enum class Verdict
    {
        Valid,
        Invalid,
        Undecided // a byte outside the alphabet handled here: isPlainValidBytes decides
    };

    // isPlainValidBytes for addresses of 8 to 64 bytes of lower-case letters, digits and ".-@_+" (almost every
    // address of a big export), sixteen bytes at a time: the byte classes as bit masks, then the rules as
    // arithmetic on the masks instead of a branch per byte (it was ~340 instructions an address, run twice
    // a row). Decides exactly as isPlainValidBytes; tests hold both to validate().
    Verdict plainVerdict(QByteArrayView address)
    {
        const char* p = address.data();
        const int n = static_cast<int>(address.size());
        ByteClasses c;
        if (n < 16) {
            // Two overlapping halves: bytes 0..7 and n-8..n-1.
            const __m128i head = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(p));
            const __m128i tail = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(p + n - 8));
            classify(_mm_unpacklo_epi64(head, tail), &c,
                     [n](int mask) { return quint64(mask & 0xFF) | (quint64(unsigned(mask) >> 8) << (n - 8)); });
        } else {
            int k = 0;
            for (; k + 16 <= n; k += 16)
                classify(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k)), &c,
                         [k](int mask) { return quint64(unsigned(mask)) << k; });
            if (k < n) // the last sixteen bytes, overlapping the chunk before
                classify(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + n - 16)), &c,
                         [n](int mask) { return quint64(unsigned(mask)) << (n - 16); });
        }
        const quint64 all = n == 64 ? ~quint64(0) : (quint64(1) << n) - 1;
        if (c.plain != all)
            return Verdict::Undecided;
        const quint64 at = c.at;
        if (at == 0 || (at & (at - 1)) != 0)
            return Verdict::Invalid; // no '@', or two
        const int atIndex = std::countr_zero(at);
        if (atIndex == 0 || atIndex == n - 1)
            return Verdict::Invalid; // nothing before or after the '@' (at most 63 bytes each: no length limit hit)
        const quint64 domain = all & ~((at << 1) - 1);
        if (c.localOnly & domain)
            return Verdict::Invalid;
        const quint64 dot = c.dot;
        // Two dots in a row, a dot first, last or beside the '@': a dot rule of the local part, or an empty
        // domain label.
        if ((dot & (dot >> 1)) != 0 || (dot & (1 | (at >> 1) | (at << 1) | (quint64(1) << (n - 1)))) != 0)
            return Verdict::Invalid;
        const quint64 domainDots = dot & domain;
        if (domainDots == 0)
            return Verdict::Invalid; // one label: no TLD
        const quint64 labelStarts = ((domainDots | at) << 1) & domain;
        const quint64 labelEnds = ((domainDots >> 1) | (quint64(1) << (n - 1))) & domain;
        if (c.hyphen & (labelStarts | labelEnds))
            return Verdict::Invalid;
        // The TLD (after the last dot) must not be all digits.
        for (int i = 64 - std::countl_zero(domainDots); i < n; ++i) {
            if (p[i] < '0' || p[i] > '9')
                return Verdict::Valid;
        }
        return Verdict::Invalid;
    }
#endif

    bool isPlainValid(QByteArrayView address)
    {
#if defined(TORIISYNC_EMAIL_SSE2)
        if (address.size() >= 8 && address.size() <= 64) {
            const Verdict verdict = plainVerdict(address);
            if (verdict != Verdict::Undecided)
                return verdict == Verdict::Valid;
        }
#endif
        return isPlainValidBytes(address);
    }
} // namespace

EmailAddress::Result EmailAddress::normalize(QByteArrayView cell, QByteArray* out)
{
    Result result;
    if (normalizePlain(cell, out) && isPlainValid(QByteArrayView(*out))) {
        result.valid = true;
        return result;
    }
    return normalizeGeneral(cell, out);
}

EmailAddress::Result EmailAddress::normalizeGeneral(QByteArrayView cell, QByteArray* out)
{
    Result result = normalizeOnlyGeneral(cell, out);
    if (out->isEmpty()) {
        result.empty = true;
        result.problem = tr("no e-mail address");
        return result;
    }
    validate(result, out);
    return result;
}

EmailAddress::Result EmailAddress::normalizeOnly(QByteArrayView cell, QByteArray* out)
{
    if (normalizePlain(cell, out)) {
        Result result;
        result.plain = true;
        return result;
    }
    return normalizeOnlyGeneral(cell, out);
}

EmailAddress::Result EmailAddress::normalizeValidPlain(QByteArrayView cell, QByteArray* out)
{
    if (!normalizePlain(cell, out))
        return normalize(cell, out); // not the cell the caller checked: decide it in full
    Result result;
    result.valid = true;
    return result;
}

EmailAddress::Result EmailAddress::normalizeOnlyGeneral(QByteArrayView cell, QByteArray* out)
{
    Result result;
    qsizetype b = 0;
    qsizetype e = cell.size();
    // White space and no-break spaces around the address are a copy-paste artefact, not part of it.
    for (;;) {
        if (b < e && isTrimmable(static_cast<unsigned char>(cell[b])))
            ++b;
        else if (b + 1 < e && static_cast<unsigned char>(cell[b]) == 0xC2 &&
                 static_cast<unsigned char>(cell[b + 1]) == 0xA0)
            b += 2;
        else
            break;
    }
    for (;;) {
        if (e > b && isTrimmable(static_cast<unsigned char>(cell[e - 1])))
            --e;
        else if (e - 1 > b && static_cast<unsigned char>(cell[e - 2]) == 0xC2 &&
                 static_cast<unsigned char>(cell[e - 1]) == 0xA0)
            e -= 2;
        else
            break;
    }
    QByteArrayView v = cell.sliced(b, e - b);
    if (v.size() > 7 && (v.front() == 'm' || v.front() == 'M') &&
        v.first(7).compare(QByteArrayView("mailto:", 7), Qt::CaseInsensitive) == 0) {
        v = v.sliced(7);
        result.note = tr("removed \"mailto:\"");
    }
    out->resize(v.size());
    char* dst = out->data();
    bool ascii = true;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char c = v[i];
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        dst[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
    }
    if (!ascii)
        *out = QString::fromUtf8(*out).toLower().normalized(QString::NormalizationForm_C).toUtf8();
    if (out->size() > 1 && out->endsWith('.') && out->count('@') == 1 && !out->endsWith("@.") && !out->endsWith("..")) {
        out->chop(1); // "example.com." is the fully qualified form of example.com
        result.note = result.note.isEmpty()
            ? tr("removed the domain's trailing dot")
            : result.note + QStringLiteral("; ") + tr("removed the domain's trailing dot");
    }
    return result;
}

void EmailAddress::validate(Result& result, const QByteArray* out)
{
    const QByteArrayView address(*out);
    qsizetype at = -1;
    bool inQuotes = false;
    int ats = 0;
    for (qsizetype i = 0; i < address.size(); ++i) {
        if (address[i] == '"' && (i == 0 || address[i - 1] != '\\'))
            inQuotes = !inQuotes;
        else if (address[i] == '@' && !inQuotes) {
            ++ats;
            at = i;
        }
    }
    if (ats == 0) {
        result.problem = tr("no @");
        return;
    }
    if (ats > 1) {
        result.problem = tr("more than one @ (two addresses in one cell?)");
        return;
    }
    QString problem = checkLocal(address.first(at));
    if (problem.isEmpty())
        problem = checkDomain(address.sliced(at + 1));
    result.problem = problem;
    result.valid = problem.isEmpty();
}

bool EmailAddress::isValidNormalized(QByteArrayView address)
{
    if (isPlainValid(address))
        return true;
    if (!address.contains('@'))
        return false; // the usual garbage, decided without translating a problem text
    Result result;
    const QByteArray copy = address.toByteArray();
    validate(result, &copy);
    return result.valid;
}

bool EmailAddress::isValid(const QString& address)
{
    QByteArray out;
    return normalize(QByteArrayView(address.toUtf8()), &out).valid;
}

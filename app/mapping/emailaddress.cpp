#include "mapping/emailaddress.h"

#include <array>
#include <cstring>

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

    // A cell that is plain ASCII with nothing to trim, no "mailto:" and no trailing dot normalises to its
    // lower case: written to *out. False (out unspecified) otherwise.
    bool normalizePlain(QByteArrayView cell, QByteArray* out)
    {
        const qsizetype n = cell.size();
        if (n == 0)
            return false;
        const unsigned char first = static_cast<unsigned char>(cell.front());
        const unsigned char last = static_cast<unsigned char>(cell.back());
        if (isTrimmable(first) || isTrimmable(last) || first == 'm' || first == 'M' || last == '.')
            return false;
        out->resize(n);
        char* dst = out->data();
        const char* src = cell.data();
        qsizetype i = 0;
        for (; i + 8 <= n; i += 8) {
            quint64 word;
            std::memcpy(&word, src + i, 8);
            if (word & 0x8080808080808080ULL)
                return false;
            word = lowerAscii(word);
            std::memcpy(dst + i, &word, 8);
        }
        for (; i < n; ++i) {
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
    bool isPlainValid(QByteArrayView address)
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
    if (normalizePlain(cell, out))
        return Result();
    return normalizeOnlyGeneral(cell, out);
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

#include "payload/payloadwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <cstring>
#include <filesystem>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define TORIISYNC_PAYLOAD_SSE2 1
#endif

namespace
{
    constexpr size_t BufferSize = 1 << 20;

    template<size_t N> char* putLiteral(char* out, const char (&literal)[N])
    {
        std::memcpy(out, literal, N - 1);
        return out + N - 1;
    }

    char* putNumber(char* out, qint64 value)
    {
        char digits[24];
        int n = 0;
        quint64 v = value < 0 ? quint64(-(value + 1)) + 1 : quint64(value);
        do {
            digits[n++] = static_cast<char>('0' + v % 10);
            v /= 10;
        } while (v);
        if (value < 0)
            *out++ = '-';
        while (n)
            *out++ = digits[--n];
        return out;
    }

    // True when one of the eight bytes in word is a control character (< 0x20), '"' or '\\': the classic
    // "has a byte less than n" / "has a zero byte" bit tricks, which never miss one (a false alarm would only
    // send the word through the byte loop).
    inline bool needsEscape(quint64 word)
    {
        constexpr quint64 ones = 0x0101010101010101ULL;
        constexpr quint64 high = 0x8080808080808080ULL;
        const quint64 control = (word - ones * 0x20) & ~word & high;
        const quint64 q = word ^ (ones * '"');
        const quint64 b = word ^ (ones * '\\');
        return (control | ((q - ones) & ~q & high) | ((b - ones) & ~b & high)) != 0;
    }

    // Copies n bytes from src to out when none of them needs escaping (the common case: names, addresses,
    // dates) and says so; false leaves out partly written and the caller escapes the whole string instead. A
    // string is read in whole words, its tail as a word overlapping the one before, so a short string costs a
    // few loads and one test instead of a loop over its bytes (the byte loop was 8% of convert's instructions).
    // Stores stay within out[0, n).
#if defined(TORIISYNC_PAYLOAD_SSE2)
    // A bit a byte of v that needs escaping: <= 0x1F (max with 0x1F leaves it 0x1F), '"' or '\\'.
    inline int specialBytes(__m128i v)
    {
        const __m128i controlMax = _mm_set1_epi8(0x1F);
        const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, controlMax), controlMax);
        const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
        const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
        return _mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash)));
    }
#endif

    inline bool copyPlain(char* out, const char* src, size_t n)
    {
#if defined(TORIISYNC_PAYLOAD_SSE2)
        if (n >= 16) {
            size_t i = 0;
            for (; i + 16 <= n; i += 16) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
                if (specialBytes(v))
                    return false;
                _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), v);
            }
            if (i < n) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + n - 16));
                if (specialBytes(v))
                    return false;
                _mm_storeu_si128(reinterpret_cast<__m128i*>(out + n - 16), v);
            }
            return true;
        }
        if (n >= 8) {
            const __m128i head = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(src));
            const __m128i tail = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(src + n - 8));
            if (specialBytes(_mm_unpacklo_epi64(head, tail)))
                return false;
            _mm_storel_epi64(reinterpret_cast<__m128i*>(out), head);
            _mm_storel_epi64(reinterpret_cast<__m128i*>(out + n - 8), tail);
            return true;
        }
        if (n >= 4) {
            int head;
            int tail;
            std::memcpy(&head, src, 4);
            std::memcpy(&tail, src + n - 4, 4);
            // Only the eight bytes loaded count: the zeros above them would read as control characters.
            if (specialBytes(_mm_unpacklo_epi32(_mm_cvtsi32_si128(head), _mm_cvtsi32_si128(tail))) & 0xFF)
                return false;
            std::memcpy(out, &head, 4);
            std::memcpy(out + n - 4, &tail, 4);
            return true;
        }
#else
        if (n >= 8) {
            size_t i = 0;
            for (; i + 8 <= n; i += 8) {
                quint64 word;
                std::memcpy(&word, src + i, 8);
                if (needsEscape(word))
                    return false;
                std::memcpy(out + i, &word, 8);
            }
            if (i < n) {
                quint64 word;
                std::memcpy(&word, src + n - 8, 8);
                if (needsEscape(word))
                    return false;
                std::memcpy(out + n - 8, &word, 8);
            }
            return true;
        }
        if (n >= 4) {
            quint32 head;
            quint32 tail;
            std::memcpy(&head, src, 4);
            std::memcpy(&tail, src + n - 4, 4);
            if (needsEscape(quint64(head) | quint64(tail) << 32))
                return false;
            std::memcpy(out, &head, 4);
            std::memcpy(out + n - 4, &tail, 4);
            return true;
        }
#endif
        if (n == 0)
            return true;
        // 1 to 3 bytes: the first, middle and last cover them all.
        const unsigned char a = static_cast<unsigned char>(src[0]);
        const unsigned char b = static_cast<unsigned char>(src[n / 2]);
        const unsigned char c = static_cast<unsigned char>(src[n - 1]);
        const unsigned char probe[] = {a, b, c};
        for (const unsigned char byte : probe) {
            if (byte < 0x20 || byte == '"' || byte == '\\')
                return false;
        }
        out[0] = static_cast<char>(a);
        out[n / 2] = static_cast<char>(b);
        out[n - 1] = static_cast<char>(c);
        return true;
    }

    // The string's content with escapes, without quotes: putJsonString's way for the rare string that needs
    // them, out of line so the common way stays small where it is inlined.
    Q_NEVER_INLINE char* putEscaped(char* out, QByteArrayView utf8)
    {
        static const char hex[] = "0123456789abcdef";
        const char* p = utf8.data();
        const char* const end = p + utf8.size();
        for (;;) {
            // Eight bytes at a time up to the word that holds a byte to escape.
            while (end - p >= 8) {
                quint64 word;
                std::memcpy(&word, p, 8);
                if (needsEscape(word))
                    break;
                std::memcpy(out, &word, 8);
                out += 8;
                p += 8;
            }
            if (p == end)
                break;
            // The word holding the byte to escape, or the last < 8 bytes: one byte at a time.
            const char* const stop = std::min(end, p + 8);
            for (; p < stop; ++p) {
                const unsigned char c = static_cast<unsigned char>(*p);
                if (c >= 0x20 && c != '"' && c != '\\') {
                    *out++ = static_cast<char>(c);
                    continue;
                }
                *out++ = '\\';
                switch (c) {
                case '"':
                    *out++ = '"';
                    break;
                case '\\':
                    *out++ = '\\';
                    break;
                case '\n':
                    *out++ = 'n';
                    break;
                case '\r':
                    *out++ = 'r';
                    break;
                case '\t':
                    *out++ = 't';
                    break;
                default:
                    out = putLiteral(out, "u00");
                    *out++ = hex[c >> 4];
                    *out++ = hex[c & 15];
                }
            }
        }
        return out;
    }

    // putString, inlined where the payload is written (the call cost as much as a short string's copy).
    inline char* putJsonString(char* out, QByteArrayView utf8)
    {
        *out++ = '"';
        const size_t n = static_cast<size_t>(utf8.size());
        out = copyPlain(out, utf8.data(), n) ? out + n : putEscaped(out, utf8);
        *out++ = '"';
        return out;
    }

    // Worst case of a string written by putString.
    size_t bound(QByteArrayView v)
    {
        return 2 + 6 * static_cast<size_t>(v.size());
    }
} // namespace

PayloadWriter::PayloadWriter(const QString& path)
    : m_path(path)
{ }

PayloadWriter::~PayloadWriter()
{
    abort();
}

char* PayloadWriter::putString(char* out, QByteArrayView utf8)
{
    return putJsonString(out, utf8);
}

char* PayloadWriter::reserve(size_t n)
{
    if (m_buffer.length + n > m_buffer.capacity) {
        flush();
        if (n > m_buffer.capacity) { // one huge cell: grow rather than fail
            m_buffer.data = std::make_unique<char[]>(n);
            m_buffer.capacity = n;
        }
    }
    return m_buffer.data.get() + m_buffer.length;
}

void PayloadWriter::put(const char* literal)
{
    const size_t n = std::strlen(literal);
    char* out = reserve(n);
    std::memcpy(out, literal, n);
    commit(out + n);
}

bool PayloadWriter::open(QString* error)
{
    const QFileInfo target(m_path);
    // Beside the target, so the final rename stays on one file system and is atomic.
    m_file = std::make_unique<QTemporaryFile>(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                                              QStringLiteral(".XXXXXX.part"));
    if (!m_file->open()) { // QTemporaryFile creates the file 0600
        if (error)
            *error = tr("cannot create the payload file in %1: %2")
                         .arg(QDir::toNativeSeparators(target.absolutePath()), m_file->errorString());
        m_file.reset();
        return false;
    }
    m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_sink = std::make_unique<ChunkSink>(m_file.get(), BufferSize);
    m_buffer = m_sink->take();
    put("{\"users\":[");
    return true;
}

void PayloadWriter::flush()
{
    if (m_buffer.length == 0 || !m_sink)
        return;
    m_buffer = m_sink->submit(std::move(m_buffer));
}

void PayloadWriter::writeUser(const MappedUser& user)
{
    // Key order as in Torii's own example; one user per line keeps the file diff- and grep-friendly.
    size_t need = 200 + bound(user.id) + bound(user.email) + bound(user.firstName) + bound(user.lastName) +
        bound(user.status) + bound(user.externalStatus) + bound(user.lastUsedDate);
    for (const QByteArrayView& role : user.roles)
        need += 1 + bound(role);
    char* out = reserve(need);
    out = m_users ? putLiteral(out, ",\n{") : putLiteral(out, "\n{");
    bool first = true;
    auto field = [&](const char* key, size_t keyLength, QByteArrayView value) {
        if (value.isEmpty())
            return;
        if (!first)
            *out++ = ',';
        first = false;
        *out++ = '"';
        std::memcpy(out, key, keyLength);
        out += keyLength;
        *out++ = '"';
        *out++ = ':';
        out = putJsonString(out, value);
    };
#define TORIISYNC_FIELD(key, value) field(key, sizeof(key) - 1, value)
    TORIISYNC_FIELD("id", user.id);
    TORIISYNC_FIELD("email", user.email);
    TORIISYNC_FIELD("firstName", user.firstName);
    TORIISYNC_FIELD("lastName", user.lastName);
    TORIISYNC_FIELD("status", user.status);
    TORIISYNC_FIELD("externalStatus", user.externalStatus);
    if (!user.roles.empty()) {
        out = first ? putLiteral(out, "\"roles\":[") : putLiteral(out, ",\"roles\":[");
        first = false;
        for (size_t i = 0; i < user.roles.size(); ++i) {
            if (i)
                *out++ = ',';
            out = putJsonString(out, user.roles[i]);
        }
        *out++ = ']';
    }
    TORIISYNC_FIELD("lastUsedDate", user.lastUsedDate);
#undef TORIISYNC_FIELD
    *out++ = '}';
    commit(out);
    ++m_users;
}

void PayloadWriter::closeUsers()
{
    if (m_usersClosed)
        return;
    put(m_users ? "\n],\"licenses\":[" : "],\"licenses\":[");
    m_usersClosed = true;
}

void PayloadWriter::beginLicense(QByteArrayView name, const LicenseConstants& constants)
{
    closeUsers();
    char* out = reserve(120 + bound(name));
    out = m_licenses ? putLiteral(out, ",\n{\"name\":") : putLiteral(out, "\n{\"name\":");
    out = putJsonString(out, name);
    if (constants.unassignedAmount) {
        out = putLiteral(out, ",\"unassignedAmount\":");
        out = putNumber(out, *constants.unassignedAmount);
    }
    if (constants.pricePerUser) {
        out = putLiteral(out, ",\"pricePerUser\":");
        out = putNumber(out, *constants.pricePerUser);
    }
    out = putLiteral(out, ",\"users\":[");
    commit(out);
    m_licenseUsers = 0;
    ++m_licenses;
}

void PayloadWriter::writeLicenseUser(QByteArrayView email, QByteArrayView licenseStatus)
{
    char* out = reserve(40 + bound(email) + bound(licenseStatus));
    if (m_licenseUsers++)
        *out++ = ',';
    out = putLiteral(out, "{\"email\":");
    out = putJsonString(out, email);
    if (!licenseStatus.isEmpty()) {
        out = putLiteral(out, ",\"licenseStatus\":");
        out = putJsonString(out, licenseStatus);
    }
    *out++ = '}';
    commit(out);
}

void PayloadWriter::endLicense()
{
    put("]}");
}

bool PayloadWriter::finish(QString* error)
{
    if (!m_file) {
        if (error)
            *error = tr("the payload file is not open");
        return false;
    }
    if (m_users == 0) {
        if (error)
            *error = tr("no valid users to send: Torii needs at least one user in the file");
        abort();
        return false;
    }
    closeUsers();
    put(m_licenses ? "\n]}\n" : "]}\n");
    flush();
    if (!m_sink->finish(&m_writeError))
        m_failed = true;
    m_bytes = m_sink->bytes();
    m_sha256Hex = m_sink->sha256Hex();
    m_sink.reset();
    if (!m_failed && !m_file->flush()) {
        m_failed = true;
        m_writeError = m_file->errorString();
    }
    if (m_failed) {
        if (error)
            *error = tr("cannot write the payload %1: %2").arg(QDir::toNativeSeparators(m_path), m_writeError);
        abort();
        return false;
    }
    m_file->close();
    // rename(2) replaces the target atomically: readers see the old payload or the new one, never a part.
    const QString temporary = m_file->fileName();
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(), QFile::encodeName(m_path).toStdString(), ec);
    if (ec) {
        if (error)
            *error = tr("cannot move the payload into place at %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), QString::fromLocal8Bit(ec.message().c_str()));
        abort();
        return false;
    }
    m_file->setAutoRemove(false);
    m_file.reset();
    return true;
}

void PayloadWriter::abort()
{
    if (m_sink) {
        m_sink->finish(nullptr); // the worker must stop touching the file before it goes
        m_sink.reset();
    }
    if (m_file) {
        m_file->close();
        m_file->remove();
        m_file.reset();
    }
}

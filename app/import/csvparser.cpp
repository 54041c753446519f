#include "import/csvparser.h"

#include "import/memoryadvice.h"


#include <algorithm>
#include <cstring>

namespace
{
    bool isBlank(const char* p, qsizetype size)
    {
        if (size > 256)
            return false;
        return std::all_of(p, p + size, [](char c) { return c == ' ' || c == '\t'; });
    }

    constexpr qsizetype CheckInterval = qsizetype(4) << 20;

    // True when any byte of word equals the byte repeated in pattern (the classic SWAR zero-byte test).
    inline quint64 matches(quint64 word, quint64 pattern)
    {
        const quint64 x = word ^ pattern;
        return (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
    }
} // namespace

CsvParser::Result CsvParser::parse(QByteArray bytes, const Config& config, const ProgressCallback& progress,
                                   const CancelFlag* cancel)
{
    Result result;
    TableStorage& st = result.storage;
    st.cellEnds.reserve(config.reserveCells);
    st.recordFirstCell.reserve(config.reserveRecords + 1);
    st.recordLine.reserve(config.reserveRecords);
    MemoryAdvice::hugePages(st.cellEnds.data(), st.cellEnds.capacity() * sizeof(quint32));
    MemoryAdvice::hugePages(st.recordFirstCell.data(), st.recordFirstCell.capacity() * sizeof(quint32));
    MemoryAdvice::hugePages(st.recordLine.data(), st.recordLine.capacity() * sizeof(quint32));

    // Stop bytes of an unquoted cell: the delimiter and the line ends.
    bool stop[256] = {};
    stop[uchar(config.delimiter)] = true;
    stop[uchar('\n')] = true;
    stop[uchar('\r')] = true;
    const quint64 delimiterPattern = 0x0101010101010101ULL * uchar(config.delimiter);

    if (bytes.size() >= qsizetype(0xFFFFFFF0)) {
        // Cell offsets are 32-bit; a 2 GiB Windows-1252 file can grow past 4 GiB as UTF-8.
        result.error.message = tr("The text is larger than 4 GiB after conversion to UTF-8; split the file");
        st.recordFirstCell.push_back(0);
        return result;
    }
    char* p = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype pos = std::min(config.start, n);
    qsizetype w = 0; // write position of the compacted cell text; always <= pos
    quint32 line = config.firstLine;
    qsizetype nextCheck = pos + CheckInterval;
    auto& cells = st.cellEnds;

    const auto fail = [&](const QString& message, qint64 atLine, qsizetype offset) {
        result.error.message = message;
        result.error.line = atLine;
        result.error.byteOffset = offset;
        result.endOffset = offset;
    };

    while (pos < n) {
        if (config.recordLimit >= 0 && qsizetype(st.recordLine.size()) >= config.recordLimit)
            break;
        if (pos >= nextCheck) {
            nextCheck = pos + CheckInterval;
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                result.error.cancelled = true;
                result.error.message = tr("Reading was cancelled");
                result.error.line = line;
                result.endOffset = pos;
                break;
            }
            if (progress)
                progress(pos, n);
        }
        const qsizetype recordStart = pos;
        const qsizetype recordWrite = w;
        const quint32 recordLine = line;
        const size_t firstCell = cells.size();
        bool truncated = false; // partial input ended inside this record
        bool failed = false;

        for (;;) {
            if (pos < n && p[pos] == '"') {
                const qsizetype openOffset = pos;
                const quint32 openLine = line;
                ++pos;
                for (;;) {
                    const void* hit = std::memchr(p + pos, '"', size_t(n - pos));
                    const qsizetype q = hit ? static_cast<const char*>(hit) - p : n;
                    const qsizetype length = q - pos;
                    line += quint32(std::count(p + pos, p + q, '\n'));
                    std::memmove(p + w, p + pos, size_t(length));
                    w += length;
                    if (!hit) {
                        if (config.partial) {
                            truncated = true;
                        } else {
                            fail(tr("A quoted cell opened here is never closed (missing closing quote)"), openLine,
                                 openOffset);
                            failed = true;
                        }
                        pos = n;
                        break;
                    }
                    if (q + 1 < n && p[q + 1] == '"') {
                        p[w++] = '"';
                        pos = q + 2;
                        if (pos - recordStart > config.maxRecordBytes)
                            break;
                        continue;
                    }
                    if (q + 1 >= n && config.partial)
                        truncated = true; // the closing quote could be the first half of a "" pair
                    pos = q + 1;
                    break;
                }
                if (truncated || failed)
                    break;
                if (pos < n && !stop[uchar(p[pos])]) {
                    // "abc"def -> abcdef, as Excel reads it; reported because it usually means broken quoting.
                    if (result.textAfterQuote.size() < 100)
                        result.textAfterQuote.push_back(line);
                    ++result.textAfterQuoteCount;
                    const qsizetype s = pos;
                    while (pos < n && !stop[uchar(p[pos])])
                        ++pos;
                    std::memmove(p + w, p + s, size_t(pos - s));
                    w += pos - s;
                }
            } else {
                const qsizetype s = pos;
                // Eight bytes at a time while none is a delimiter or a line end, then byte by byte.
                while (pos + 8 <= n) {
                    quint64 word;
                    std::memcpy(&word, p + pos, 8);
                    if (matches(word, delimiterPattern) | matches(word, 0x0A0A0A0A0A0A0A0AULL) |
                        matches(word, 0x0D0D0D0D0D0D0D0DULL))
                        break;
                    pos += 8;
                }
                while (pos < n && !stop[uchar(p[pos])])
                    ++pos;
                if (w != s)
                    std::memmove(p + w, p + s, size_t(pos - s));
                w += pos - s;
            }
            cells.push_back(quint32(w));
            if (pos - recordStart > config.maxRecordBytes) {
                fail(tr("The record starting here is longer than %1 MiB without a line break; this is not a "
                        "delimited text file, or a quote is never closed")
                         .arg(config.maxRecordBytes >> 20),
                     recordLine, recordStart);
                failed = true;
                break;
            }
            if (pos >= n) {
                truncated = config.partial;
                break;
            }
            const char c = p[pos];
            if (c == config.delimiter) {
                ++pos;
                if (cells.size() - firstCell >= size_t(config.maxCells)) {
                    fail(tr("A record has more than %1 cells; is the delimiter right?").arg(config.maxCells),
                         recordLine, recordStart);
                    failed = true;
                    break;
                }
                continue;
            }
            ++pos;
            if (c == '\r' && pos < n && p[pos] == '\n')
                ++pos;
            ++line;
            break;
        }
        if (failed)
            break;
        if (truncated) {
            cells.resize(firstCell);
            w = recordWrite;
            pos = recordStart;
            break;
        }
        if (w == recordWrite || isBlank(p + recordWrite, w - recordWrite)) {
            cells.resize(firstCell);
            w = recordWrite;
            result.blankLines.push_back(recordLine);
            continue;
        }
        st.recordFirstCell.push_back(quint32(firstCell));
        st.recordLine.push_back(recordLine);
    }
    if (!result.error.isError()) {
        result.endOffset = pos;
        result.complete = pos >= n;
        if (progress)
            progress(n, n);
    }
    st.recordFirstCell.push_back(quint32(cells.size()));
    bytes.truncate(w);
    st.bytes = std::move(bytes);
    return result;
}

#include "import/tablereader.h"

#include "import/csvreader.h"
#include "import/jsonreader.h"
#include "import/memoryadvice.h"
#include "import/odsreader.h"
#include "import/table.h"
#include "import/xlsreader.h"
#include "import/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cstring>
#include <future>
#include <system_error>

namespace
{
    // quint32 cell offsets; also far beyond any real user export.
    constexpr qint64 MaxTextFileSize = qint64(2) << 30;
    constexpr qint64 ReadChunk = qint64(8) << 20;
    constexpr qint64 PreviewPrefix = qint64(256) << 10;
    // Smaller files are read by one thread: a second one would save less than it costs to start.
    constexpr qint64 SplitReadMinimum = qint64(16) << 20;
    // Twice the parser's record limit (CsvParser::Config::maxRecordBytes), so it holds for UTF-16 too: a run of
    // raw bytes this long without a line break can only be a record the parser would refuse anyway.
    constexpr qint64 MaxLineBytes = qint64(32) << 20;

    ImportResult failure(const QString& path, const QString& message, qint64 offset = -1)
    {
        ImportResult result;
        result.error.file = path;
        result.error.message = message;
        result.error.byteOffset = offset;
        return result;
    }

    // "[" then "{" after optional whitespace (and a UTF-8 BOM): a JSON list of objects, never a CSV header.
    bool looksLikeJsonList(QByteArrayView head)
    {
        if (head.startsWith("\xEF\xBB\xBF"))
            head = head.sliced(3);
        head = head.trimmed();
        if (!head.startsWith('['))
            return false;
        return head.sliced(1).trimmed().startsWith('{');
    }

    // An .ods name, or a zip whose first entry is the uncompressed "mimetype" OpenDocument puts first (its name
    // at offset 30 of the local header, the data after the name and the extra field) naming a spreadsheet.
    bool isOpenDocument(const QByteArray& head, const QString& suffix)
    {
        if (suffix.compare(QLatin1String("ods"), Qt::CaseInsensitive) == 0)
            return true;
        if (!head.startsWith("PK\x03\x04") || head.size() < 30 || head.mid(30, 8) != "mimetype")
            return false;
        const int extra = uchar(head.at(28)) | uchar(head.at(29)) << 8;
        return head.mid(38 + extra).startsWith(OdsReader::MimeType);
    }

    bool isXlsx(const QString& suffix)
    {
        return suffix.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0 ||
            suffix.compare(QLatin1String("xlsm"), Qt::CaseInsensitive) == 0;
    }

    bool startsWith(const QByteArray& head, const char* magic, qsizetype size)
    {
        return head.size() >= size && std::memcmp(head.constData(), magic, size_t(size)) == 0;
    }

    struct RangeRead
    {
        qint64 end = 0; // the bytes before this offset were read
        QString error;  // why reading stopped short, when it did on an error
    };

    // Reads [from, to) of the file into `into` + from through a handle of its own. Run on a second thread for the
    // back half of a large file: filling a fresh buffer costs the kernel's copy plus a zeroed page per fault, about
    // as much as parsing the bytes (profiled on a 92 MB export), and the two halves fault and copy on two cores.
    // Stops early like the front half's reader: on `stop` or `cancel`, and after a run of more than MaxLineBytes
    // without a line break (the file is refused then; reading on would only cost memory).
    RangeRead readRange(const QString& path, char* into, qint64 from, qint64 to, const std::atomic_bool* stop,
                        const CancelFlag* cancel)
    {
        RangeRead r;
        r.end = from;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !file.seek(from)) {
            r.error = file.errorString();
            return r;
        }
        qint64 sinceLineBreak = 0;
        while (r.end < to && sinceLineBreak <= MaxLineBytes) {
            if (stop->load() || (cancel && cancel->load()))
                return r;
            const qint64 got = file.read(into + r.end, std::min(ReadChunk, to - r.end));
            if (got <= 0) {
                r.error = file.errorString();
                return r;
            }
            const qsizetype lastBreak = QByteArrayView(into + r.end, got).lastIndexOf('\n');
            sinceLineBreak = lastBreak < 0 ? sinceLineBreak + got : got - lastBreak - 1;
            r.end += got;
        }
        return r;
    }
} // namespace

ImportResult TableReader::read(const QString& path, const ImportOptions& options, const ProgressCallback& progress,
                               const CancelFlag* cancel, const PreviewCallback& preview)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir())
        return failure(path, tr("This is a folder, not a file"));
    // A named pipe or a device would block open() or read() forever: only regular files are read.
    if (info.exists() && !info.isFile())
        return failure(path, tr("This is not a CSV, TXT, XLSX, ODS, XLS or JSON export (unsupported binary file)"), 0);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, tr("Cannot open the file: %1").arg(file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return failure(path, tr("The file is empty (0 bytes)"));
    const QByteArray head = file.peek(8);
    if (startsWith(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        // OLE2: an .xls workbook, or an .xlsx that Excel encrypted (its package then sits inside OLE2).
        if (isXlsx(info.suffix())) {
            return failure(path,
                           tr("This is a password-protected/encrypted workbook or an old Excel 97-2003 (.xls) "
                              "file. Open it in Excel and save it without a password as .xlsx or CSV."));
        }
        file.close();
        return XlsReader::read(path, options, progress, cancel, preview);
    }
    if (isOpenDocument(file.peek(256), info.suffix())) {
        file.close();
        return OdsReader::read(path, options, progress, cancel, preview);
    }
    if (startsWith(head, "PK\x03\x04", 4) || isXlsx(info.suffix())) {
        file.close();
        return XlsxReader::read(path, options, progress, cancel, preview);
    }
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 || looksLikeJsonList(file.peek(64))) {
        file.close();
        return JsonReader::read(path, progress, cancel);
    }
    if (startsWith(head, "PK\x05\x06", 4) || startsWith(head, "%PDF", 4) || startsWith(head, "\x1F\x8B", 2))
        return failure(path, tr("This is not a CSV, TXT, XLSX, ODS, XLS or JSON export (unsupported binary file)"), 0);
    if (size > MaxTextFileSize)
        return failure(path, tr("The file is larger than 2 GiB; split it before importing"));

    QByteArray bytes(size, Qt::Uninitialized);
    MemoryAdvice::hugePages(bytes.data(), size_t(size));
    // A large file's back half is read on a second thread while this one reads the front half and shows the
    // preview; its bytes pass the line-length check below once both halves are in. Declared after bytes, so
    // every return waits for the helper before the buffer goes.
    qint64 split = size;
    std::atomic_bool stopTail = false;
    std::future<RangeRead> tail;
    RangeRead back;
    if (size >= SplitReadMinimum) {
        try {
            const qint64 half = (size / 2) & ~qint64(4095);
            tail = std::async(std::launch::async, readRange, path, bytes.data(), half, size, &stopTail, cancel);
            split = half;
        } catch (const std::system_error&) {
            // No thread to be had: this one reads it all.
        }
    }
    struct StopTail
    {
        std::atomic_bool* flag;
        ~StopTail() { flag->store(true); } // an early return must not wait for the whole back half
    } stopTailOnReturn {&stopTail};
    qint64 done = 0;
    qint64 sinceLineBreak = 0;
    const qint64 total = size * 2; // reading, then parsing
    while (done < size) {
        if (cancel && cancel->load()) {
            ImportResult result = failure(path, tr("Reading was cancelled"));
            result.error.cancelled = true;
            return result;
        }
        const qint64 chunk =
            std::min(done < PreviewPrefix ? PreviewPrefix : ReadChunk, (done < split ? split : size) - done);
        qint64 got = 0;
        if (done < split) {
            got = file.read(bytes.data() + done, chunk);
            if (got <= 0)
                return failure(path, tr("Cannot read the file: %1").arg(file.errorString()), done);
        } else {
            if (tail.valid())
                back = tail.get();
            // The back half's bytes as far as they were read. A helper that stopped at an overlong line stopped
            // where the check below refuses the file at the latest (its run is part of this one).
            got = std::min(chunk, back.end - done);
            if (got <= 0 && cancel && cancel->load())
                continue; // the helper stopped for the cancel: reported above
            if (got <= 0)
                return failure(path, tr("Cannot read the file: %1").arg(back.error), done);
        }
        const bool firstChunk = done == 0;
        // Refused while reading: a file that is one endless line costs MaxLineBytes, not its size.
        const qsizetype lastBreak = QByteArrayView(bytes.constData() + done, got).lastIndexOf('\n');
        sinceLineBreak = lastBreak < 0 ? sinceLineBreak + got : got - lastBreak - 1;
        done += got;
        if (sinceLineBreak > MaxLineBytes) {
            const qint64 start = done - sinceLineBreak;
            ImportResult result = failure(path,
                                          tr("The line starting here runs for more than %1 MiB without a line "
                                             "break; this is not a CSV export")
                                              .arg(MaxLineBytes >> 20),
                                          start);
            result.error.line = QByteArrayView(bytes.constData(), start).count('\n') + 1;
            return result;
        }
        if (firstChunk && preview) {
            if (auto table = CsvReader::preview(bytes.first(done), options, info.fileName(), PreviewRows, done == size))
                preview(std::move(table));
        }
        if (progress)
            progress(done, total);
    }
    file.close();
    ProgressCallback parseProgress;
    if (progress)
        parseProgress = [&progress, size, total](qint64 parsed, qint64) { progress(size + parsed, total); };
    ImportResult result = CsvReader::read(std::move(bytes), options, path, parseProgress, cancel);
    if (result.error.cancelled)
        result.table.reset();
    return result;
}

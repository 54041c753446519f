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

#include <cstring>

namespace
{
    // quint32 cell offsets; also far beyond any real user export.
    constexpr qint64 MaxTextFileSize = qint64(2) << 30;
    constexpr qint64 ReadChunk = qint64(8) << 20;
    constexpr qint64 PreviewPrefix = qint64(256) << 10;
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
    qint64 done = 0;
    qint64 sinceLineBreak = 0;
    const qint64 total = size * 2; // reading, then parsing
    while (done < size) {
        if (cancel && cancel->load()) {
            ImportResult result = failure(path, tr("Reading was cancelled"));
            result.error.cancelled = true;
            return result;
        }
        const qint64 chunk = std::min(done < PreviewPrefix ? PreviewPrefix : ReadChunk, size - done);
        const qint64 got = file.read(bytes.data() + done, chunk);
        if (got <= 0)
            return failure(path, tr("Cannot read the file: %1").arg(file.errorString()), done);
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

#include "import/csvreader.h"

#include "import/csvparser.h"
#include "import/dialectsniffer.h"
#include "import/table.h"
#include "import/tablelayout.h"
#include "import/textdecoder.h"

#include <QFileInfo>

namespace
{
    constexpr qsizetype SampleBytes = 64 * 1024;

    struct Prepared
    {
        Dialect dialect;
        CsvParser::Config config;
        ImportError error;
        bool encodingGuessed = false;
        QList<qint64> strayLines; // lines of a UTF-8 file whose stray bytes were read as Windows-1252
    };

    // Encoding, conversion to UTF-8, "sep=" line and delimiter: everything before the parse.
    Prepared prepare(QByteArray& bytes, const ImportOptions& options, bool complete)
    {
        Prepared prep;
        Dialect& d = prep.dialect;
        const TextDecoder::Detection detected = TextDecoder::detect(bytes, complete);
        d.encoding = options.encoding.value_or(detected.encoding);
        d.bom = TextDecoder::bomLength(bytes, d.encoding) > 0;
        prep.encodingGuessed = !options.encoding && detected.encoding == Dialect::Encoding::Windows1252;
        const bool utf16 = d.encoding == Dialect::Encoding::Utf16LE || d.encoding == Dialect::Encoding::Utf16BE;
        if (!utf16) {
            const qsizetype nul = TextDecoder::firstNul(bytes, SampleBytes);
            if (nul >= 0) {
                prep.error.message =
                    CsvReader::tr("This is not a text file (it contains a NUL byte); choose a CSV, TXT or "
                                  "XLSX export");
                prep.error.byteOffset = nul;
                return prep;
            }
        }
        qsizetype start = 0;
        const bool repair = !options.encoding && detected.strayBytes;
        if (repair) {
            // Mostly UTF-8: keep it, read each stray byte as Windows-1252 and flag its line (issue #21/5). The
            // result is valid UTF-8 without the BOM.
            prep.strayLines = TextDecoder::repairUtf8(bytes, detected.bomLength);
        }
        const bool validated = repair ||
            (d.encoding == Dialect::Encoding::Utf8 && detected.encoding == Dialect::Encoding::Utf8 && !detected.bom);
        if (!TextDecoder::toUtf8(bytes, d.encoding, complete, &start, &prep.error, validated))
            return prep;
        if (utf16 && TextDecoder::firstNul(bytes, SampleBytes) >= 0) {
            prep.error.message =
                CsvReader::tr("This is not UTF-16 text (it decodes to NUL characters); choose the encoding");
            return prep;
        }
        prep.config.start = start;
        qsizetype afterSep = start;
        if (const char sep = DialectSniffer::sepLine(bytes, start, &afterSep)) {
            d.sepLine = true;
            d.delimiter = QLatin1Char(sep);
            prep.config.start = afterSep;
            prep.config.firstLine = 2;
        }
        if (options.delimiter) {
            if (options.delimiter->unicode() >= 0x80 || *options.delimiter == QLatin1Char('"') ||
                *options.delimiter == QLatin1Char('\n') || *options.delimiter == QLatin1Char('\r')) {
                prep.error.message =
                    CsvReader::tr("The delimiter must be one ASCII character other than a quote or a line break");
                return prep;
            }
            d.delimiter = *options.delimiter;
        } else if (!d.sepLine) {
            const QByteArrayView sample =
                QByteArrayView(bytes)
                    .sliced(prep.config.start)
                    .first(std::min<qsizetype>(SampleBytes, bytes.size() - prep.config.start));
            d.delimiter = QLatin1Char(DialectSniffer::delimiter(sample));
        }
        prep.config.delimiter = char(d.delimiter.unicode());
        return prep;
    }

    // headerRow as the user sees it excludes the sep= line; internally it is a source line.
    std::optional<qint64> headerLineOption(const ImportOptions& options, const Dialect& dialect)
    {
        if (!options.headerRow)
            return std::nullopt;
        return qint64(*options.headerRow) + (dialect.sepLine ? 1 : 0);
    }
} // namespace

std::shared_ptr<const Table> CsvReader::preview(QByteArray prefix, const ImportOptions& options,
                                                const QString& sourceName, int rows, bool complete)
{
    Prepared prep = prepare(prefix, options, complete);
    if (prep.error.isError())
        return {};
    prep.config.partial = !complete;
    prep.config.recordLimit = rows + 50; // room for title rows above the header
    CsvParser::Result parsed = CsvParser::parse(std::move(prefix), prep.config);
    if (parsed.error.isError())
        return {};
    const TableLayout layout = TableLayout::detect(parsed.storage, headerLineOption(options, prep.dialect),
                                                   parsed.blankLines, complete && parsed.complete);
    return std::make_shared<const Table>(std::move(parsed.storage), layout.headerRecord,
                                         std::min<qsizetype>(layout.dataRows, rows), sourceName);
}

ImportResult CsvReader::read(QByteArray bytes, const ImportOptions& options, const QString& path,
                             const ProgressCallback& progress, const CancelFlag* cancel)
{
    ImportResult result;
    result.format = QStringLiteral("csv");
    result.fileSize = bytes.size();
    result.error.file = path;
    Prepared prep = prepare(bytes, options, true);
    result.dialect = prep.dialect;
    if (prep.error.isError()) {
        prep.error.file = path;
        result.error = prep.error;
        return result;
    }
    if (prep.encodingGuessed) {
        result.notices.append({ImportNotice::Kind::EncodingGuess, 0,
                               tr("The file is not valid UTF-8; it was read as Windows-1252 (Excel's \"CSV\" on "
                                  "Windows). Choose another encoding if the accents look wrong.")});
    }
    constexpr qsizetype MaxStrayNotices = 20;
    for (qsizetype i = 0; i < std::min(prep.strayLines.size(), MaxStrayNotices); ++i) {
        result.notices.append({ImportNotice::Kind::EncodingGuess, prep.strayLines.at(i),
                               tr("This line is not valid UTF-8 (the rest of the file is): its odd bytes were read as "
                                  "Windows-1252; check its spelling")});
    }
    if (prep.strayLines.size() > MaxStrayNotices) {
        result.notices.append(
            {ImportNotice::Kind::More, 0,
             QCoreApplication::translate("CsvReader", "... and %n more line(s) that are not valid UTF-8", nullptr,
                                         int(prep.strayLines.size() - MaxStrayNotices))});
    }
    // Reserve the index from the sample's density so a million rows do not regrow (and briefly double) it.
    {
        CsvParser::Config sampleConfig = prep.config;
        sampleConfig.recordLimit = 200;
        sampleConfig.partial = true;
        const qsizetype sampleEnd = std::min<qsizetype>(bytes.size(), prep.config.start + SampleBytes);
        const CsvParser::Result sample = CsvParser::parse(bytes.first(sampleEnd), sampleConfig);
        if (sample.endOffset > prep.config.start && !sample.storage.recordLine.empty()) {
            const double scale =
                double(bytes.size() - prep.config.start) / double(sample.endOffset - prep.config.start);
            prep.config.reserveCells = size_t(double(sample.storage.cellEnds.size()) * scale * 1.02) + 16;
            prep.config.reserveRecords = size_t(double(sample.storage.recordLine.size()) * scale * 1.02) + 16;
        }
    }
    const qint64 total = bytes.size();
    ProgressCallback parseProgress;
    if (progress)
        parseProgress = [&progress, total](qint64 done, qint64 size) {
            progress(size ? done * total / size : 0, total);
        };
    CsvParser::Result parsed = CsvParser::parse(std::move(bytes), prep.config, parseProgress, cancel);
    if (parsed.error.isError()) {
        parsed.error.file = path;
        if (prep.dialect.encoding != Dialect::Encoding::Utf8)
            parsed.error.byteOffset = -1; // offsets of the converted text are not file offsets
        result.error = parsed.error;
        return result;
    }
    const TableLayout layout =
        TableLayout::detect(parsed.storage, headerLineOption(options, prep.dialect), parsed.blankLines, true);
    const qsizetype records = qsizetype(parsed.storage.recordLine.size());
    if (records == 0) {
        result.error.message = tr("The file is empty: it has no header and no rows");
        return result;
    }
    if (layout.headerRecord >= records) {
        result.error.message = tr("There is no row %1 to use as the header (the file has %2 rows)")
                                   .arg(options.headerRow.value_or(0))
                                   .arg(parsed.storage.recordLine.back());
        return result;
    }
    if (layout.dataRows <= 0) {
        result.error.message = tr("The file has a header row but no data rows");
        result.error.line = parsed.storage.recordLine[size_t(layout.headerRecord)];
        return result;
    }
    result.dialect.headerRow =
        int(parsed.storage.recordLine[size_t(layout.headerRecord)]) - (prep.dialect.sepLine ? 1 : 0);
    result.dialect.titleRows = layout.titleRows;
    result.dialect.footerRows = layout.footerRows;
    result.notices += layout.notices(parsed.storage, parsed.blankLines);
    for (const quint32 line : parsed.textAfterQuote) {
        result.notices.append({ImportNotice::Kind::TextAfterQuote, line,
                               tr("Text after a closing quote was kept in the cell; check the quoting")});
    }
    result.table = std::make_shared<const Table>(std::move(parsed.storage), layout.headerRecord, layout.dataRows,
                                                 QFileInfo(path).fileName());
    return result;
}

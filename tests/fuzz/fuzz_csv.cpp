// libFuzzer target: encoding detection, Excel "sep=" lines, delimiter sniffing, the RFC 4180 parser, the header /
// footer layout and lazy cell decoding (CsvReader, DialectSniffer, TextDecoder, Table), as TableReader drives them
// for a delimited text file: the preview from a prefix first, then the whole file; and the repair of UTF-8 with
// stray bytes, which must always give valid UTF-8.
#include "import/csvreader.h"
#include "import/dialectsniffer.h"
#include "import/importoptions.h"
#include "import/table.h"
#include "import/textdecoder.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

namespace
{
    // The last byte also chooses what the user overrides, so forced encodings, delimiters and header rows are
    // explored too. Text files end in '\n' (mode 2): detection, the common case.
    ImportOptions optionsFor(uint8_t control)
    {
        ImportOptions options;
        const int choice = control >> 2;
        switch (control % 4) {
        case 0:
            options.encoding = static_cast<Dialect::Encoding>(choice % 4);
            break;
        case 1:
            options.delimiter = QLatin1Char(DialectSniffer::Candidates[choice % 4]);
            break;
        case 3:
            options.headerRow = choice % 8; // 0 and beyond the file are invalid on purpose
            break;
        default:
            break;
        }
        return options;
    }

    // Touch every cell the way the preview grid and the converter do.
    qint64 walk(const Table& table)
    {
        qint64 sum = table.columnNames().size() + table.headerLine() + table.memoryUsage();
        for (qsizetype row = 0; row < table.rowCount(); ++row) {
            sum += table.sourceLine(row) + table.cellCount(row);
            for (int column = 0; column <= table.columnCount(); ++column) { // one past the end on purpose
                sum += table.cellUtf8(row, column).size();
                if (row < 64)
                    sum += table.cell(row, column).size();
            }
        }
        return sum;
    }
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const ImportOptions options = optionsFor(size ? data[size - 1] : 0);

    const TextDecoder::Detection detection = TextDecoder::detect(bytes, true);
    qsizetype next = 0;
    volatile qint64 sink = DialectSniffer::sepLine(bytes, detection.bomLength, &next);
    sink = sink + DialectSniffer::delimiter(bytes);
    // UTF-8 with stray bytes (issue #21/5): the repair always yields valid UTF-8, whatever the bytes.
    QByteArray repaired = bytes;
    sink = sink + TextDecoder::repairUtf8(repaired, 0).size();
    if (TextDecoder::firstInvalidUtf8(repaired) >= 0)
        std::abort();

    const qsizetype prefix = std::min<qsizetype>(bytes.size(), 512);
    if (auto preview =
            CsvReader::preview(bytes.first(prefix), options, QStringLiteral("fuzz.csv"), 200, prefix == bytes.size()))
        sink = sink + walk(*preview);

    const ImportResult result = CsvReader::read(bytes, options, QStringLiteral("fuzz.csv"), {}, nullptr);
    if (result.ok())
        sink = sink + walk(*result.table);
    else
        sink = sink + result.error.toString().size();
    for (const ImportNotice& notice : result.notices)
        sink = sink + notice.message.size();
    return 0;
}

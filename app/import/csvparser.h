#pragma once

#include "common/progress.h"
#include "import/importresult.h"
#include "import/tablestorage.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

// The RFC 4180 record splitter behind CsvReader: one pass over UTF-8 bytes that unquotes cells in place
// (moving them to the front of the same buffer, so no cell is ever allocated) and records one end offset per
// cell. Lenient where Excel is (a quote inside an unquoted cell is text; text after a closing quote is kept and
// reported); strict where silence would lose data (an unterminated quote, a record over the size limit).
class CsvParser
{
    Q_DECLARE_TR_FUNCTIONS(CsvParser)

public:
    struct Config
    {
        char delimiter = ',';
        qsizetype start = 0;        // first byte to parse (after a BOM or a "sep=" line)
        quint32 firstLine = 1;      // source line of the byte at start
        qsizetype recordLimit = -1; // stop after this many stored records (preview, sniffing)
        // The buffer is a prefix of the file: an unfinished last record is dropped, not an error.
        bool partial = false;
        qsizetype maxRecordBytes = qsizetype(16) << 20;
        int maxCells = 16384; // Excel's column limit
        size_t reserveCells = 0;
        size_t reserveRecords = 0;
    };

    struct Result
    {
        TableStorage storage;
        std::vector<quint32> blankLines;     // lines of empty / whitespace-only records (not stored)
        std::vector<quint32> textAfterQuote; // lines where text followed a closing quote (first 100)
        qsizetype textAfterQuoteCount = 0;
        qsizetype endOffset = 0; // where parsing stopped (input offset)
        bool complete = false;   // reached the end of the input
        ImportError error;
    };

    // Parses bytes (moved in; becomes result.storage.bytes). progress reports input offsets out of bytes.size().
    static Result parse(QByteArray bytes, const Config& config, const ProgressCallback& progress = {},
                        const CancelFlag* cancel = nullptr);
};

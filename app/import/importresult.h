#pragma once

#include "import/dialect.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

class Table;

// Something the reader noticed and did not silently fix: shown under the preview and by `inspect`.
struct ImportNotice
{
    enum class Kind
    {
        RaggedRow,       // a record with more or fewer cells than the header (kept as is)
        FooterRow,       // a record below the table (totals, copyright) excluded from the rows
        SkippedTitleRow, // a record above the header row
        BlankRow,        // an empty or whitespace-only record, not counted as a row
        EncodingGuess,   // the bytes are not UTF-8; read as Windows-1252
        TextAfterQuote,  // characters between a closing quote and the delimiter, kept
        More             // "... and N more" when a kind was capped
    };
    Kind kind = Kind::RaggedRow;
    qint64 line = 0; // 1-based source line (CSV) or sheet row (XLSX); 0 = whole file
    QString message;
};

// Why a read failed, with the place: file, line (record start), byte offset in the file when known.
struct ImportError
{
    Q_DECLARE_TR_FUNCTIONS(ImportError)

public:
    QString message; // empty = no error
    QString file;
    qint64 line = 0;
    qint64 byteOffset = -1;
    bool cancelled = false;

    [[nodiscard]] bool isError() const { return cancelled || !message.isEmpty(); }
    // "file:line: message (byte offset N)" for logs and the CLI.
    [[nodiscard]] QString toString() const;
};

// The outcome of TableReader::read / ImportJob: the table (null on error), how it was read, and notices.
struct ImportResult
{
    std::shared_ptr<const Table> table;
    QString format; // "csv" | "xlsx" | "ods" | "xls" | "json"
    Dialect dialect;
    QString sheet;      // workbooks: the sheet read
    QStringList sheets; // workbooks: all sheets in workbook order
    QList<ImportNotice> notices;
    ImportError error;
    qint64 fileSize = 0;

    [[nodiscard]] bool ok() const { return table && !error.isError(); }
    // A spreadsheet with sheets and numbered rows (XLSX, ODS, XLS) rather than a text file or a JSON list.
    [[nodiscard]] bool isWorkbook() const
    {
        return format == QLatin1String("xlsx") || format == QLatin1String("ods") || format == QLatin1String("xls");
    }
};

Q_DECLARE_METATYPE(ImportResult)

#include "import/xlsreader.h"

#include "import/sheetbuilder.h"
#include "import/sheettable.h"
#include "import/table.h"
#include "import/xlsxnumberformat.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#ifdef TORIISYNC_HAVE_FREEXL
#include <freexl.h>
#endif

#include <memory>

namespace
{
#ifdef TORIISYNC_HAVE_FREEXL
    // FreeXL's handle, closed however the read ends (freexl_close must follow even a failed open).
    struct Handle
    {
        const void* handle = nullptr;
        ~Handle() { freexl_close(handle); }
    };

    // FreeXL allocates every sheet's cells up front from the size its DIMENSIONS record declares (16 bytes a
    // cell), so a 6 KB file that claims 65,536 x 256 cells on many sheets would take gigabytes before a single
    // cell is read. The records are found in the raw file by their header (BIFF8: id 0x0200, 14 bytes; BIFF5:
    // 10 bytes) and only plausible ones count; their declared cells are summed. A heuristic, not a BIFF parser:
    // it bounds what FreeXL is handed, FreeXL still does the reading.
    qint64 declaredCells(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        const qint64 size = file.size();
        const uchar* data = file.map(0, size);
        if (!data)
            return 0;
        const auto word = [data](qint64 at) { return quint32(data[at]) | quint32(data[at + 1]) << 8; };
        const auto dword = [&word](qint64 at) { return word(at) | word(at + 2) << 16; };
        qint64 cells = 0;
        for (qint64 at = 0; at + 18 <= size; ++at) {
            if (data[at] != 0x00 || data[at + 1] != 0x02 || data[at + 3] != 0x00)
                continue;
            qint64 rows = 0;
            qint64 columns = 0;
            if (data[at + 2] == 14 && word(at + 16) == 0) { // BIFF8: first row, last row + 1 (32-bit)
                const quint32 first = dword(at + 4);
                const quint32 last = dword(at + 8);
                if (first <= last && last <= 65536 && word(at + 12) <= word(at + 14) && word(at + 14) <= 256) {
                    rows = last - first;
                    columns = word(at + 14) - word(at + 12);
                }
            } else if (data[at + 2] == 10 && word(at + 12) == 0) { // BIFF5 and older: 16-bit rows
                if (word(at + 4) <= word(at + 6) && word(at + 8) <= word(at + 10) && word(at + 10) <= 256) {
                    rows = word(at + 6) - word(at + 4);
                    columns = word(at + 10) - word(at + 8);
                }
            }
            cells += rows * columns;
        }
        return cells;
    }

    // A FreeXL cell as the text an XLSX cell of that type gives (XlsxNumberFormat for numbers, ISO 8601 dates).
    QByteArray cellText(const FreeXL_CellValue& value)
    {
        switch (value.type) {
        case FREEXL_CELL_INT:
            return QByteArray::number(value.value.int_value);
        case FREEXL_CELL_DOUBLE:
            return XlsxNumberFormat::number(QByteArray::number(value.value.double_value, 'g', 17));
        case FREEXL_CELL_TEXT:
        case FREEXL_CELL_SST_TEXT:
        case FREEXL_CELL_DATE:
        case FREEXL_CELL_TIME:
            break;
        case FREEXL_CELL_DATETIME: { // "YYYY-MM-DD HH:MM:SS"
            QByteArray text(value.value.text_value ? value.value.text_value : "");
            if (text.size() > 10 && text.at(10) == ' ')
                text[10] = 'T';
            return text;
        }
        default:
            return {};
        }
        QByteArray text(value.value.text_value ? value.value.text_value : "");
        // FreeXL converts the file's code page with iconv; anything that is still not UTF-8 is repaired here
        // (U+FFFD), never passed on as mojibake-in-waiting.
        bool ascii = true;
        for (const char c : text)
            ascii = ascii && uchar(c) < 0x80;
        if (!ascii) {
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString decoded = decoder(text);
            if (decoder.hasError())
                text = decoded.toUtf8();
        }
        return text;
    }
#endif
} // namespace

bool XlsReader::available()
{
#ifdef TORIISYNC_HAVE_FREEXL
    return true;
#else
    return false;
#endif
}

QString XlsReader::openError(int code, const QString& path)
{
    const QString name = QFileInfo(path).fileName();
#ifdef TORIISYNC_HAVE_FREEXL
    switch (code) {
    case FREEXL_FILE_NOT_FOUND:
        return tr("Cannot open %1").arg(name);
    case FREEXL_INSUFFICIENT_MEMORY:
        return tr("%1 is too large to read as an Excel 97-2003 workbook; save it as .xlsx or CSV").arg(name);
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        // An encrypted .xlsx is an OLE2 container too, holding an encrypted package instead of a workbook.
        return tr("%1 holds no Excel 97-2003 workbook: it is a password-protected/encrypted workbook or another "
                  "Office document. Open it in Excel and save it without a password as .xlsx or CSV.")
            .arg(name);
    case FREEXL_INVALID_CHARACTER:
    case FREEXL_UNSUPPORTED_CHARSET:
        return tr("%1 uses a character set that cannot be read; save it as .xlsx or CSV (UTF-8)").arg(name);
    default:
        return tr("%1 is a damaged Excel 97-2003 workbook (FreeXL error %2); open it in Excel and save it as "
                  ".xlsx or CSV")
            .arg(name)
            .arg(code);
    }
#else
    Q_UNUSED(code)
    return tr("%1 is an old Excel 97-2003 (.xls) workbook, which this build of Torii Sync cannot read (it was "
              "built without FreeXL). Open it in Excel or LibreOffice and save it as .xlsx or CSV.")
        .arg(name);
#endif
}

ImportResult XlsReader::read(const QString& path, const ImportOptions& options, const ProgressCallback& progress,
                             const CancelFlag* cancel, const TableReader::PreviewCallback& preview)
{
    ImportResult result;
    result.format = QStringLiteral("xls");
    result.fileSize = QFileInfo(path).size();
    result.error.file = path;
#ifdef TORIISYNC_HAVE_FREEXL
    if (const qint64 cells = declaredCells(path); cells > MaxDeclaredCells) {
        result.error.message = tr("%1 declares %2 million cells across its sheets (more than %3 million, far "
                                  "beyond a user export); open it in Excel and save it as .xlsx or CSV")
                                   .arg(QFileInfo(path).fileName())
                                   .arg(cells / 1000000)
                                   .arg(MaxDeclaredCells / 1000000);
        return result;
    }
    Handle xls;
    const int opened = freexl_open(QFile::encodeName(path).constData(), &xls.handle);
    if (opened != FREEXL_OK) {
        result.error.message = openError(opened, path);
        return result;
    }
    unsigned int info = 0;
    if (freexl_get_info(xls.handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED) {
        result.error.message = tr("%1 is password-protected; open it in Excel and save it without a password as "
                                  ".xlsx or CSV")
                                   .arg(QFileInfo(path).fileName());
        return result;
    }
    unsigned int sheets = 0;
    freexl_get_info(xls.handle, FREEXL_BIFF_SHEET_COUNT, &sheets);
    for (unsigned int index = 0; index < sheets; ++index) {
        const char* name = nullptr;
        if (freexl_get_worksheet_name(xls.handle, static_cast<unsigned short>(index), &name) != FREEXL_OK)
            break;
        result.sheets.append(QString::fromUtf8(name ? name : ""));
    }
    if (result.sheets.isEmpty()) {
        result.error.message = tr("%1 holds no sheets").arg(QFileInfo(path).fileName());
        return result;
    }
    if (options.sheet.isEmpty() && result.sheets.size() > 1) {
        return SheetTable::firstUsersSheet(result, preview, [&](ImportResult* sheet, const auto& sheetPreview) {
            return readSheet(xls.handle, sheet, options, progress, cancel, sheetPreview);
        });
    }
    if (SheetTable::resolve(&result, options.sheet.isEmpty() ? result.sheets.constFirst() : options.sheet))
        readSheet(xls.handle, &result, options, progress, cancel, preview);
#else
    Q_UNUSED(options)
    Q_UNUSED(progress)
    Q_UNUSED(cancel)
    Q_UNUSED(preview)
    result.error.message = openError(0, path);
#endif
    return result;
}

bool XlsReader::readSheet(const void* handle, ImportResult* result, const ImportOptions& options,
                          const ProgressCallback& progress, const CancelFlag* cancel,
                          const TableReader::PreviewCallback& preview)
{
#ifdef TORIISYNC_HAVE_FREEXL
    const auto index = static_cast<unsigned short>(result->sheets.indexOf(result->sheet));
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(handle, index) != FREEXL_OK ||
        freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK) {
        result->error.message = openError(FREEXL_BIFF_ILLEGAL_SHEET_INDEX, result->error.file);
        return false;
    }
    SheetBuilder sheet(result->fileSize);
    const SheetTable::PreviewHook hook =
        SheetTable::previewHook(options, QFileInfo(result->error.file).fileName(), preview);
    bool previewSent = false;
    for (unsigned int row = 0; row < rows; ++row) {
        if (cancel && cancel->load()) {
            result->error.cancelled = true;
            result->error.message = tr("Reading was cancelled");
            return false;
        }
        sheet.startRow();
        for (unsigned short column = 0; column < columns; ++column) {
            FreeXL_CellValue value;
            const int got = freexl_get_cell_value(handle, row, column, &value);
            if (got != FREEXL_OK) {
                result->error.message = openError(got, result->error.file);
                result->error.line = row + 1;
                return false;
            }
            if (!sheet.addCell(cellText(value))) {
                result->error.message = sheet.error();
                result->error.line = row + 1;
                return false;
            }
        }
        if (!sheet.endRow()) {
            result->error.message = sheet.error();
            result->error.line = row + 1;
            return false;
        }
        if (!previewSent && hook && sheet.records() >= TableReader::PreviewRows + 50) {
            previewSent = true;
            hook(sheet.snapshot());
        }
        if (progress && row % 4096 == 0)
            progress(row, rows);
    }
    if (!previewSent && hook)
        hook(sheet.snapshot());
    if (progress)
        progress(rows, rows);
    std::vector<quint32> blankLines;
    TableStorage storage = sheet.take(&blankLines);
    SheetTable::finish(result, std::move(storage), blankLines, options);
    return true;
#else
    Q_UNUSED(handle)
    Q_UNUSED(result)
    Q_UNUSED(options)
    Q_UNUSED(progress)
    Q_UNUSED(cancel)
    Q_UNUSED(preview)
    return false;
#endif
}

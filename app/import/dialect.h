#pragma once

#include <QChar>
#include <QString>

// How a delimited text file is written: encoding, delimiter, where the header is. Detected by the import
// readers, shown in the GUI's dialect bar and by `inspect`; every field can be overridden (ImportOptions).
struct Dialect
{
    enum class Encoding
    {
        Utf8,
        Utf16LE,
        Utf16BE,
        Windows1252
    };

    Encoding encoding = Encoding::Utf8;
    bool bom = false;                   // the file starts with a byte order mark (stripped)
    QChar delimiter = QLatin1Char(','); // XLSX: unused (',')
    // 1-based row of the header as a spreadsheet shows it: the physical line where the header record starts
    // (CSV, Excel's "sep=" line not counted) or the sheet row (XLSX).
    int headerRow = 1;
    bool sepLine = false; // the file starts with Excel's "sep=X" line
    QChar quote = QLatin1Char('"');
    int titleRows = 0;  // non-blank records skipped above the header
    int footerRows = 0; // records excluded below the table (totals, copyright lines)

    // "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252" (what inspect prints and presets store).
    [[nodiscard]] static QString encodingName(Encoding encoding);
    // Accepts the names above and common aliases (utf8, cp1252, latin1...); false when unknown.
    [[nodiscard]] static bool encodingFromName(const QString& name, Encoding* encoding);
    // "," ";" "\t" "|" as a readable name: "comma", "semicolon", "tab", "pipe".
    [[nodiscard]] static QString delimiterName(QChar delimiter);
    // Accepts a single character or the names above; false when unknown.
    [[nodiscard]] static bool delimiterFromName(const QString& name, QChar* delimiter);
};

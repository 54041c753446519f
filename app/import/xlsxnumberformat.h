#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Turns an XLSX numeric cell into the text a user sees in Excel, as far as import needs it: dates and times
// (Excel serials under a date number format) become ISO 8601, other numbers their shortest exact decimal text.
// Used by XlsxWorkbook (classify the styles) and XlsxSheetParser (format each numeric cell).
class XlsxNumberFormat
{
public:
    enum class Kind
    {
        Number,
        Date,     // yyyy-MM-dd
        DateTime, // yyyy-MM-ddTHH:mm:ss
        Time,     // HH:mm:ss
        Text      // "@": numbers stay as stored
    };

    // Built-in format ids (14-22, 27-36, 45-47, 50-58 are dates/times) or a custom format code.
    [[nodiscard]] static Kind classify(int numFmtId, const QString& customCode);
    [[nodiscard]] static Kind classifyCode(const QString& code);
    // "4155550101", "1.21", "1.5e-07": the value as Excel's General format shows it (15 significant digits),
    // integers never in exponent form.
    [[nodiscard]] static QByteArray number(QByteArrayView raw);
    // An Excel serial (days since 1899-12-30, or 1904-01-01 with date1904) in ISO 8601; empty if out of range.
    [[nodiscard]] static QByteArray serial(QByteArrayView raw, Kind kind, bool date1904);
    // The same, appended to *out: a sheet's reader reuses one buffer instead of a QByteArray per cell.
    static void appendNumber(QByteArrayView raw, QByteArray* out);
    static void appendSerial(QByteArrayView raw, Kind kind, bool date1904, QByteArray* out);
};

#pragma once

#include "import/dialect.h"
#include "import/importresult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

// Encoding detection and conversion of a whole text file to UTF-8, once, before parsing (the CSV parser only
// knows UTF-8). Used by CsvReader. Detection: BOM, then NUL-byte patterns of BOM-less UTF-16, then UTF-8
// validity; anything that is not valid UTF-8 is Windows-1252 (what Excel writes for "CSV" on Windows).
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    struct Detection
    {
        Dialect::Encoding encoding = Dialect::Encoding::Utf8;
        bool bom = false;
        qsizetype bomLength = 0;
        // UTF-8 with a few stray bytes (an edit in another program): more valid multi-byte sequences than bytes
        // that are not UTF-8. encoding is then Utf8, and repairUtf8() reads the stray bytes as Windows-1252
        // instead of the whole file turning into mojibake ("JÃ¼rgen").
        bool strayBytes = false;
    };

    // complete: data is the whole file (false for a prefix: a multi-byte sequence cut at the end is not an error).
    [[nodiscard]] static Detection detect(QByteArrayView data, bool complete);
    [[nodiscard]] static qsizetype bomLength(QByteArrayView data, Dialect::Encoding encoding);
    // Offset of the first byte that is not valid UTF-8 in data, or -1. With complete == false a truncated
    // sequence at the very end is accepted.
    [[nodiscard]] static qsizetype firstInvalidUtf8(QByteArrayView data, bool complete = true);
    // Rewrites UTF-8 with stray bytes (from `start`, BOM already skipped) so that valid sequences stay and
    // every invalid byte is read as Windows-1252. Returns the 1-based lines that held such bytes.
    [[nodiscard]] static QList<qint64> repairUtf8(QByteArray& bytes, qsizetype start);
    // Offset of the first NUL in the first `window` bytes, or -1 (a NUL means binary unless UTF-16).
    [[nodiscard]] static qsizetype firstNul(QByteArrayView data, qsizetype window);
    // Turns bytes (a file, BOM included) into UTF-8 in place, the BOM kept out of the result's first
    // `*textStart` bytes. UTF-8 input is validated and left where it is (textStart = BOM length), so offsets
    // stay file offsets. On failure fills error (message, byteOffset, line) and returns false.
    // validUtf8: the caller already checked (detect() does), so UTF-8 is not validated twice.
    static bool toUtf8(QByteArray& bytes, Dialect::Encoding encoding, bool complete, qsizetype* textStart,
                       ImportError* error, bool validUtf8 = false);

private:
    static void windows1252ToUtf8(QByteArray& bytes, qsizetype start);
    static bool utf16ToUtf8(QByteArray& bytes, qsizetype start, bool bigEndian, bool complete, ImportError* error);
    static qint64 lineAt(QByteArrayView data, qsizetype offset);
};

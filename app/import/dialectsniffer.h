#pragma once

#include <QByteArrayView>

// Guesses the delimiter of UTF-8 delimited text from its first records, and reads Excel's "sep=X" first line.
// Used by CsvReader on a sample (the first 64 KiB): the candidate whose per-record count is the most
// consistent wins, so commas in German decimals ("1.234,56") do not beat the semicolons around them.
class DialectSniffer
{
public:
    static constexpr char Candidates[4] = {',', ';', '\t', '|'};

    // Excel's "sep=;" first line at offset start: returns the delimiter and sets *next to the byte after the
    // line, or returns 0 when there is none.
    [[nodiscard]] static char sepLine(QByteArrayView text, qsizetype start, qsizetype* next);
    // The delimiter among Candidates that splits the sample's records most consistently (',' when none does).
    [[nodiscard]] static char delimiter(QByteArrayView sample, int maxRecords = 100);
};

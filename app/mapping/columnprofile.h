#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

// What one column's cells look like, counted on a sample of rows (ColumnProfiler): how many are blank, hold
// e-mail addresses, dates, yes/no values, status words, user types; whether the column holds lists, and its
// first distinct values. AutoMatcher weighs header names with it; the Map page's column picker shows it.
struct ColumnProfile
{
    int sampled = 0;         // cells looked at (0: the file has no data rows)
    int blank = 0;           // empty after trimming
    int email = 0;           // one address, or a '+'-joined proxy address list
    int date = 0;            // dates, epochs, Excel serials, "never" spellings
    int boolean = 0;         // true/false, yes/no, 1/0 (and German/French/Spanish spellings)
    int statusWord = 0;      // words StatusMap knows (active, suspended, ...), booleans not counted
    int userType = 0;        // member, guest, admin, owner, ...: what a role or user type holds, not a licence
    int number = 0;          // plain numbers that are not booleans
    int distinct = 0;        // distinct non-blank values (counting stops at ColumnProfiler::MaxDistinct)
    QChar listSeparator;     // ';' ',' '|' '+' when the cells are lists joined with it; null otherwise
    QStringList firstValues; // the first distinct non-blank values, in sample order

    [[nodiscard]] int nonBlank() const { return sampled - blank; }
    // Share of the non-blank cells (0 when all are blank).
    [[nodiscard]] double share(int count) const { return nonBlank() > 0 ? double(count) / nonBlank() : 0.0; }
    [[nodiscard]] double blankShare() const { return sampled > 0 ? double(blank) / sampled : 0.0; }
    [[nodiscard]] bool isEmpty() const { return sampled > 0 && blank == sampled; }
    [[nodiscard]] bool holdsAddresses() const { return nonBlank() > 0 && share(email) >= 0.8; }
};

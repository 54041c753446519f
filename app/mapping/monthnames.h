#pragma once

#include <QByteArrayView>

// Month names and abbreviations in the languages admin consoles export in (en, de, fr, es, it, pt, nl),
// for DateParser. Input is lower-case UTF-8 (ASCII folded; accented capitals are folded here).
namespace MonthNames
{
    // 1..12, or 0 when the word is not a month. A trailing '.' is ignored ("avr." = "avr").
    [[nodiscard]] int lookup(QByteArrayView word);
} // namespace MonthNames

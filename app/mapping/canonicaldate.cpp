#include "mapping/canonicaldate.h"

#include "mapping/civildate.h"

#include <QtEndian>

#include <cstring>

namespace
{
    // One word of the shape "DDDD-DD-DDTDD:DD:DDZ" ('D' a digit), as masks on its little-endian value: a byte
    // fits when (byte & keep) == expect both as it is and with add added, which for a digit position means
    // 0x30..0x39 (high nibble 3, and still 3 after + 6) and for any other the exact separator. A byte over
    // 0xF9 may carry into the next byte on + 6, but it fails the first test already.
    struct WordShape
    {
        quint64 keep = 0;
        quint64 expect = 0;
        quint64 add = 0;
    };

    constexpr WordShape shape(const char* text, int length)
    {
        WordShape s;
        for (int i = 0; i < length; ++i) {
            const int shift = 8 * i;
            if (text[i] == 'D') {
                s.keep |= quint64(0xF0) << shift;
                s.expect |= quint64(0x30) << shift;
                s.add |= quint64(0x06) << shift;
            } else {
                s.keep |= quint64(0xFF) << shift;
                s.expect |= quint64(static_cast<unsigned char>(text[i])) << shift;
            }
        }
        return s;
    }

    constexpr WordShape dateShape = shape("DDDD-DD-", 8);
    constexpr WordShape timeShape = shape("DDTDD:DD", 8);
    constexpr WordShape endShape = shape(":DDZ", 4);

    inline bool fits(quint64 word, const WordShape& s)
    {
        return ((word & s.keep) == s.expect) & (((word + s.add) & s.keep) == s.expect);
    }
} // namespace

bool CanonicalDate::matches(QByteArrayView cell)
{
    if (cell.size() != 20)
        return false;
    const char* s = cell.data();
    // The shape in three loads instead of a test a byte (this runs once a row on the 1M-row path).
    if (!(fits(qFromLittleEndian<quint64>(s), dateShape) & fits(qFromLittleEndian<quint64>(s + 8), timeShape) &
          fits(qFromLittleEndian<quint32>(s + 16), endShape)))
        return false;
    const auto num = [s](int i) { return (s[i] - '0') * 10 + (s[i + 1] - '0'); };
    const int year = num(0) * 100 + num(2);
    const int month = num(5);
    const int day = num(8);
    // The same limits as DateParser's ISO path. 1970-01-01T00:00:00Z is epoch zero, a "never" spelling.
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 ||
        unsigned(day) > CivilDate::daysInMonth(year, unsigned(month)) || num(11) > 23 || num(14) > 59 || num(17) > 59)
        return false;
    return !(year == 1970 && month == 1 && day == 1 && num(11) == 0 && num(14) == 0 && num(17) == 0);
}

bool CanonicalDate::matchesWithoutZone(QByteArrayView cell)
{
    if (cell.size() != 19)
        return false;
    char withZone[20];
    std::memcpy(withZone, cell.data(), 19);
    withZone[19] = 'Z';
    return matches(QByteArrayView(withZone, 20));
}

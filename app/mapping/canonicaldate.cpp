#include "mapping/canonicaldate.h"

#include "mapping/civildate.h"

#include <cstring>

bool CanonicalDate::matches(QByteArrayView cell)
{
    if (cell.size() != 20)
        return false;
    const char* s = cell.data();
    if (s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z')
        return false;
    for (const int i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
        if (s[i] < '0' || s[i] > '9')
            return false;
    }
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

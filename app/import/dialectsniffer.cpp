#include "import/dialectsniffer.h"

#include <array>
#include <map>
#include <vector>

char DialectSniffer::sepLine(QByteArrayView text, qsizetype start, qsizetype* next)
{
    QByteArrayView rest = text.sliced(start);
    qsizetype end = rest.indexOf('\n');
    const qsizetype lineEnd = end < 0 ? rest.size() : end;
    QByteArrayView line = rest.first(lineEnd);
    if (line.endsWith('\r'))
        line.chop(1);
    // Excel writes sep=; and some tools quote it: "sep=;"
    if (line.size() >= 2 && line.startsWith('"') && line.endsWith('"'))
        line = line.sliced(1, line.size() - 2);
    if (line.size() != 5)
        return 0;
    if (line.first(4).compare(QByteArrayView("sep="), Qt::CaseInsensitive) != 0)
        return 0;
    const char delimiter = line[4];
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || uchar(delimiter) >= 0x80)
        return 0;
    *next = start + (end < 0 ? rest.size() : end + 1);
    return delimiter;
}

char DialectSniffer::delimiter(QByteArrayView sample, int maxRecords)
{
    // Per candidate, the count in each record (outside quotes); blank records skipped.
    std::array<std::vector<int>, 4> counts;
    std::array<int, 4> current = {};
    bool inQuotes = false;
    bool blank = true;
    int records = 0;
    const auto endRecord = [&] {
        if (!blank) {
            for (size_t k = 0; k < 4; ++k)
                counts[k].push_back(current[k]);
            ++records;
        }
        current = {};
        blank = true;
    };
    for (qsizetype i = 0; i < sample.size() && records < maxRecords; ++i) {
        const char c = sample[i];
        if (c == '"') {
            inQuotes = !inQuotes;
            blank = false;
            continue;
        }
        if (inQuotes)
            continue;
        if (c == '\n' || c == '\r') {
            endRecord();
            continue;
        }
        if (c != ' ')
            blank = false;
        for (size_t k = 0; k < 4; ++k)
            current[k] += c == Candidates[k];
    }
    if (records < maxRecords)
        endRecord(); // the last record, possibly cut by the sample's end

    char best = ',';
    int bestFrequency = 0;
    int bestMode = 0;
    for (size_t k = 0; k < 4; ++k) {
        std::map<int, int> frequency;
        for (const int count : counts[k]) {
            if (count > 0)
                ++frequency[count];
        }
        int mode = 0;
        int modeFrequency = 0;
        for (const auto& [count, times] : frequency) {
            if (times >= modeFrequency) {
                mode = count;
                modeFrequency = times;
            }
        }
        if (modeFrequency > bestFrequency || (modeFrequency == bestFrequency && modeFrequency > 0 && mode > bestMode)) {
            best = Candidates[k];
            bestFrequency = modeFrequency;
            bestMode = mode;
        }
    }
    return best;
}

#include "import/tablelayout.h"

#include <QString>

#include <algorithm>
#include <map>

namespace
{
    int cellCount(const TableStorage& st, qsizetype record)
    {
        return int(st.recordFirstCell[size_t(record) + 1] - st.recordFirstCell[size_t(record)]);
    }

    QByteArrayView cellText(const TableStorage& st, qsizetype record, int column)
    {
        const quint32 index = st.recordFirstCell[size_t(record)] + quint32(column);
        const quint32 begin = index == 0 ? 0 : st.cellEnds[index - 1];
        return QByteArrayView(st.bytes.constData() + begin, qsizetype(st.cellEnds[index] - begin)).trimmed();
    }

    int nonEmptyCells(const TableStorage& st, qsizetype record)
    {
        int count = 0;
        for (int c = 0; c < cellCount(st, record); ++c)
            count += !cellText(st, record, c).isEmpty();
        return count;
    }

    // The first non-empty cell, for footer keywords.
    QByteArrayView firstText(const TableStorage& st, qsizetype record)
    {
        for (int c = 0; c < cellCount(st, record); ++c) {
            const QByteArrayView text = cellText(st, record, c);
            if (!text.isEmpty())
                return text;
        }
        return {};
    }

    bool looksLikeFooter(QByteArrayView text)
    {
        static const char* const words[] = {
            "total",         "grand total", "subtotal",         "copyright",    "\xC2\xA9", "(c)",
            "confidential",  "generated",   "report generated", "record count", "rows:",    "count:",
            "end of report", "summe",       "gesamt",           "total:"};
        for (const char* word : words) {
            const QByteArrayView w(word);
            if (text.size() >= w.size() && text.first(w.size()).compare(w, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    void addCapped(QList<ImportNotice>& notices, int& count, ImportNotice notice)
    {
        if (count++ < TableLayout::MaxNoticesPerKind)
            notices.append(std::move(notice));
    }
} // namespace

TableLayout TableLayout::detect(const TableStorage& storage, std::optional<qint64> headerLine,
                                const std::vector<quint32>& blankLines, bool complete)
{
    TableLayout layout;
    const qsizetype records = qsizetype(storage.recordLine.size());
    if (records == 0)
        return layout;
    if (headerLine) {
        // The first record at or below the chosen line: a blank line chosen by mistake still finds the header.
        layout.headerRecord = qsizetype(storage.recordLine.lowerBound(quint32(*headerLine)));
    } else {
        layout.headerRecord = detectHeader(storage);
    }
    if (layout.headerRecord >= records) {
        layout.headerRecord = records;
        return layout;
    }
    layout.titleRows = int(layout.headerRecord);
    layout.footerRows = complete ? detectFooter(storage, layout.headerRecord, blankLines) : 0;
    layout.dataRows = records - layout.headerRecord - 1 - layout.footerRows;
    return layout;
}

qsizetype TableLayout::detectHeader(const TableStorage& st)
{
    // The table's width is the most common cell count among the first records; the header is the first record
    // that is that wide and mostly filled. Title lines above ("Users report", "Generated 2026-04-10") are narrower.
    const qsizetype scan = std::min<qsizetype>(qsizetype(st.recordLine.size()), 50);
    std::map<int, int> frequency;
    for (qsizetype r = 0; r < scan; ++r)
        ++frequency[cellCount(st, r)];
    int width = 0;
    int widthFrequency = 0;
    for (const auto& [count, times] : frequency) {
        if (times >= widthFrequency) {
            width = count;
            widthFrequency = times;
        }
    }
    if (width <= 1)
        return 0;
    for (qsizetype r = 0; r < scan; ++r) {
        if (cellCount(st, r) >= width && nonEmptyCells(st, r) * 2 >= width)
            return r;
    }
    return 0;
}

int TableLayout::detectFooter(const TableStorage& st, qsizetype headerRecord, const std::vector<quint32>& blankLines)
{
    const qsizetype records = qsizetype(st.recordLine.size());
    const int columns = cellCount(st, headerRecord);
    // A trailing block of nearly empty records (at most 10), after the last full record.
    qsizetype first = records;
    while (first - 1 > headerRecord + 1 && records - first < 10 && nonEmptyCells(st, first - 1) <= 2 &&
           nonEmptyCells(st, first - 1) < columns)
        --first;
    if (first == records)
        return 0;
    bool keyword = false;
    for (qsizetype r = first; r < records; ++r)
        keyword = keyword || looksLikeFooter(firstText(st, r));
    // Or separated from the table by a blank line, as Salesforce writes its report footer.
    const quint32 lastTableLine = st.recordLine[size_t(first - 1)];
    const quint32 footerLine = st.recordLine[size_t(first)];
    const auto blank = std::upper_bound(blankLines.begin(), blankLines.end(), lastTableLine);
    const bool separated = blank != blankLines.end() && *blank < footerLine;
    if (!keyword && !separated)
        return 0;
    return int(records - first);
}

QList<ImportNotice> TableLayout::notices(const TableStorage& st, const std::vector<quint32>& blankLines,
                                         bool shortRows) const
{
    QList<ImportNotice> list;
    const qsizetype records = qsizetype(st.recordLine.size());
    if (headerRecord >= records)
        return list;
    int count = 0;
    for (qsizetype r = 0; r < headerRecord; ++r) {
        addCapped(list, count,
                  {ImportNotice::Kind::SkippedTitleRow, st.recordLine[size_t(r)],
                   tr("Skipped a row above the header: \"%1\"").arg(QString::fromUtf8(firstText(st, r)).left(80))});
    }
    const qsizetype dataEnd = headerRecord + 1 + dataRows;
    count = 0;
    for (qsizetype r = dataEnd; r < records; ++r) {
        addCapped(list, count,
                  {ImportNotice::Kind::FooterRow, st.recordLine[size_t(r)],
                   tr("Not a data row (report footer): \"%1\"").arg(QString::fromUtf8(firstText(st, r)).left(80))});
    }
    const int columns = cellCount(st, headerRecord);
    count = 0;
    // Only the records whose cell count differs from the header's: the index skips a block of 64 records that
    // all have it in one test, so a million well-formed rows cost nothing here.
    const auto nextRagged = [&st, columns, dataEnd](qsizetype from) {
        return qsizetype(st.recordFirstCell.firstStepOtherThan(size_t(from), size_t(dataEnd), quint32(columns)));
    };
    for (qsizetype r = nextRagged(headerRecord + 1); r < dataEnd; r = nextRagged(r + 1)) {
        const int cells = cellCount(st, r);
        if (cells < columns && !shortRows)
            continue;
        addCapped(
            list, count,
            {ImportNotice::Kind::RaggedRow, st.recordLine[size_t(r)],
             cells < columns
                 ? tr("Row has %n cell(s), the header has %1: missing cells are empty", nullptr, cells).arg(columns)
                 : tr("Row has %n cell(s), the header has %1: the extra cells are kept", nullptr, cells).arg(columns)});
    }
    if (count > MaxNoticesPerKind) {
        list.append(
            {ImportNotice::Kind::More, 0,
             tr("... and %n more row(s) with a different number of cells", nullptr, count - MaxNoticesPerKind)});
    }
    const quint32 headerLine = st.recordLine[size_t(headerRecord)];
    const quint32 endLine = dataEnd < records ? st.recordLine[size_t(dataEnd)] : quint32(-1);
    count = 0;
    for (const quint32 line : blankLines) {
        if (line > headerLine && line < endLine)
            addCapped(list, count, {ImportNotice::Kind::BlankRow, line, tr("Blank row skipped")});
    }
    if (count > MaxNoticesPerKind)
        list.append({ImportNotice::Kind::More, 0, tr("... and %1 more blank rows").arg(count - MaxNoticesPerKind)});
    return list;
}

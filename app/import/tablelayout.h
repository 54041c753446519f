#pragma once

#include "import/importresult.h"
#include "import/tablestorage.h"

#include <QCoreApplication>
#include <QList>

#include <optional>
#include <vector>

// Where the table sits among the records of a file: the header row (title rows above it skipped), the footer
// rows below it (report totals, copyright lines), and the notices about rows that do not fit (ragged, blank).
// Shared by CsvReader and XlsxReader, which both fill a TableStorage first.
class TableLayout
{
    Q_DECLARE_TR_FUNCTIONS(TableLayout)

public:
    static constexpr int MaxNoticesPerKind = 50;

    qsizetype headerRecord = 0;
    qsizetype dataRows = 0;
    int titleRows = 0;
    int footerRows = 0;

    // headerLine: the user's choice (a source line / sheet row); empty = detect. blankLines: lines of blank
    // records that the reader dropped (a blank line above trailing rows marks them as a footer).
    static TableLayout detect(const TableStorage& storage, std::optional<qint64> headerLine,
                              const std::vector<quint32>& blankLines, bool complete);
    // Title, footer, ragged and blank-row notices, each kind capped at MaxNoticesPerKind plus a "More" notice.
    // shortRows: report rows with fewer cells than the header (CSV; in XLSX they only lack empty trailing cells).
    [[nodiscard]] QList<ImportNotice> notices(const TableStorage& storage, const std::vector<quint32>& blankLines,
                                              bool shortRows = true) const;

private:
    static qsizetype detectHeader(const TableStorage& storage);
    static int detectFooter(const TableStorage& storage, qsizetype headerRecord,
                            const std::vector<quint32>& blankLines);
};

#include "mapping/dateorderdetector.h"

#include "import/table.h"
#include "mapping/dateparser.h"

DateOrderDetector::Result DateOrderDetector::detect(const Table& table, int column)
{
    Result result;
    if (column < 0 || column >= table.columnCount())
        return result;
    const qsizetype rows = table.rowCount();
    for (qsizetype row = 0; row < rows; ++row) {
        switch (DateParser::evidence(table.cellUtf8(row, column))) {
        case DateParser::Evidence::DayFirst:
            ++result.dayFirst;
            break;
        case DateParser::Evidence::MonthFirst:
            ++result.monthFirst;
            break;
        case DateParser::Evidence::None:
            break;
        }
        if (result.conflicting())
            break; // undecidable: no need to read further
    }
    if (result.dayFirst > 0 && result.monthFirst == 0)
        result.order = DateOrder::DMY;
    else if (result.monthFirst > 0 && result.dayFirst == 0)
        result.order = DateOrder::MDY;
    return result;
}

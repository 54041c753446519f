#pragma once

#include "mapping/toriischema.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class Mapping;
class Table;

// What the Map page shows next to each Torii field: a few of the column's values as read ("before") and what
// the mapping makes of the same rows ("after", through RowMapper, so exactly what the payload would hold).
// Runs over the whole table (RowMapper decides date orders per column): call it off the GUI thread.
class MappingPreview
{
    Q_DECLARE_TR_FUNCTIONS(MappingPreview)

public:
    static constexpr int DefaultRows = 3;

    [[nodiscard]] static MappingPreview of(const Table& table, const Mapping& mapping, int rows = DefaultRows);

    // The rows' values joined with " · "; fields without a value are absent.
    QHash<TargetField, QString> before;
    QHash<TargetField, QString> after;
    // Why the mapping cannot map any row (RowMapper's fatal problems); "after" is then empty.
    QString problem;
};

#pragma once

#include "import/dialect.h"

#include <QString>

#include <optional>

// What the user (dialect bar, CLI flags) or a preset forces instead of detecting. An empty optional means
// "detect"; used by TableReader and ImportJob.
struct ImportOptions
{
    std::optional<Dialect::Encoding> encoding;
    std::optional<QChar> delimiter;
    std::optional<int> headerRow; // 1-based, same meaning as Dialect::headerRow
    QString sheet;                // XLSX sheet name; empty = the first sheet

    // Puts the overrides that were given on top of these options (e.g. a preset's dialect): the command
    // line or a job's own setting wins.
    void overlay(const ImportOptions& overrides)
    {
        if (overrides.encoding)
            encoding = overrides.encoding;
        if (overrides.delimiter)
            delimiter = overrides.delimiter;
        if (overrides.headerRow)
            headerRow = overrides.headerRow;
        if (!overrides.sheet.isEmpty())
            sheet = overrides.sheet;
    }
};

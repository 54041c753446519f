#pragma once

#include "common/progress.h"
#include "mapping/mapping.h"
#include "validate/validationreport.h"

class Table;

// Checks every row of a Table against a Mapping without writing anything: per-cell issues, duplicates
// (case-insensitive, after normalisation), unknown status words, formula-like cells. Used by the GUI's
// Review page; Converter runs the same checks while it writes the payload.
class Validator
{
public:
    [[nodiscard]] static ValidationReport run(const Table& table, const Mapping& mapping,
                                              const ProgressCallback& progress = {},
                                              const CancelFlag* cancel = nullptr);
};

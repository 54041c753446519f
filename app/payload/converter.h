#pragma once

#include "common/progress.h"
#include "mapping/mapping.h"
#include "payload/convertoptions.h"
#include "payload/convertresult.h"

#include <QCoreApplication>

class Table;

// Stage 2 "Format data": maps and validates every row, applies the invalid-row policy and streams Torii's
// JSON to a 0600 temp file renamed atomically to the payload path, plus the rejects CSV. Used by the CLI's
// convert and sync, and by SyncPipeline. Same table + mapping -> byte-identical payload.
class Converter
{
    Q_DECLARE_TR_FUNCTIONS(Converter)

public:
    [[nodiscard]] static ConvertResult run(const Table& table, const Mapping& mapping, const ConvertOptions& options,
                                           const ProgressCallback& progress = {}, const CancelFlag* cancel = nullptr);
};

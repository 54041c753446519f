#pragma once

#include "common/progress.h"
#include "import/importresult.h"

#include <QCoreApplication>

// A JSON list of users to a Table: what admin APIs and some consoles export (e.g. a GitHub organisation's
// members), an array of objects. One row per object; the columns are the keys in the order the file first names
// them (JsonKeyOrder); a nested object is flattened one level with dotted names ("manager.email"), deeper values
// and arrays of objects stay JSON text, arrays of plain values are joined with ";". Numbers print as their
// shortest exact text, so the same data gives the same payload as from a CSV. Called by TableReader for .json
// files and text that starts with "[{".
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    static constexpr qint64 MaxFileSize = qint64(512) << 20;

    static ImportResult read(const QString& path, const ProgressCallback& progress, const CancelFlag* cancel);
};

#pragma once

#include "common/progress.h"
#include "import/importoptions.h"
#include "import/importresult.h"
#include "mapping/invalidrowpolicy.h"
#include "mapping/mapping.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Table;

// What to read and how to map it: the part of `convert`, `sync` and a saved job that names the data.
struct SourceRequest
{
    QString path;
    QString preset;        // a preset file or name; empty: match the columns by their names (auto-match)
    ImportOptions reading; // on top of the preset's reading options
    std::optional<InvalidRowPolicy> policy;  // instead of the preset's (default SkipWithinLimit)
    std::optional<double> maxInvalidPercent; // instead of the preset's (default 10)
};

// The data read and mapped, ready for the Converter; or why not (error, exitCode).
struct LoadedSource
{
    std::shared_ptr<const Table> table;
    Mapping mapping;
    InvalidRowPolicy policy = InvalidRowPolicy::SkipWithinLimit;
    double maxInvalidPercent = InvalidRowPolicies::DefaultMaxInvalidPercent;
    QString presetName;              // the resolved preset's name; empty for auto-match
    std::optional<int> guardPercent; // the preset's removal-guard thresholds (unset: the profile's)
    std::optional<int> guardMinimum;
    QStringList conflicts;       // auto-match's notes ("two columns look like e-mail ...")
    QString shape;               // auto-match: "users" | "devices" | "noUsers"; empty with a preset
    QString shapeNote;           // auto-match: why the file is not a plain user list
    QStringList mappingWarnings; // mapped columns blank in most rows (preset or auto-match)
    QList<ImportNotice> notices; // what the reader noticed (ragged rows, lines that are not valid UTF-8, ...)
    QString error;
    int exitCode = 0; // ExitCode: UsageError (bad preset, unreadable file) or Cancelled when error is set
    qint64 readMs = 0;

    [[nodiscard]] bool ok() const { return table && error.isEmpty(); }
};

// The one load-and-map step: resolves the preset (file or name) and its reading options, reads the file
// with the overrides on top, and maps it with the preset or auto-match. Runs inline; call it from a worker
// thread under a GUI (it touches no QObject).
class SourceLoader
{
    Q_DECLARE_TR_FUNCTIONS(SourceLoader)

public:
    [[nodiscard]] static LoadedSource load(const SourceRequest& request, const ProgressCallback& progress = {},
                                           const CancelFlag* cancel = nullptr);
};

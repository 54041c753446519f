#include "run/sourceloader.h"

#include "import/table.h"
#include "import/tablereader.h"
#include "mapping/automatcher.h"
#include "mapping/columnprofiler.h"
#include "mapping/presetstore.h"
#include "run/exitcode.h"

#include <QElapsedTimer>

LoadedSource SourceLoader::load(const SourceRequest& request, const ProgressCallback& progress,
                                const CancelFlag* cancel)
{
    LoadedSource loaded;
    std::optional<Preset> preset;
    ImportOptions options;
    if (!request.preset.isEmpty()) {
        QString error;
        preset = PresetStore().resolve(request.preset, &error);
        if (!preset || !preset->toImportOptions(&options, &error)) {
            loaded.error = preset ? tr("preset \"%1\": %2").arg(preset->name, error) : error;
            loaded.exitCode = ExitCode::UsageError;
            return loaded;
        }
    }
    options.overlay(request.reading);

    QElapsedTimer timer;
    timer.start();
    const ImportResult read = TableReader::read(request.path, options, progress, cancel);
    loaded.readMs = timer.elapsed();
    if (!read.ok()) {
        loaded.error = read.error.toString();
        loaded.exitCode = read.error.cancelled ? ExitCode::Cancelled : ExitCode::UsageError;
        return loaded;
    }
    loaded.table = read.table;
    loaded.notices = read.notices;
    if (preset) {
        loaded.mapping = preset->mapping;
        loaded.policy = preset->policy;
        loaded.maxInvalidPercent = preset->maxInvalidPercent;
        loaded.presetName = preset->name;
        loaded.guardPercent = preset->guardPercent;
        loaded.guardMinimum = preset->guardMinimum;
        loaded.mappingWarnings = AutoMatcher::blankColumnWarnings(loaded.mapping, read.table->columnNames(),
                                                                  ColumnProfiler::profile(*read.table));
    } else {
        // Headers and the cells of a sample of rows (a few ms on 1M rows).
        const AutoMatchResult matched = AutoMatcher::match(*read.table);
        loaded.mapping = matched.mapping;
        loaded.conflicts = matched.conflicts;
        loaded.shape = FileShapeDetector::name(matched.shape);
        loaded.shapeNote = matched.shapeNote;
        loaded.mappingWarnings = matched.warnings;
    }
    if (request.policy)
        loaded.policy = *request.policy;
    if (request.maxInvalidPercent)
        loaded.maxInvalidPercent = *request.maxInvalidPercent;
    return loaded;
}

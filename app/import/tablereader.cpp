#include "import/tablereader.h"

#include "import/table.h"

#include <QCoreApplication>

ImportResult TableReader::read(const QString& path, const ImportOptions& options, const ProgressCallback& progress,
                               const CancelFlag* cancel, const PreviewCallback& preview)
{
    Q_UNUSED(options)
    Q_UNUSED(progress)
    Q_UNUSED(cancel)
    Q_UNUSED(preview)
    ImportResult result;
    result.error.file = path;
    result.error.message = QCoreApplication::translate("TableReader", "Reading is not implemented yet");
    return result;
}

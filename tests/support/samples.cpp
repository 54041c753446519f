#include "samples.h"

#include <QDir>

namespace Samples
{
    QString dir()
    {
        // TORIISYNC_SAMPLES lets a run point at another copy of the fixtures without rebuilding.
        const QString overridden = qEnvironmentVariable("TORIISYNC_SAMPLES");
        return overridden.isEmpty() ? QDir::cleanPath(QStringLiteral(TORIISYNC_SAMPLES_DIR)) : overridden;
    }

    QString path(const QString& fileName)
    {
        return dir() + u'/' + fileName;
    }
} // namespace Samples

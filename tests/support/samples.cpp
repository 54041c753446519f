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

    QStringList corpusFiles()
    {
        const QDir corpus(QStringLiteral(TORIISYNC_CORPUS_DIR));
        QStringList files;
        const QStringList names = corpus.entryList(
            {QStringLiteral("*.csv"), QStringLiteral("*.tsv"), QStringLiteral("*.txt"), QStringLiteral("*.xlsx")},
            QDir::Files, QDir::Name);
        for (const QString& name : names)
            files.append(corpus.filePath(name));
        return files;
    }
} // namespace Samples

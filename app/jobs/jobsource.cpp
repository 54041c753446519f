#include "jobs/jobsource.h"

#include "jobs/job.h"

#include <QDir>
#include <QFileInfo>

QString JobSource::resolve(const Job& job, QString* error)
{
    const QFileInfo source(job.sourcePath);
    if (!job.isFolderSource()) {
        if (!source.isFile()) {
            *error = tr("job \"%1\": the source file %2 does not exist or is not a file")
                         .arg(job.name, QDir::toNativeSeparators(job.sourcePath));
            return {};
        }
        return source.absoluteFilePath();
    }
    if (!source.isDir()) {
        *error = tr("job \"%1\": the source folder %2 does not exist or is not a folder")
                     .arg(job.name, QDir::toNativeSeparators(job.sourcePath));
        return {};
    }
    const QFileInfoList candidates =
        QDir(job.sourcePath).entryInfoList({job.pattern}, QDir::Files | QDir::Readable, QDir::Name);
    const QFileInfo* newest = nullptr;
    for (const QFileInfo& candidate : candidates) {
        if (!newest || candidate.lastModified() >= newest->lastModified())
            newest = &candidate;
    }
    if (!newest) {
        *error = tr("job \"%1\": no readable file matching \"%2\" in %3")
                     .arg(job.name, job.pattern, QDir::toNativeSeparators(source.absoluteFilePath()));
        return {};
    }
    return newest->absoluteFilePath();
}

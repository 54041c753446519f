#include "jobs/jobstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace
{
    constexpr qint64 maximumJobBytes = 256 * 1024;

    bool fail(QString* error, const QString& message)
    {
        if (error)
            *error = message;
        return false;
    }
} // namespace

JobStore::JobStore(const QString& directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/jobs")
                      : directory)
{ }

QString JobStore::pathFor(const QString& name) const
{
    return QDir(m_directory).filePath(name + QStringLiteral(".json"));
}

bool JobStore::exists(const QString& name) const
{
    return Job::checkName(name).isEmpty() && QFileInfo(pathFor(name)).isFile();
}

std::optional<Job> JobStore::load(const QString& name, QString* error) const
{
    if (const QString problem = Job::checkName(name); !problem.isEmpty()) {
        fail(error, problem);
        return std::nullopt;
    }
    const QString path = pathFor(name);
    const QFileInfo info(path);
    if (!info.exists()) {
        fail(error, tr("no job named \"%1\" (see 'torii-sync-cli job list')").arg(name));
        return std::nullopt;
    }
    QFile file(path);
    // A job file is small and regular; a device or pipe in its place is refused rather than read forever.
    if (!info.isFile() || info.size() > maximumJobBytes || !file.open(QIODevice::ReadOnly)) {
        fail(error, tr("cannot read job %1: not a small regular file").arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    QString why;
    std::optional<Job> job = Job::fromJsonBytes(file.read(maximumJobBytes), &why);
    if (!job) {
        fail(error, tr("job %1 refused: %2").arg(QDir::toNativeSeparators(path), why));
        return std::nullopt;
    }
    if (job->name != name) {
        fail(error,
             tr("job %1 refused: its \"name\" is \"%2\", the file name says \"%3\"")
                 .arg(QDir::toNativeSeparators(path), job->name, name));
        return std::nullopt;
    }
    return job;
}

QList<Job> JobStore::list(QStringList* warnings) const
{
    QList<Job> jobs;
    const QDir dir(m_directory);
    for (const QString& file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QString error;
        if (std::optional<Job> job = load(QFileInfo(file).completeBaseName(), &error))
            jobs.append(*job);
        else if (warnings)
            warnings->append(error);
    }
    return jobs;
}

bool JobStore::save(const Job& job, QString* error) const
{
    if (const QString problem = job.check(); !problem.isEmpty())
        return fail(error, problem);
    if (!QDir().mkpath(m_directory))
        return fail(error, tr("cannot create %1").arg(QDir::toNativeSeparators(m_directory)));
    const QString path = pathFor(job.name);
    QSaveFile file(path);
    const QByteArray bytes = job.toJsonBytes();
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return fail(error, tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

bool JobStore::remove(const QString& name, QString* error) const
{
    if (!exists(name))
        return fail(error, tr("no job named \"%1\" (see 'torii-sync-cli job list')").arg(name));
    if (!QFile::remove(pathFor(name)))
        return fail(error, tr("cannot delete %1").arg(QDir::toNativeSeparators(pathFor(name))));
    return true;
}

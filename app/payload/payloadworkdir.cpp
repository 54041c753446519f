#include "payload/payloadworkdir.h"

#include "common/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace
{
    // The new folder's template, after clearing the folders of runs that died (so they never pile up).
    QString cleanTemplate(const QString& root)
    {
        const QString folder = root.isEmpty() ? QDir::tempPath() : root;
        PayloadWorkDir::removeStale(folder);
        return folder + u'/' + QLatin1String(PayloadWorkDir::prefix) + QStringLiteral("XXXXXX");
    }

    bool ownedByUs(const QFileInfo& info)
    {
#ifdef Q_OS_UNIX
        return info.ownerId() == ::getuid();
#else
        Q_UNUSED(info);
        return true; // the user's own temporary folder
#endif
    }
} // namespace

PayloadWorkDir::PayloadWorkDir(const QString& root)
    : m_dir(cleanTemplate(root))
{
    if (!m_dir.isValid())
        return;
    m_lock = std::make_unique<QLockFile>(m_dir.filePath(QLatin1String(lockName)));
    m_lock->setStaleLockTime(0); // only a dead owner makes it stale, however long a run takes
    if (!m_lock->tryLock(0))
        m_lock.reset();
}

PayloadWorkDir::~PayloadWorkDir()
{
    m_lock.reset(); // unlock before the folder goes
}

bool PayloadWorkDir::isValid() const
{
    return m_dir.isValid() && m_lock;
}

QString PayloadWorkDir::path() const
{
    return m_dir.path();
}

QString PayloadWorkDir::filePath(const QString& name) const
{
    return m_dir.filePath(name);
}

QString PayloadWorkDir::errorString() const
{
    return m_dir.errorString();
}

int PayloadWorkDir::removeStale(const QString& root)
{
    int removed = 0;
    const QDir dir(root);
    const QFileInfoList candidates =
        dir.entryInfoList({QLatin1String(prefix) + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo& info : candidates) {
        const QString lockPath = info.absoluteFilePath() + u'/' + QLatin1String(lockName);
        if (info.isSymLink() || !ownedByUs(info) || QFileInfo(lockPath).isSymLink() || !QFileInfo::exists(lockPath))
            continue; // not one of ours
        QLockFile lock(lockPath);
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its owner still runs (or the lock is unreadable): leave it
        lock.unlock();
        if (QDir(info.absoluteFilePath()).removeRecursively()) {
            ++removed;
            qCInfo(lcPayload) << "removed the payload folder of a run that died:" << info.absoluteFilePath();
        }
    }
    return removed;
}

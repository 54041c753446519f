#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace
{
    QString key()
    {
        return QStringLiteral("recent/files");
    }
} // namespace

namespace RecentFiles
{
    QStringList list()
    {
        QStringList files = QSettings().value(key()).toStringList();
        // Files deleted or moved since are not offered.
        files.erase(std::remove_if(files.begin(), files.end(), [](const QString& p) { return !QFileInfo::exists(p); }),
                    files.end());
        return files;
    }

    void add(const QString& path)
    {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        QStringList files = QSettings().value(key()).toStringList();
        files.removeAll(absolute);
        files.prepend(absolute);
        while (files.size() > MaxEntries)
            files.removeLast();
        QSettings settings;
        settings.setValue(key(), files);
        settings.setValue(QStringLiteral("recent/directory"), QFileInfo(absolute).absolutePath());
    }

    void clear()
    {
        QSettings().remove(key());
    }

    QString lastDirectory()
    {
        const QString dir = QSettings().value(QStringLiteral("recent/directory")).toString();
        if (!dir.isEmpty() && QDir(dir).exists())
            return dir;
        return QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    }
} // namespace RecentFiles

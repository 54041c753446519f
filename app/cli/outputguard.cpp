#include "cli/outputguard.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace
{
    // What a path names: the device and inode of an existing file (so hard links match), else its resolved
    // location.
    QString identity(const QString& path)
    {
        const QFileInfo info(path);
#ifdef Q_OS_UNIX
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(info.absoluteFilePath()).constData(), &st) == 0)
            return QStringLiteral("inode:%1:%2").arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
#endif
        if (info.exists())
            return QStringLiteral("path:") + info.canonicalFilePath();
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        return QStringLiteral("path:") + (folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName();
    }
} // namespace

QString OutputGuard::check(const QList<Path>& inputs, const QList<Path>& outputs)
{
    QList<std::pair<QString, const Path*>> seen;
    for (const Path& input : inputs) {
        if (!input.path.isEmpty() && QFileInfo::exists(input.path))
            seen.append({identity(input.path), &input});
    }
    const qsizetype inputCount = seen.size();
    for (const Path& output : outputs) {
        if (output.path.isEmpty())
            continue;
        const QString id = identity(output.path);
        for (qsizetype i = 0; i < seen.size(); ++i) {
            if (seen.at(i).first != id)
                continue;
            const Path& other = *seen.at(i).second;
            return i < inputCount ? tr("%1 %2 is the input %3 (%4): refusing to overwrite it; choose another file")
                                        .arg(output.label, QDir::toNativeSeparators(output.path), other.label,
                                             QDir::toNativeSeparators(other.path))
                                  : tr("%1 and %2 name the same file (%3): each output needs a file of its own")
                                        .arg(other.label, output.label, QDir::toNativeSeparators(output.path));
        }
        seen.append({id, &output});
    }
    return {};
}

#include "mapping/presetstore.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace
{
    bool fail(QString* error, const QString& message)
    {
        if (error)
            *error = message;
        return false;
    }

    std::optional<Preset> readPresetFile(const QString& path, QString* error)
    {
        constexpr qint64 maxPresetBytes = 4 * 1024 * 1024;
        // Only a regular file: opening a FIFO waits for a writer and a device like /dev/zero never ends.
        if (const QFileInfo info(path); info.exists() && !info.isFile()) {
            fail(error,
                 PresetStore::tr("%1 is not a regular file (a folder, pipe or device), so "
                                 "it cannot be a preset")
                     .arg(QDir::toNativeSeparators(path)));
            return std::nullopt;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(error,
                 PresetStore::tr("cannot read preset %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return std::nullopt;
        }
        // Presets are small; anything huge is not one.
        // Read with a bound, not trusting size(): the file can grow while it is read.
        const QByteArray bytes = file.read(maxPresetBytes + 1);
        if (bytes.size() > maxPresetBytes) {
            fail(error, PresetStore::tr("%1 is too large to be a preset").arg(QDir::toNativeSeparators(path)));
            return std::nullopt;
        }
        QString why;
        std::optional<Preset> preset = Preset::fromJsonBytes(bytes, &why);
        if (!preset)
            fail(error, PresetStore::tr("preset %1 refused: %2").arg(QDir::toNativeSeparators(path), why));
        return preset;
    }

    bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error)
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(error,
                        PresetStore::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        if (file.write(bytes) != bytes.size() || !file.commit())
            return fail(error,
                        PresetStore::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return true;
    }
} // namespace

PresetStore::PresetStore(const QString& directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/presets")
                      : directory)
{ }

QString PresetStore::fileNameFor(const QString& presetName)
{
    // A readable, portable file name: letters, digits, '-' and '_' kept, the rest folded to '-'.
    QString base;
    for (const QChar c : presetName.trimmed()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            base.append(c.toLower());
        else if (!base.endsWith(QLatin1Char('-')))
            base.append(QLatin1Char('-'));
    }
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("preset");
    return base + QStringLiteral(".json");
}

QList<Preset> PresetStore::bundled()
{
    static const QList<Preset> presets = [] {
        QList<Preset> list;
        const QDir dir(QStringLiteral(":/presets"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString& f : files) {
            QString error;
            std::optional<Preset> p = readPresetFile(dir.filePath(f), &error);
            if (!p) {
                qCWarning(lcMapping) << "bundled preset" << f << "is broken:" << error;
                continue;
            }
            p->bundled = true;
            list.append(*p);
        }
        std::sort(list.begin(), list.end(),
                  [](const Preset& a, const Preset& b) { return a.name.localeAwareCompare(b.name) < 0; });
        return list;
    }();
    return presets;
}

QList<Preset> PresetStore::list(QStringList* warnings) const
{
    QList<Preset> user;
    const QDir dir(m_directory);
    for (const QString& f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QString error;
        std::optional<Preset> p = readPresetFile(dir.filePath(f), &error);
        if (!p) {
            if (warnings)
                warnings->append(error);
            continue;
        }
        user.append(*p);
    }
    std::sort(user.begin(), user.end(),
              [](const Preset& a, const Preset& b) { return a.name.localeAwareCompare(b.name) < 0; });
    QList<Preset> all;
    for (const Preset& b : bundled()) {
        const bool hidden = std::any_of(user.cbegin(), user.cend(), [&b](const Preset& u) {
            return u.name.compare(b.name, Qt::CaseInsensitive) == 0;
        });
        if (!hidden)
            all.append(b);
    }
    all.append(user);
    return all;
}

QStringList PresetStore::names() const
{
    QStringList names;
    for (const Preset& p : list())
        names.append(p.name);
    return names;
}

std::optional<Preset> PresetStore::load(const QString& name, QString* error) const
{
    for (const Preset& p : list()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    // A user preset that fails to load must say why rather than "not found".
    const QString path = QDir(m_directory).filePath(fileNameFor(name));
    if (QFileInfo::exists(path))
        return readPresetFile(path, error);
    fail(error, tr("no preset named \"%1\" (see 'torii-sync-cli presets list')").arg(name));
    return std::nullopt;
}

bool PresetStore::save(const Preset& preset, QString* error) const
{
    if (preset.name.trimmed().isEmpty())
        return fail(error, tr("a preset needs a name"));
    if (!QDir().mkpath(m_directory))
        return fail(error, tr("cannot create %1").arg(QDir::toNativeSeparators(m_directory)));
    Preset copy = preset;
    copy.bundled = false;
    copy.formatVersion = Preset::FormatVersion;
    return writeAtomically(QDir(m_directory).filePath(fileNameFor(preset.name)), copy.toJsonBytes(), error);
}

bool PresetStore::remove(const QString& name, QString* error) const
{
    const QDir dir(m_directory);
    for (const QString& f : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        std::optional<Preset> p = readPresetFile(dir.filePath(f), nullptr);
        if (p && p->name.compare(name, Qt::CaseInsensitive) == 0) {
            if (!QFile::remove(dir.filePath(f)))
                return fail(error, tr("cannot delete %1").arg(QDir::toNativeSeparators(dir.filePath(f))));
            return true;
        }
    }
    for (const Preset& b : bundled()) {
        if (b.name.compare(name, Qt::CaseInsensitive) == 0)
            return fail(error, tr("\"%1\" is a bundled preset and cannot be deleted").arg(b.name));
    }
    return fail(error, tr("no user preset named \"%1\"").arg(name));
}

std::optional<Preset> PresetStore::importFile(const QString& path, QString* error) const
{
    std::optional<Preset> p = readPresetFile(path, error);
    if (!p)
        return std::nullopt;
    if (!save(*p, error))
        return std::nullopt;
    return p;
}

bool PresetStore::exportTo(const QString& name, const QString& path, QString* error) const
{
    std::optional<Preset> p = load(name, error);
    if (!p)
        return false;
    return writeAtomically(path, p->toJsonBytes(), error);
}

std::optional<Preset> PresetStore::findForHeader(const QStringList& columns) const
{
    // The best-fitting preset; on a tie the user's own preset wins over a built-in one, since it was saved for
    // exactly this kind of file; between two of a kind the first listed (by name) wins. The window's
    // suggestion and `inspect` both ask here, so they never disagree.
    std::optional<Preset> best;
    double bestScore = MinimumScore;
    for (const Preset& p : list()) {
        const double score = p.matchScore(columns);
        const bool better =
            !best ? score >= bestScore : score > bestScore || (score == bestScore && best->bundled && !p.bundled);
        if (better) {
            best = p;
            bestScore = score;
        }
    }
    return best;
}

std::optional<Preset> PresetStore::resolve(const QString& nameOrPath, QString* error) const
{
    const QFileInfo info(nameOrPath);
    if ((nameOrPath.contains(QLatin1Char('/')) || nameOrPath.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) &&
        info.exists())
        return readPresetFile(nameOrPath, error);
    return load(nameOrPath, error);
}

#include "history/snapshotstore.h"

#include "history/historystore.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace
{
    constexpr quint32 magic = 0x54535350; // "TSSP"
    constexpr quint32 version = 1;
} // namespace

SnapshotStore::SnapshotStore(const QString& historyPath)
    : m_dir(QFileInfo(historyPath.isEmpty() ? HistoryStore::defaultPath() : historyPath).absolutePath() +
            QStringLiteral("/snapshots"))
{ }

QString SnapshotStore::pathFor(const QString& apiUrl, qint64 appAccountId) const
{
    // The target names the file through a hash: the directory listing shows no URL or account id.
    const QByteArray target = apiUrl.toUtf8() + '\n' + QByteArray::number(appAccountId);
    const QByteArray name = QCryptographicHash::hash(target, QCryptographicHash::Sha256).toHex().left(32);
    return m_dir + u'/' + QString::fromLatin1(name) + QStringLiteral(".snapshot");
}

bool SnapshotStore::save(const QString& apiUrl, qint64 appAccountId, const UserSet& users, QString* error)
{
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = tr("cannot create %1").arg(QDir::toNativeSeparators(m_dir));
        return false;
    }
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile file(pathFor(apiUrl, appAccountId));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // Before any byte: the temporary file is private from the start, and the rename keeps its mode.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_0);
    out << magic << version << QDateTime::currentDateTimeUtc() << users.licenseNames() << qint64(users.size());
    for (const UserSet::User& user : users.users()) {
        out << user.email << quint8(user.status) << quint32(user.licenses.size());
        for (int id : user.licenses)
            out << qint32(id);
    }
    if (out.status() != QDataStream::Ok || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<UserSet> SnapshotStore::load(const QString& apiUrl, qint64 appAccountId, QString* error) const
{
    QFile file(pathFor(apiUrl, appAccountId));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 fileMagic = 0, fileVersion = 0;
    QDateTime saved;
    QList<QByteArray> names;
    qint64 count = 0;
    in >> fileMagic >> fileVersion >> saved >> names >> count;
    if (fileMagic != magic || fileVersion != version || count < 0 || in.status() != QDataStream::Ok) {
        if (error)
            *error = tr("%1 is not a snapshot this version can read").arg(QDir::toNativeSeparators(file.fileName()));
        return std::nullopt;
    }
    UserSet users;
    users.reserve(std::min<qint64>(count, 10'000'000));
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QByteArray email;
        quint8 status = 0;
        quint32 held = 0;
        in >> email >> status >> held;
        const qsizetype index = users.addNormalized(
            email, status == quint8(UserSet::Status::Deleted) ? UserSet::Status::Deleted : UserSet::Status::Active);
        for (quint32 l = 0; l < held && in.status() == QDataStream::Ok; ++l) {
            qint32 id = -1;
            in >> id;
            if (id >= 0 && id < names.size())
                users.addLicenseAt(index, names.at(id));
        }
    }
    if (in.status() != QDataStream::Ok) {
        if (error)
            *error = tr("%1 is damaged").arg(QDir::toNativeSeparators(file.fileName()));
        return std::nullopt;
    }
    users.finalize();
    return users;
}

QDateTime SnapshotStore::savedAt(const QString& apiUrl, qint64 appAccountId) const
{
    QFile file(pathFor(apiUrl, appAccountId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 fileMagic = 0, fileVersion = 0;
    QDateTime saved;
    in >> fileMagic >> fileVersion >> saved;
    return fileMagic == magic && fileVersion == version ? saved : QDateTime();
}

bool SnapshotStore::removeAll()
{
    QDir dir(m_dir);
    return !dir.exists() || dir.removeRecursively();
}

// PayloadWorkDir: the payload's private folder, and the clean-up of folders left by runs that were killed
// (issue #21/10): only ours, only dead owners.
#include "payload/payloadworkdir.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

class TestPayloadWorkDir : public QObject
{
    Q_OBJECT

private slots:
    void privateFolderRemovedAtEnd();
    void staleFoldersOfDeadOwnersRemoved();

private:
    static QString makeFolder(const QString& root, const QString& name);
};

QString TestPayloadWorkDir::makeFolder(const QString& root, const QString& name)
{
    const QString path = root + u'/' + name;
    QDir().mkpath(path);
    QFile payload(path + QStringLiteral("/payload.json"));
    if (payload.open(QIODevice::WriteOnly))
        payload.write(R"({"users":[{"email":"someone@example.com"}]})");
    return path;
}

void TestPayloadWorkDir::privateFolderRemovedAtEnd()
{
    QTemporaryDir root;
    QString path;
    {
        const PayloadWorkDir dir(root.path());
        QVERIFY(dir.isValid());
        path = dir.path();
        QVERIFY(QFileInfo(path).fileName().startsWith(QLatin1String(PayloadWorkDir::prefix)));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());
        QVERIFY(QFileInfo::exists(dir.filePath(QLatin1String(PayloadWorkDir::lockName))));
        // A live owner's folder is never taken by another run's clean-up.
        QCOMPARE(PayloadWorkDir::removeStale(root.path()), 0);
        QVERIFY(QFileInfo::exists(path));
    }
    QVERIFY(!QFileInfo::exists(path));
}

void TestPayloadWorkDir::staleFoldersOfDeadOwnersRemoved()
{
    QTemporaryDir root;
    // A process that has ended: its pid in a lock file is what a SIGKILLed run leaves behind.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForFinished(10000));
    const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
    const QString dead = makeFolder(root.path(), QStringLiteral("torii-sync-dead01"));
    QFile lock(dead + u'/' + QLatin1String(PayloadWorkDir::lockName));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\ntorii-sync-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();

    const QString foreign = makeFolder(root.path(), QStringLiteral("torii-sync-nolock")); // not provably ours
    const QString other = makeFolder(root.path(), QStringLiteral("someone-else"));
    const QString target = makeFolder(root.path(), QStringLiteral("target"));
    QVERIFY(QFile::link(target, root.filePath(QStringLiteral("torii-sync-link1")))); // never follow a link

    const PayloadWorkDir fresh(root.path());
    QVERIFY(fresh.isValid());
    QVERIFY(!QFileInfo::exists(dead));
    QVERIFY(QFileInfo::exists(foreign + QStringLiteral("/payload.json")));
    QVERIFY(QFileInfo::exists(other + QStringLiteral("/payload.json")));
    QVERIFY(QFileInfo::exists(target + QStringLiteral("/payload.json")));
}

QTEST_GUILESS_MAIN(TestPayloadWorkDir)
#include "tst_payloadworkdir.moc"

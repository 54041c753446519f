// SnapshotStore: the last accepted sync's users per target, round-tripped, private (0600), one file per target,
// refused when damaged, removed with the history.
#include "history/snapshotstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestSnapshotStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void perTarget();
    void damagedIsRefused();
    void removeAll();

private:
    QTemporaryDir m_dir;
    [[nodiscard]] QString historyPath() const { return m_dir.filePath(QStringLiteral("history.sqlite")); }
};

void TestSnapshotStore::roundTrip()
{
    UserSet users;
    const qsizetype a = users.add("a@x.com", UserSet::Status::Active);
    users.addLicenseAt(a, "Pro");
    users.addLicenseAt(a, "Admin Pack");
    users.add("b@x.com", UserSet::Status::Deleted);
    users.finalize();
    SnapshotStore store(historyPath());
    const QString url = QStringLiteral("https://api.toriihq.com/v1.0");
    QString error;
    QVERIFY2(store.save(url, 42, users, &error), qPrintable(error));
    const QString path = store.pathFor(url, 42);
    // Owner read/write only: nothing for group or others.
    QCOMPARE(QFile::permissions(path) &
                 (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup |
                  QFile::ReadOther | QFile::WriteOther),
             QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!path.contains(QLatin1String("toriihq")));
    const std::optional<UserSet> loaded = store.load(url, 42, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->size(), 2);
    const UserSet::User& first = loaded->at(loaded->indexOf("a@x.com"));
    QCOMPARE(first.licenses.size(), 2);
    QCOMPARE(loaded->at(loaded->indexOf("b@x.com")).status, UserSet::Status::Deleted);
    QVERIFY(store.savedAt(url, 42).isValid());
}

void TestSnapshotStore::perTarget()
{
    SnapshotStore store(historyPath());
    QVERIFY(!store.load(QStringLiteral("https://other.example/v1.0"), 42));
    QVERIFY(!store.load(QStringLiteral("https://api.toriihq.com/v1.0"), 43));
    QVERIFY(store.pathFor(QStringLiteral("a"), 1) != store.pathFor(QStringLiteral("a"), 2));
}

void TestSnapshotStore::damagedIsRefused()
{
    SnapshotStore store(historyPath());
    const QString url = QStringLiteral("https://damaged.example/v1.0");
    QVERIFY(store.save(url, 1, UserSet()));
    QFile file(store.pathFor(url, 1));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a snapshot");
    file.close();
    QString error;
    QVERIFY(!store.load(url, 1, &error));
    QVERIFY(!error.isEmpty());
}

void TestSnapshotStore::removeAll()
{
    SnapshotStore store(historyPath());
    QVERIFY(store.save(QStringLiteral("u"), 1, UserSet()));
    QVERIFY(QFile::exists(store.pathFor(QStringLiteral("u"), 1)));
    QVERIFY(store.removeAll());
    QVERIFY(!QFile::exists(store.pathFor(QStringLiteral("u"), 1)));
}

QTEST_GUILESS_MAIN(TestSnapshotStore)
#include "tst_snapshotstore.moc"

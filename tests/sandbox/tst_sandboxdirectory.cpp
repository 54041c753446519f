// SandboxDirectory's listing of an app's users: cursor pages that add up to the whole listing in a stable order,
// the status filter, and a listing that follows every change (users replaced, a sync settling, another account,
// users of no account) although the rows are kept between pages.
#include "sandbox/sandboxdirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestSandboxDirectory final : public QObject
{
    Q_OBJECT

private slots:
    void pagesAddUpToTheListing();
    void statusFilter();
    void listingFollowsChanges();
    void settledSyncReplacesUsers();

private:
    struct Listed
    {
        QStringList emails;
        QStringList statuses;
    };
    static QList<SandboxDirectory::User> users(const QString& prefix, int count);
    // Pages through the app's users `size` at a time; fails the test on an error answer.
    static Listed listAll(SandboxDirectory& directory, qint64 appId, int size, const QByteArray& filter = {},
                          qint64 nowMs = 0);
};

QList<SandboxDirectory::User> TestSandboxDirectory::users(const QString& prefix, int count)
{
    QList<SandboxDirectory::User> list;
    for (int i = 0; i < count; ++i) {
        SandboxDirectory::User user;
        user.email = QStringLiteral("%1%2@corp.example").arg(prefix).arg(i);
        list.append(user);
    }
    return list;
}

TestSandboxDirectory::Listed TestSandboxDirectory::listAll(SandboxDirectory& directory, qint64 appId, int size,
                                                           const QByteArray& filter, qint64 nowMs)
{
    Listed listed;
    QByteArray cursor;
    for (int pages = 0; pages < 10000; ++pages) {
        QByteArray query = "size=" + QByteArray::number(size) + filter;
        if (!cursor.isEmpty())
            query += "&cursor=" + cursor;
        const SandboxDirectory::Answer answer = directory.listUsers(appId, query, nowMs);
        if (answer.status != 200) {
            QTest::qFail(qPrintable(answer.message), __FILE__, __LINE__);
            return listed;
        }
        const QJsonObject body = QJsonDocument::fromJson(answer.json).object();
        for (const QJsonValue& user : body.value(QLatin1String("users")).toArray()) {
            listed.emails.append(user[QLatin1String("email")].toString());
            listed.statuses.append(user[QLatin1String("status")].toString());
        }
        cursor = body.value(QLatin1String("nextCursor")).toString().toLatin1();
        if (cursor.isEmpty())
            return listed;
    }
    QTest::qFail("the cursor never ended", __FILE__, __LINE__);
    return listed;
}

void TestSandboxDirectory::pagesAddUpToTheListing()
{
    SandboxDirectory directory;
    directory.addApp(7, QStringLiteral("Corp app"));
    directory.addAppAccount(70, 7, QStringLiteral("main"));
    directory.addAppAccount(71, 7, QStringLiteral("second"));
    directory.setUsers(71, users(QStringLiteral("b"), 5));
    directory.setUsers(70, users(QStringLiteral("a"), 23));
    directory.setUnattachedUsers(7, users(QStringLiteral("u"), 2));
    const Listed whole = listAll(directory, 7, 1000);
    QCOMPARE(whole.emails.size(), 30);
    QCOMPARE(whole.emails.first(), QStringLiteral("a0@corp.example")); // account by account, by id
    QCOMPARE(whole.emails.at(23), QStringLiteral("b0@corp.example"));
    QCOMPARE(whole.emails.last(), QStringLiteral("u1@corp.example")); // then the rows of no account
    for (int size : {1, 4, 7, 29, 30}) {
        const Listed paged = listAll(directory, 7, size);
        QCOMPARE(paged.emails, whole.emails);
    }
}

void TestSandboxDirectory::statusFilter()
{
    SandboxDirectory directory;
    directory.addApp(7, QStringLiteral("Corp app"));
    directory.addAppAccount(70, 7, QStringLiteral("main"));
    QList<SandboxDirectory::User> list = users(QStringLiteral("a"), 10);
    for (int i = 0; i < list.size(); i += 3)
        list[i].status = QStringLiteral("deleted");
    directory.setUsers(70, list);
    const Listed deleted = listAll(directory, 7, 2, "&status=deleted");
    QCOMPARE(deleted.emails,
             QStringList({QStringLiteral("a0@corp.example"), QStringLiteral("a3@corp.example"),
                          QStringLiteral("a6@corp.example"), QStringLiteral("a9@corp.example")}));
    QCOMPARE(listAll(directory, 7, 3, "&status=active").emails.size(), 6);
    QCOMPARE(listAll(directory, 7, 3).emails.size(), 10); // the unfiltered listing is not the filtered one kept
}

void TestSandboxDirectory::listingFollowsChanges()
{
    SandboxDirectory directory;
    directory.addApp(7, QStringLiteral("Corp app"));
    directory.addApp(8, QStringLiteral("Other app"));
    directory.addAppAccount(70, 7, QStringLiteral("main"));
    directory.setUsers(70, users(QStringLiteral("a"), 4));
    QCOMPARE(listAll(directory, 7, 3).emails.size(), 4);
    directory.setUsers(70, users(QStringLiteral("c"), 6));
    const Listed replaced = listAll(directory, 7, 3);
    QCOMPARE(replaced.emails.size(), 6);
    QCOMPARE(replaced.emails.first(), QStringLiteral("c0@corp.example"));
    directory.setUnattachedUsers(7, users(QStringLiteral("u"), 1));
    QCOMPARE(listAll(directory, 7, 3).emails.size(), 7);
    directory.addAppAccount(80, 7, QStringLiteral("another"));
    directory.setUsers(80, users(QStringLiteral("d"), 2));
    QCOMPARE(listAll(directory, 7, 3).emails.size(), 9);
    QCOMPARE(listAll(directory, 8, 3).emails.size(), 0);     // another app's listing, then back
    directory.addAppAccount(80, 8, QStringLiteral("moved")); // re-homed to the other app
    QCOMPARE(listAll(directory, 7, 3).emails.size(), 7);
    QCOMPARE(listAll(directory, 8, 3).emails.size(), 2);
}

void TestSandboxDirectory::settledSyncReplacesUsers()
{
    SandboxDirectory directory;
    directory.setSettleDelayMs(1000);
    directory.addApp(7, QStringLiteral("Corp app"));
    directory.addAppAccount(70, 7, QStringLiteral("main"));
    directory.setUsers(70, users(QStringLiteral("a"), 3));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("payload.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"users":[{"email":"a0@corp.example","status":"active"},{"email":"n@corp.example"}],"licenses":[]})");
    file.close();
    directory.addSync(70, path, 0);
    const Listed before = listAll(directory, 7, 2, {}, 500); // not yet due
    QCOMPARE(before.emails.size(), 3);
    QCOMPARE(before.statuses, QStringList(3, QStringLiteral("active")));
    const Listed after = listAll(directory, 7, 2, {}, 1000);
    QCOMPARE(after.emails,
             QStringList({QStringLiteral("a0@corp.example"), QStringLiteral("n@corp.example"),
                          QStringLiteral("a1@corp.example"), QStringLiteral("a2@corp.example")}));
    QCOMPARE(after.statuses,
             QStringList({QStringLiteral("active"), QStringLiteral("active"), QStringLiteral("deleted"),
                          QStringLiteral("deleted")}));
}

QTEST_GUILESS_MAIN(TestSandboxDirectory)
#include "tst_sandboxdirectory.moc"

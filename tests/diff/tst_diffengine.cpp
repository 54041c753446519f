// DiffEngine, UserSet and RemovalGuard: every kind of change counted and listed, e-mails matched however Torii
// spells them, licences per name, the JSON form the CLI prints, and the guard's thresholds and allowance.
#include "diff/diffengine.h"
#include "diff/removalguard.h"

#include <QJsonArray>
#include <QTest>

namespace
{
    using Status = UserSet::Status;

    UserSet makeSet(const QList<std::tuple<const char*, Status, QList<const char*>>>& users)
    {
        UserSet set;
        for (const auto& [email, status, licenses] : users) {
            const qsizetype i = set.add(email, status);
            for (const char* l : licenses)
                set.addLicenseAt(i, l);
        }
        set.finalize();
        return set;
    }

    QStringList strings(const QList<QByteArray>& list)
    {
        QStringList out;
        for (const QByteArray& b : list)
            out.append(QString::fromUtf8(b));
        return out;
    }
} // namespace

class TestDiffEngine : public QObject
{
    Q_OBJECT

private slots:
    void everyKindOfChange();
    void emailsMatchNormalised();
    void licencesPerName();
    void jsonForm();
    void sampleIsFirstTwenty();
    void guardThresholds_data();
    void guardThresholds();
    void allowanceParsing();
};

void TestDiffEngine::everyKindOfChange()
{
    const UserSet current = makeSet({{"keep@x.com", Status::Active, {}},
                                     {"gone@x.com", Status::Active, {}},
                                     {"off@x.com", Status::Active, {}},
                                     {"back@x.com", Status::Deleted, {}},
                                     {"stilldeleted@x.com", Status::Deleted, {}}});
    const UserSet payload = makeSet({{"keep@x.com", Status::Active, {}},
                                     {"off@x.com", Status::Deleted, {}},
                                     {"back@x.com", Status::Active, {}},
                                     {"new@x.com", Status::Active, {}},
                                     {"newdeleted@x.com", Status::Deleted, {}}});
    const UserDiff diff = DiffEngine::compare(payload, current, UserDiff::Source::Torii);
    QCOMPARE(diff.current, 3);
    QCOMPARE(strings(diff.added), QStringList {QStringLiteral("new@x.com")});
    QCOMPARE(strings(diff.removed), QStringList {QStringLiteral("gone@x.com")});
    QCOMPARE(strings(diff.deactivated), QStringList {QStringLiteral("off@x.com")});
    QCOMPARE(strings(diff.reactivated), QStringList {QStringLiteral("back@x.com")});
    QCOMPARE(diff.unchanged, 1);
    QCOMPARE(diff.removals(), 2);
    // Every current active user is removed, deactivated or unchanged.
    QCOMPARE(diff.current, diff.removals() + diff.unchanged);
    QVERIFY(!diff.statusesMatch());
    QVERIFY(DiffEngine::compare(payload, payload, UserDiff::Source::Torii).statusesMatch());
}

void TestDiffEngine::emailsMatchNormalised()
{
    const UserSet current = makeSet({{"  Adam@Example.COM ", Status::Active, {}}});
    const UserSet payload = makeSet({{"adam@example.com", Status::Active, {}}});
    const UserDiff diff = DiffEngine::compare(payload, current, UserDiff::Source::Torii);
    QCOMPARE(diff.unchanged, 1);
    QVERIFY(diff.added.isEmpty());
    QVERIFY(diff.removed.isEmpty());
}

void TestDiffEngine::licencesPerName()
{
    const UserSet current = makeSet({{"a@x.com", Status::Active, {"Pro"}},
                                     {"b@x.com", Status::Active, {"Basic"}},
                                     {"c@x.com", Status::Active, {"Pro"}},
                                     {"gone@x.com", Status::Active, {"Pro"}}});
    const UserSet payload = makeSet({{"a@x.com", Status::Active, {"Pro"}},
                                     {"b@x.com", Status::Active, {"Pro"}},
                                     {"c@x.com", Status::Deleted, {"Pro"}},
                                     {"new@x.com", Status::Active, {"Enterprise"}}});
    const UserDiff diff = DiffEngine::compare(payload, current, UserDiff::Source::Torii);
    QCOMPARE(strings(diff.licenseChanged), QStringList {QStringLiteral("b@x.com")});
    QCOMPARE(diff.licensesAdded.value("Pro"), 1);        // b
    QCOMPARE(diff.licensesAdded.value("Enterprise"), 1); // new
    QCOMPARE(diff.licensesRemoved.value("Basic"), 1);    // b
    QCOMPARE(diff.licensesRemoved.value("Pro"), 2);      // c deactivated, gone removed
    QVERIFY(!diff.licensesRemoved.contains("Enterprise"));
}

void TestDiffEngine::jsonForm()
{
    const UserSet current = makeSet({{"gone@x.com", Status::Active, {"Pro"}}});
    const UserSet payload = makeSet({{"new@x.com", Status::Active, {}}});
    const QJsonObject json = DiffEngine::compare(payload, current, UserDiff::Source::LastSync).toJson();
    const QStringList keys {
        QStringLiteral("added"),         QStringLiteral("current"),     QStringLiteral("deactivated"),
        QStringLiteral("licenses"),      QStringLiteral("reactivated"), QStringLiteral("removed"),
        QStringLiteral("removedSample"), QStringLiteral("source"),      QStringLiteral("unchanged")};
    QCOMPARE(json.keys(), keys);
    QCOMPARE(json.value(QLatin1String("source")).toString(), QStringLiteral("last-sync"));
    QCOMPARE(json.value(QLatin1String("current")).toInteger(), 1);
    QCOMPARE(json.value(QLatin1String("added")).toInteger(), 1);
    QCOMPARE(json.value(QLatin1String("removed")).toInteger(), 1);
    QCOMPARE(json.value(QLatin1String("removedSample")).toArray().at(0).toString(), QStringLiteral("gone@x.com"));
    QCOMPARE(json.value(QLatin1String("licenses"))
                 .toObject()
                 .value(QLatin1String("removed"))
                 .toObject()
                 .value(QLatin1String("Pro"))
                 .toInteger(),
             1);
    QCOMPARE(UserDiff::sourceKey(UserDiff::Source::Torii), QStringLiteral("torii"));
    QCOMPARE(UserDiff::sourceKey(UserDiff::Source::None), QStringLiteral("none"));
}

void TestDiffEngine::sampleIsFirstTwenty()
{
    UserSet current;
    for (int i = 0; i < 50; ++i)
        current.add(QByteArray("u" + QByteArray::number(i) + "@x.com"), Status::Active);
    const UserDiff diff = DiffEngine::compare(UserSet(), current, UserDiff::Source::Torii);
    const QJsonArray sample = diff.toJson().value(QLatin1String("removedSample")).toArray();
    QCOMPARE(sample.size(), 20);
    QCOMPARE(sample.at(0).toString(), QStringLiteral("u0@x.com"));
    QCOMPARE(sample.at(19).toString(), QStringLiteral("u19@x.com"));
    QCOMPARE(diff.removed.size(), 50);
}

void TestDiffEngine::guardThresholds_data()
{
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("removals");
    QTest::addColumn<QString>("allow");
    QTest::addColumn<bool>("blocked");
    QTest::newRow("10 of 100 is not more than 10%") << 100 << 10 << QString() << false;
    QTest::newRow("11 of 100") << 100 << 11 << QString() << true;
    QTest::newRow("9 of 20: under the minimum") << 20 << 9 << QString() << false;
    QTest::newRow("10 of 20") << 20 << 10 << QString() << true;
    QTest::newRow("allowed exactly") << 100 << 11 << QStringLiteral("11") << false;
    QTest::newRow("allowed too few") << 100 << 11 << QStringLiteral("10") << true;
    QTest::newRow("allowed all") << 100 << 100 << QStringLiteral("all") << false;
    QTest::newRow("nothing known") << 0 << 0 << QString() << false;
}

void TestDiffEngine::guardThresholds()
{
    QFETCH(int, current);
    QFETCH(int, removals);
    QFETCH(QString, allow);
    QFETCH(bool, blocked);
    UserSet now;
    for (int i = 0; i < current; ++i)
        now.add(QByteArray("u" + QByteArray::number(i) + "@x.com"), Status::Active);
    UserSet payload;
    for (int i = removals; i < current; ++i)
        payload.add(QByteArray("u" + QByteArray::number(i) + "@x.com"), Status::Active);
    const UserDiff diff = DiffEngine::compare(payload, now, UserDiff::Source::Torii);
    QCOMPARE(diff.removals(), removals);
    RemovalGuard::Allowance allowance;
    if (!allow.isEmpty())
        QVERIFY(RemovalGuard::Allowance::parse(allow, &allowance));
    QCOMPARE(RemovalGuard::blocks(diff, RemovalGuard::Thresholds {}, allowance), blocked);
}

void TestDiffEngine::allowanceParsing()
{
    RemovalGuard::Allowance allowance;
    QVERIFY(RemovalGuard::Allowance::parse(QStringLiteral("ALL"), &allowance));
    QVERIFY(allowance.all);
    QVERIFY(RemovalGuard::Allowance::parse(QStringLiteral("0"), &allowance));
    QVERIFY(!allowance.all && allowance.upTo == 0);
    QVERIFY(!RemovalGuard::Allowance::parse(QStringLiteral("-1"), &allowance));
    QVERIFY(!RemovalGuard::Allowance::parse(QStringLiteral("some"), &allowance));
}

QTEST_GUILESS_MAIN(TestDiffEngine)
#include "tst_diffengine.moc"

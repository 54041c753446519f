// UserSet's address index against a plain map: every address found at the index it was first added at, the later
// row's status winning, absent and empty addresses not found, across the index's growth, after reserve(), in copies
// and after moves — on enough random addresses (many sharing a prefix, some repeated) to fill many slots.
#include "diff/userset.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <string>

class TestUserSet final : public QObject
{
    Q_OBJECT

private slots:
    void indexAgreesWithAMap_data();
    void indexAgreesWithAMap();
    void copiesAndMovesKeepTheIndex();
    void emptyAndAbsent();
};

namespace
{
    QByteArray randomAddress(QRandomGenerator& random)
    {
        // A small alphabet and short local parts, so many addresses repeat and many share a prefix.
        QByteArray local = "user";
        const int extra = int(random.bounded(4));
        for (int i = 0; i < extra; ++i)
            local += char('a' + random.bounded(3));
        local += QByteArray::number(random.bounded(20000));
        return local + (random.bounded(2) ? "@corp.example" : "@other.example");
    }

    void check(const UserSet& set, const std::map<std::string, std::pair<qsizetype, UserSet::Status>>& expected)
    {
        QCOMPARE(set.size(), qsizetype(expected.size()));
        for (const auto& [email, entry] : expected) {
            const QByteArray key = QByteArray::fromStdString(email);
            QCOMPARE(set.indexOf(key), entry.first);
            QCOMPARE(set.at(entry.first).email, key);
            QCOMPARE(set.at(entry.first).status, entry.second);
        }
    }
} // namespace

void TestUserSet::indexAgreesWithAMap_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("reserved");
    QTest::newRow("growing from empty") << 60000 << 0;
    QTest::newRow("reserved for all") << 60000 << 60000;
    QTest::newRow("reserved too little") << 60000 << 100;
    QTest::newRow("a handful") << 7 << 0;
}

void TestUserSet::indexAgreesWithAMap()
{
    QFETCH(int, rows);
    QFETCH(int, reserved);
    QRandomGenerator random(20261203);
    UserSet set;
    if (reserved > 0)
        set.reserve(reserved);
    std::map<std::string, std::pair<qsizetype, UserSet::Status>> expected;
    for (int i = 0; i < rows; ++i) {
        const QByteArray address = randomAddress(random);
        const UserSet::Status status = random.bounded(3) == 0 ? UserSet::Status::Deleted : UserSet::Status::Active;
        const qsizetype index = set.addNormalized(address, status);
        const auto it = expected.find(address.toStdString());
        if (it == expected.end()) {
            QCOMPARE(index, qsizetype(expected.size()));
            expected.emplace(address.toStdString(), std::make_pair(index, status));
        } else {
            QCOMPARE(index, it->second.first);
            it->second.second = status; // the later row wins
        }
    }
    check(set, expected);
    for (int i = 0; i < 2000; ++i) { // addresses never added
        const QByteArray absent = "nobody" + QByteArray::number(i) + "@corp.example";
        QCOMPARE(set.indexOf(absent), qsizetype(-1));
    }
}

void TestUserSet::copiesAndMovesKeepTheIndex()
{
    UserSet set;
    std::map<std::string, std::pair<qsizetype, UserSet::Status>> expected;
    for (int i = 0; i < 5000; ++i) {
        const QByteArray address = "a" + QByteArray::number(i) + "@corp.example";
        expected.emplace(address.toStdString(),
                         std::make_pair(set.addNormalized(address, UserSet::Status::Active), UserSet::Status::Active));
    }
    UserSet copy = set;
    check(copy, expected);
    copy.addNormalized("late@corp.example", UserSet::Status::Deleted); // the copy grows on its own
    QCOMPARE(set.indexOf("late@corp.example"), qsizetype(-1));
    QCOMPARE(copy.indexOf("late@corp.example"), qsizetype(5000));
    const UserSet moved = std::move(set);
    check(moved, expected);
}

void TestUserSet::emptyAndAbsent()
{
    UserSet set;
    QCOMPARE(set.indexOf("a@corp.example"), qsizetype(-1)); // nothing yet: no index at all
    QCOMPARE(set.addNormalized("", UserSet::Status::Active), qsizetype(-1));
    QCOMPARE(set.add("  A@Corp.Example ", UserSet::Status::Active), qsizetype(0)); // normalised on the way in
    QCOMPARE(set.indexOf("a@corp.example"), qsizetype(0));
    QCOMPARE(set.indexOf(""), qsizetype(-1));
    QCOMPARE(set.indexOf("a@corp.exampl"), qsizetype(-1));
    QCOMPARE(set.size(), qsizetype(1));
}

QTEST_GUILESS_MAIN(TestUserSet)
#include "tst_userset.moc"

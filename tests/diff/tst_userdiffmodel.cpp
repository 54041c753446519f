// UserDiffModel, the lists behind the Review page's changes and the removal guard's confirmation: categories,
// the search, and the CSV of the rows shown. QtCore only.
#include "diff/userdiffmodel.h"

#include <QTest>

class TestUserDiffModel : public QObject
{
    Q_OBJECT

private slots:
    void categoriesAndSearch();
    void csvOfTheRowsShown();

private:
    [[nodiscard]] static UserDiff sample();
};

UserDiff TestUserDiffModel::sample()
{
    UserDiff d;
    d.source = UserDiff::Source::Torii;
    d.current = 6;
    d.unchanged = 2;
    d.added = {"new1@corp.example", "new2@corp.example"};
    d.removed = {"gone@corp.example", "left@other.example"};
    d.deactivated = {"off@corp.example"};
    d.reactivated = {"back@corp.example"};
    d.licenseChanged = {"pro@corp.example"};
    return d;
}

void TestUserDiffModel::categoriesAndSearch()
{
    UserDiffModel model;
    QCOMPARE(model.rowCount(), 0);
    model.setDiff(sample());
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.count(UserDiffModel::Category::All), 7);
    QCOMPARE(model.count(UserDiffModel::Category::Removals), 3);
    model.setCategory(UserDiffModel::Category::Removed);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.emailAt(0), QByteArray("gone@corp.example"));
    QCOMPARE(model.data(model.index(1, UserDiffModel::ChangeColumn)).toString(), QStringLiteral("Removed"));
    model.setCategory(UserDiffModel::Category::Removals);
    QCOMPARE(model.rowCount(), 3);
    // The search narrows any category, in any case, by part of the address.
    model.setSearch(QStringLiteral("  OTHER.example "));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.emailAt(0), QByteArray("left@other.example"));
    model.setCategory(UserDiffModel::Category::All);
    model.setSearch(QStringLiteral("corp"));
    QCOMPARE(model.rowCount(), 6);
    model.setSearch(QStringLiteral("nobody"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.count(UserDiffModel::Category::Added), 2); // counts ignore the search
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasDiff());
}

void TestUserDiffModel::csvOfTheRowsShown()
{
    UserDiff d = sample();
    d.added.append("\"odd,one\"@corp.example");
    UserDiffModel model;
    model.setDiff(d);
    model.setCategory(UserDiffModel::Category::Added);
    QCOMPARE(model.toCsv(),
             QByteArray("email,change\r\n"
                        "new1@corp.example,added\r\n"
                        "new2@corp.example,added\r\n"
                        "\"\"\"odd,one\"\"@corp.example\",added\r\n"));
    model.setCategory(UserDiffModel::Category::All);
    model.setSearch(QStringLiteral("back"));
    QCOMPARE(model.toCsv(), QByteArray("email,change\r\nback@corp.example,reactivated\r\n"));
}

QTEST_GUILESS_MAIN(TestUserDiffModel)
#include "tst_userdiffmodel.moc"

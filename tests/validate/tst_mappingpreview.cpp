// The Map page's domain pieces, without widgets: MappingPreview (a few values before and after the mapping),
// DistinctValues (the status editor's list) and LicenseRuleEdit (the licence editor's edit).
#include "import/distinctvalues.h"
#include "import/table.h"
#include "import/tablereader.h"
#include "mapping/licenseruleedit.h"
#include "mapping/mapping.h"
#include "validate/mappingpreview.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestMappingPreview : public QObject
{
    Q_OBJECT

private slots:
    void beforeAndAfterForTheFirstRows();
    void fatalMappingGivesTheProblem();
    void distinctValuesMostFrequentFirst();
    void distinctValuesStopCountingNewWordsAtTheLimit();
    void firstLicenseRuleIsReplacedOrRemoved();

private:
    std::shared_ptr<const Table> write(const QByteArray& csv);
    static Mapping emailAndStatus();

    QTemporaryDir m_dir;
    int m_files = 0;
};

std::shared_ptr<const Table> TestMappingPreview::write(const QByteArray& csv)
{
    const QString path = m_dir.filePath(QStringLiteral("t%1.csv").arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
        return {};
    f.close();
    return TableReader::read(path).table;
}

Mapping TestMappingPreview::emailAndStatus()
{
    Mapping m;
    m.setColumn(TargetField::Email, QStringLiteral("Mail"));
    m.setColumn(TargetField::Status, QStringLiteral("State"));
    return m;
}

void TestMappingPreview::beforeAndAfterForTheFirstRows()
{
    const auto table = write("Mail,State,Other\n"
                             "ann@example.com,Active,x\n"
                             "not-an-address,Active,y\n"
                             "bob@example.com,Suspended,z\n"
                             "zed@example.com,Active,w\n");
    QVERIFY(table);
    const MappingPreview p = MappingPreview::of(*table, emailAndStatus(), 3);
    QVERIFY2(p.problem.isEmpty(), qPrintable(p.problem));
    // Three rows, as read; the fourth is not shown.
    QCOMPARE(p.before.value(TargetField::Email),
             QStringLiteral("ann@example.com  ·  not-an-address  ·  bob@example.com"));
    QCOMPARE(p.before.value(TargetField::Status), QStringLiteral("Active  ·  Active  ·  Suspended"));
    QVERIFY(!p.before.contains(TargetField::FirstName));
    // After the mapping: the row that cannot be mapped says why, in the e-mail's place.
    const QStringList emails = p.after.value(TargetField::Email).split(QStringLiteral("  ·  "));
    QCOMPARE(emails.size(), 3);
    QCOMPARE(emails.at(0), QStringLiteral("ann@example.com"));
    QVERIFY2(emails.at(1).startsWith(QStringLiteral("⚠ ")), qPrintable(emails.at(1)));
    QCOMPARE(emails.at(2), QStringLiteral("bob@example.com"));
    QVERIFY2(p.after.value(TargetField::Status).contains(QStringLiteral("active")),
             qPrintable(p.after.value(TargetField::Status)));
}

void TestMappingPreview::fatalMappingGivesTheProblem()
{
    const auto table = write("Mail,State\nann@example.com,Active\n");
    QVERIFY(table);
    Mapping m;
    m.setColumn(TargetField::Email, QStringLiteral("No such column"));
    const MappingPreview p = MappingPreview::of(*table, m);
    QVERIFY(!p.problem.isEmpty());
    QVERIFY(p.after.isEmpty());
}

void TestMappingPreview::distinctValuesMostFrequentFirst()
{
    const auto table = write("Mail,State\na@x.test, Active\nb@x.test,Gone\nc@x.test,Active \nd@x.test,\ne@x.test,Gone\n"
                             "f@x.test,Active\n");
    QVERIFY(table);
    const QList<DistinctValue> values = DistinctValues::of(*table, 1);
    const QList<DistinctValue> expected {{QStringLiteral("Active"), 3}, {QStringLiteral("Gone"), 2}, {QString(), 1}};
    QCOMPARE(values, expected);
    QVERIFY(DistinctValues::of(*table, -1).isEmpty());
    QVERIFY(DistinctValues::of(*table, 7).isEmpty());
}

void TestMappingPreview::distinctValuesStopCountingNewWordsAtTheLimit()
{
    const auto table = write("Mail,State\na@x.test,one\nb@x.test,two\nc@x.test,three\nd@x.test,two\n");
    QVERIFY(table);
    const QList<DistinctValue> values = DistinctValues::of(*table, 1, 2);
    const QList<DistinctValue> expected {{QStringLiteral("two"), 2}, {QStringLiteral("one"), 1}};
    QCOMPARE(values, expected);
}

void TestMappingPreview::firstLicenseRuleIsReplacedOrRemoved()
{
    LicenseRule plan;
    plan.column = QStringLiteral("Plan");
    QList<LicenseRule> rules = LicenseRuleEdit::withFirst({}, plan);
    QCOMPARE(rules, QList<LicenseRule> {plan});
    LicenseRule seat;
    seat.column = QStringLiteral("Seat");
    rules << seat;
    LicenseRule edited = plan;
    edited.separator = QStringLiteral("+");
    rules = LicenseRuleEdit::withFirst(rules, edited);
    QCOMPARE(rules, (QList<LicenseRule> {edited, seat}));
    // Emptying the first of two keeps the list's shape; emptying the only one removes it.
    QCOMPARE(LicenseRuleEdit::withFirst(rules, {}).size(), 2);
    QVERIFY(LicenseRuleEdit::withFirst({plan}, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestMappingPreview)
#include "tst_mappingpreview.moc"

// Auto-match judged by the cells, on small tables written here: an empty postal "State" is not the status, a
// yes/no column is (its raw word kept as externalStatus), job titles with commas stay one role while a real
// list is split, and the default invalid-row policy skips up to 10% of the rows and blocks above.
#include "import/table.h"
#include "import/tablereader.h"
#include "mapping/automatcher.h"
#include "payload/converter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestContentEvidence : public QObject
{
    Q_OBJECT

private slots:
    void emptyStateIsNotStatus();
    void booleanStatusKeepsRawWord();
    void titlesWithCommasStayOneRole();
    void listsAreSplitOnTheirSeparator();
    void emptyLicenceColumnIsAWarning();
    void policyLimit();

private:
    std::shared_ptr<const Table> table(const QByteArray& csv);
    QTemporaryDir m_dir;
    int m_files = 0;
};

std::shared_ptr<const Table> TestContentEvidence::table(const QByteArray& csv)
{
    const QString path = m_dir.filePath(QStringLiteral("t%1.csv").arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
        return {};
    f.close();
    const ImportResult read = TableReader::read(path);
    return read.table;
}

void TestContentEvidence::emptyStateIsNotStatus()
{
    const auto t = table("mail,state,accountEnabled\n"
                         "ana@contoso.com,,TRUE\n"
                         "ben@contoso.com,,FALSE\n"
                         "chloe@contoso.com,,TRUE\n");
    QVERIFY(t);
    const AutoMatchResult r = AutoMatcher::match(*t);
    QCOMPARE(r.mapping.column(TargetField::Status), QStringLiteral("accountEnabled"));
    QVERIFY(r.confidence(TargetField::Status) >= 0.8);
    QVERIFY(r.match(TargetField::Status)->reason.contains(QStringLiteral("yes/no")));
    // Headers alone still take "state": the cells are what tells it apart.
    QCOMPARE(AutoMatcher::match(t->columnNames()).mapping.column(TargetField::Status), QStringLiteral("state"));

    // The only status candidate, empty: not matched at all, since an empty column says nothing.
    const auto onlyState = table("mail,State\nana@contoso.com,\nben@contoso.com,\n");
    QVERIFY(AutoMatcher::match(*onlyState).mapping.column(TargetField::Status).isEmpty());
}

void TestContentEvidence::booleanStatusKeepsRawWord()
{
    const auto t = table("Mail,Block credential\nana@contoso.com,False\nben@contoso.com,True\n");
    QVERIFY(t);
    const AutoMatchResult r = AutoMatcher::match(*t);
    QVERIFY(!r.mapping.field(TargetField::ExternalStatus).isMapped());
    ConvertOptions options;
    options.payloadPath = m_dir.filePath(QStringLiteral("status.json"));
    const ConvertResult result = Converter::run(*t, r.mapping, options);
    QVERIFY2(result.ok, qPrintable(result.error));
    QFile payload(options.payloadPath);
    QVERIFY(payload.open(QIODevice::ReadOnly));
    const QJsonArray users =
        QJsonDocument::fromJson(payload.readAll()).object().value(QStringLiteral("users")).toArray();
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.at(0)[QStringLiteral("status")].toString(), QStringLiteral("active"));
    QCOMPARE(users.at(0)[QStringLiteral("externalStatus")].toString(), QStringLiteral("False"));
    QCOMPARE(users.at(1)[QStringLiteral("status")].toString(), QStringLiteral("deleted"));
    QCOMPARE(users.at(1)[QStringLiteral("externalStatus")].toString(), QStringLiteral("True"));
}

void TestContentEvidence::titlesWithCommasStayOneRole()
{
    const auto t = table("Email,Role\n"
                         "ana@contoso.com,\"VP Sales, EMEA\"\n"
                         "ben@contoso.com,Engineer\n"
                         "chloe@contoso.com,Designer\n"
                         "dev@contoso.com,Analyst\n"
                         "eva@contoso.com,Support Lead\n"
                         "fin@contoso.com,Recruiter\n");
    QVERIFY(t);
    QCOMPARE(AutoMatcher::match(*t).mapping.field(TargetField::Roles).separator, QString());
}

void TestContentEvidence::listsAreSplitOnTheirSeparator()
{
    const auto t = table("Email,Roles\n"
                         "ana@contoso.com,\"Admin, Billing\"\n"
                         "ben@contoso.com,Billing\n"
                         "chloe@contoso.com,\"Admin, Billing\"\n"
                         "dev@contoso.com,Admin\n"
                         "eva@contoso.com,\"Billing, Admin\"\n");
    QVERIFY(t);
    QCOMPARE(AutoMatcher::match(*t).mapping.field(TargetField::Roles).separator, QStringLiteral(","));
}

void TestContentEvidence::emptyLicenceColumnIsAWarning()
{
    const auto t = table("Email,Licenses,User Type\nana@contoso.com,,Member\nben@contoso.com,,Guest\n");
    QVERIFY(t);
    const AutoMatchResult r = AutoMatcher::match(*t);
    // The only licence candidate is matched (nothing better has data), and said to be empty.
    QCOMPARE(r.mapping.column(TargetField::LicenseName), QStringLiteral("Licenses"));
    QVERIFY(r.confidence(TargetField::LicenseName) <= 0.5);
    QCOMPARE(r.warnings, QStringList {QStringLiteral("Licenses is empty in every row: no licences will be sent")});
    QVERIFY(r.match(TargetField::LicenseName)->reason.contains(QStringLiteral("100% of its cells are empty")));
}

void TestContentEvidence::policyLimit()
{
    using P = InvalidRowPolicy;
    QVERIFY(!InvalidRowPolicies::blocks(P::SkipWithinLimit, 10, 10, 100));
    QVERIFY(InvalidRowPolicies::blocks(P::SkipWithinLimit, 10, 11, 100));
    QVERIFY(!InvalidRowPolicies::blocks(P::SkipWithinLimit, 10, 0, 5));
    QVERIFY(InvalidRowPolicies::blocks(P::SkipWithinLimit, 10, 1, 5)); // 1 of 5 is 20%
    QVERIFY(InvalidRowPolicies::blocks(P::Block, 10, 1, 1000));
    QVERIFY(!InvalidRowPolicies::blocks(P::SkipInvalidRows, 10, 1000, 1000));
    double percent = 0;
    QVERIFY(InvalidRowPolicies::percentFromText(QStringLiteral("2.5%"), &percent));
    QCOMPARE(percent, 2.5);
    QVERIFY(!InvalidRowPolicies::percentFromText(QStringLiteral("101"), &percent));

    // One bot without an address in 12 rows is skipped; in 5 rows (20%) the conversion blocks.
    QByteArray csv = "Email,Name\n";
    for (int i = 0; i < 11; ++i)
        csv += "user" + QByteArray::number(i) + "@contoso.com,User\n";
    csv += ",Release bot\n";
    ConvertOptions options;
    options.payloadPath = m_dir.filePath(QStringLiteral("limit.json"));
    const auto big = table(csv);
    const ConvertResult ok = Converter::run(*big, AutoMatcher::match(*big).mapping, options);
    QVERIFY(ok.ok);
    QCOMPARE(ok.users, 11);
    QCOMPARE(ok.rejected, 1);
    QCOMPARE(ok.rejectedByField.value(QStringLiteral("email")), 1);
    const auto small = table("Email,Name\na@contoso.com,A\nb@contoso.com,B\nc@contoso.com,C\nd@contoso.com,D\n,bot\n");
    const ConvertResult blocked = Converter::run(*small, AutoMatcher::match(*small).mapping, options);
    QVERIFY(blocked.blocked);
    QVERIFY(!blocked.ok);
}

QTEST_GUILESS_MAIN(TestContentEvidence)
#include "tst_contentevidence.moc"

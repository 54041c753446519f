// Validator on duplicate-emails.csv (case, spaces, trailing dot, mailto:, +tag, NFC/NFD, a header twice),
// invalid e-mails, unknown statuses, ambiguous dates, formula-like cells, and the rejects CSV.
#include "import/table.h"
#include "import/tablereader.h"
#include "mapping/automatcher.h"
#include "payload/converter.h"
#include "samples.h"
#include "validate/duplicateindex.h"
#include "validate/rejectswriter.h"
#include "validate/rowmapper.h"
#include "validate/validator.h"

#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void duplicatesComparedAfterNormalising();
    void duplicateIndexAgreesWithAPlainHash_data();
    void duplicateIndexAgreesWithAPlainHash();
    void invalidEmailsAreErrors();
    void unknownStatusAndBadDatesAreWarnings();
    void formulaCellsFlaggedAndEscaped();
    void ignoredLicenceWordsInAnyCase();
    void rejectsCsvKeepsOriginalColumns();
    void missingEmailColumnIsFatal();

private:
    static std::shared_ptr<const Table> read(const QString& sample);
    static std::shared_ptr<const Table> write(const QByteArray& csv);
    static QList<ValidationIssue> issuesOn(const ValidationReport& report, qint64 line);

    QTemporaryDir m_dir;
    int m_files = 0;
};

std::shared_ptr<const Table> TestValidator::read(const QString& sample)
{
    const ImportResult r = TableReader::read(Samples::path(sample));
    return r.table;
}

std::shared_ptr<const Table> TestValidator::write(const QByteArray& csv)
{
    static QTemporaryDir dir;
    static int n = 0;
    const QString path = dir.filePath(QStringLiteral("t%1.csv").arg(++n));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(csv);
    f.close();
    return TableReader::read(path).table;
}

QList<ValidationIssue> TestValidator::issuesOn(const ValidationReport& report, qint64 line)
{
    QList<ValidationIssue> out;
    for (const ValidationIssue& i : report.issues) {
        if (i.row == line)
            out.append(i);
    }
    return out;
}

void TestValidator::duplicatesComparedAfterNormalising()
{
    const auto table = read(QStringLiteral("duplicate-emails.csv"));
    QVERIFY(table);
    const AutoMatchResult matched = AutoMatcher::match(table->columnNames());
    QVERIFY(!matched.conflicts.isEmpty()); // "Email" appears twice
    const ValidationReport report = Validator::run(*table, matched.mapping);
    // Lines (1-based, header = 1): 3 and 4 repeat Inés; 7 Haruto; 9 Noël; 11 Raúl (trailing dot); 13 Yael after
    // mailto:.
    for (const qint64 line : {3, 4, 7, 9, 11, 13}) {
        const QList<ValidationIssue> issues = issuesOn(report, line);
        const bool duplicate = std::any_of(issues.cbegin(), issues.cend(), [](const ValidationIssue& i) {
            return i.severity == ValidationIssue::Error && i.field == u"email" &&
                i.message.contains(QStringLiteral("duplicate"));
        });
        QVERIFY2(duplicate, qPrintable(QStringLiteral("line %1").arg(line)));
    }
    QCOMPARE(report.duplicates, 6);
    QCOMPARE(report.invalidRows, 6);
    QCOMPARE(report.validRows, 6);
    // Changes made to an address are reported, and a +tag is worth a look, not an error.
    QVERIFY(issuesOn(report, 12).first().message.contains(QStringLiteral("mailto")));
    const QList<ValidationIssue> plus = issuesOn(report, 5);
    QCOMPARE(plus.size(), 1);
    QCOMPARE(plus.first().severity, ValidationIssue::Warning);
    QVERIFY(plus.first().message.contains(QStringLiteral("+tag")));
}

void TestValidator::duplicateIndexAgreesWithAPlainHash_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("twoThreads");
    QTest::newRow("one thread") << 30000 << false;
    // Above DuplicateIndex's split size: the back half's keys are read on a second thread.
    QTest::newRow("two threads") << 100001 << true;
}

// DuplicateIndex radix-sorts hashed keys: on many rows with repeats at random places (and empty, i.e. invalid,
// addresses), every row's earliest earlier duplicate and findOther agree with a plain first-occurrence hash, also
// when the keys are read by two threads (repeats cross the halves).
void TestValidator::duplicateIndexAgreesWithAPlainHash()
{
    QFETCH(int, rows);
    QFETCH(bool, twoThreads);
    QRandomGenerator random(4242);
    std::vector<QByteArray> emails;
    for (int r = 0; r < rows; ++r) {
        const quint32 pick = random.bounded(100);
        if (pick < 3)
            emails.emplace_back(); // no valid address
        else if (pick < 20 && r > 0)
            emails.push_back(emails[random.bounded(quint32(r))]); // a repeat of any earlier row (maybe empty)
        else
            emails.push_back("user" + QByteArray::number(random.bounded(1u << 30)) + "@example.com");
    }
    DuplicateIndex index;
    const auto plain = [&emails](qsizetype r) { return QByteArrayView(emails[size_t(r)]); };
    index.build(rows, plain, nullptr, twoThreads ? DuplicateIndex::EmailOf(plain) : DuplicateIndex::EmailOf());
    QHash<QByteArray, qsizetype> first;
    int duplicates = 0;
    for (int r = 0; r < rows; ++r) {
        const QByteArray& e = emails[size_t(r)];
        qsizetype expected = -1;
        if (!e.isEmpty()) {
            const auto it = first.constFind(e);
            if (it != first.constEnd())
                expected = *it;
            else
                first.insert(e, r);
        }
        duplicates += expected >= 0;
        QCOMPARE(index.earlierDuplicate(r), expected);
    }
    QVERIFY(duplicates > rows / 10);
    QCOMPARE(index.duplicates(), duplicates);
    QHash<QByteArray, QList<qsizetype>> rowsOf;
    for (int r = 0; r < rows; ++r)
        rowsOf[emails[size_t(r)]].append(r);
    const auto emailOf = [&emails](qsizetype r) { return QByteArrayView(emails[size_t(r)]); };
    for (int r = 0; r < rows; r += 7) {
        const QByteArray& e = emails[size_t(r)];
        if (e.isEmpty())
            continue;
        const QList<qsizetype>& same = rowsOf[e];
        // The first row in row order other than r, or -1 when r is the only one.
        const qsizetype expected = same.size() < 2 ? -1 : (same.at(0) != r ? same.at(0) : same.at(1));
        QCOMPARE(index.findOther(e, r, emailOf), expected);
    }
    QCOMPARE(index.findOther(QByteArrayView("nobody@example.com"), 0, emailOf), qsizetype(-1));
}

void TestValidator::invalidEmailsAreErrors()
{
    const auto table = read(QStringLiteral("invalid-emails.csv"));
    QVERIFY(table);
    const ValidationReport report = Validator::run(*table, AutoMatcher::match(table->columnNames()).mapping);
    QCOMPARE(report.rows, 25);
    // 9 rows are expected_valid, but "INES.CASTRO@EXAMPLE.COM" and "ines.castro@example.com " repeat row 2.
    QCOMPARE(report.validRows, 7);
    QCOMPARE(report.duplicates, 2);
    const QList<ValidationIssue> line3 = issuesOn(report, 3);
    QCOMPARE(line3.size(), 1);
    QCOMPARE(line3.first().column, QStringLiteral("email"));
    QCOMPARE(line3.first().field, QStringLiteral("email"));
    QVERIFY(line3.first().message.contains(QStringLiteral("no @")));
}

void TestValidator::unknownStatusAndBadDatesAreWarnings()
{
    const auto table = write("Email,Status,Last Login\n"
                             "a@example.com,Frobnicated,2024-03-04\n"
                             "b@example.com,Active,03/04/2024\n"
                             "c@example.com,Frobnicated,yesterday\n");
    QVERIFY(table);
    const ValidationReport report = Validator::run(*table, AutoMatcher::match(table->columnNames()).mapping);
    QCOMPARE(report.errors, 0);
    QCOMPARE(report.warnings, 4);
    QCOMPARE(report.unknownStatusWords, QStringList {QStringLiteral("Frobnicated")});
    QVERIFY(issuesOn(report, 3).first().message.contains(QStringLiteral("ambiguous")));
    QCOMPARE(issuesOn(report, 3).first().field, QStringLiteral("lastUsedDate"));
}

void TestValidator::formulaCellsFlaggedAndEscaped()
{
    const auto table = write("Email,First Name,Last Name,Phone\n"
                             "a@example.com,=HYPERLINK(\"x\"),Smith,+34 600 000 101\n"
                             "b@example.com,Bob,-5,+1 555\n");
    QVERIFY(table);
    const ValidationReport report = Validator::run(*table, AutoMatcher::match(table->columnNames()).mapping);
    QCOMPARE(report.warnings, 1); // numbers such as -5 and phone numbers are not formulas
    QVERIFY(issuesOn(report, 2).first().message.contains(QStringLiteral("formula")));
    QByteArray field;
    RejectsWriter::appendField(&field, "=HYPERLINK(\"x\")");
    QCOMPARE(field, QByteArray("\"'=HYPERLINK(\"\"x\"\")\""));
    field.clear();
    RejectsWriter::appendField(&field, "plain");
    QCOMPARE(field, QByteArray("plain"));
}

// A licence cell meaning "no licence" (built-in words and the rule's own, compared ignoring case) gives none;
// RowMapper filters on the first byte and the length before comparing, which must miss no spelling.
void TestValidator::ignoredLicenceWordsInAnyCase()
{
    const auto table = write("Email,License\n"
                             "a@example.com,UNLICENSED\n"
                             "b@example.com,keinE\n"
                             "c@example.com,N/A\n"
                             "d@example.com,-\n"
                             "e@example.com,Sin Licencia\n"
                             "f@example.com,\xc3\x84rger\n"
                             "g@example.com,oHNE lIZENZ\n"
                             "h@example.com,Pro\n"
                             "i@example.com,Keiner\n"
                             "j@example.com,\xc3\x84rgerlich\n"
                             "k@example.com,NA\n");
    QVERIFY(table);
    Mapping mapping = AutoMatcher::match(table->columnNames()).mapping;
    LicenseRule rule;
    rule.column = QStringLiteral("License");
    rule.ignoreValues = {QStringLiteral("Ohne Lizenz"), QStringLiteral("\u00c4rger")};
    mapping.setLicenseRules({rule});
    RowMapper mapper(*table, mapping);
    QVERIFY(mapper.fatal().isEmpty());
    QStringList held;
    for (qsizetype row = 0; row < table->rowCount(); ++row) {
        MappedUser user;
        QList<ValidationIssue> issues;
        QVERIFY(mapper.map(row, &user, &issues));
        for (const MappedUser::License& l : user.licenses)
            held.append(QString::fromUtf8(user.email) + QLatin1Char(' ') + QString::fromUtf8(l.name));
    }
    QCOMPARE(held,
             QStringList({QStringLiteral("h@example.com Pro"), QStringLiteral("i@example.com Keiner"),
                          QStringLiteral("j@example.com \u00c4rgerlich"), QStringLiteral("k@example.com NA")}));
}

void TestValidator::rejectsCsvKeepsOriginalColumns()
{
    const auto table = write("Email,Name,Notes\n"
                             "good@example.com,Good,\n"
                             "not-an-email,\"Bad, Row\",@SUM(1)\n");
    QVERIFY(table);
    ConvertOptions options;
    options.payloadPath = m_dir.filePath(QStringLiteral("p.json"));
    options.rejectsPath = m_dir.filePath(QStringLiteral("rejects.csv"));
    options.policy = InvalidRowPolicy::SkipInvalidRows;
    const ConvertResult result = Converter::run(*table, AutoMatcher::match(table->columnNames()).mapping, options);
    QVERIFY(result.ok);
    QCOMPARE(result.users, 1);
    QCOMPARE(result.rejected, 1);
    QFile f(options.rejectsPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.at(0),
             QByteArray("\xEF\xBB\xBF"
                        "Email,Name,Notes,reason\r"));
    QVERIFY(lines.at(1).startsWith("not-an-email,\"Bad, Row\",\"'@SUM(1)\",\"Email: invalid e-mail address"));
}

void TestValidator::missingEmailColumnIsFatal()
{
    const auto table = write("Name,Department\nAna,Sales\n");
    QVERIFY(table);
    const ValidationReport report = Validator::run(*table, AutoMatcher::match(table->columnNames()).mapping);
    QVERIFY(report.hasErrors());
    QCOMPARE(report.fatal.size(), 1);
    QVERIFY(report.fatal.first().contains(QStringLiteral("Email")));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"

// The small transforms: list split (M365-safe '+'), name split, status words.
#include "mapping/listsplitter.h"
#include "mapping/namesplitter.h"
#include "mapping/statusmap.h"

#include <QTest>

class TestTransforms : public QObject
{
    Q_OBJECT

private slots:
    void listSplit_data();
    void listSplit();
    void nameSplit_data();
    void nameSplit();
    void statusWords_data();
    void statusWords();
    void statusOverrides();
};

void TestTransforms::listSplit_data()
{
    QTest::addColumn<QString>("separators");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("pieces");
    QTest::newRow("m365") << "+"
                          << "Microsoft 365 E5+Enterprise Mobility + Security E5"
                          << QStringList {QStringLiteral("Microsoft 365 E5"),
                                          QStringLiteral("Enterprise Mobility + Security E5")};
    QTest::newRow("three") << "+"
                           << "Microsoft 365 E3+Power BI Pro+Visio Plan 2"
                           << QStringList {QStringLiteral("Microsoft 365 E3"), QStringLiteral("Power BI Pro"),
                                           QStringLiteral("Visio Plan 2")};
    QTest::newRow("semicolon spaces") << ";,"
                                      << "Administrator; Abrechnung"
                                      << QStringList {QStringLiteral("Administrator"), QStringLiteral("Abrechnung")};
    QTest::newRow("empty pieces") << ";"
                                  << ";Member;;Billing;"
                                  << QStringList {QStringLiteral("Member"), QStringLiteral("Billing")};
    QTest::newRow("no separator") << ""
                                  << "Member;Billing" << QStringList {QStringLiteral("Member;Billing")};
    QTest::newRow("known plus name") << "+;"
                                     << "Zoom One Pro+;Basic"
                                     << QStringList {QStringLiteral("Zoom One Pro+"), QStringLiteral("Basic")};
}

void TestTransforms::listSplit()
{
    QFETCH(QString, separators);
    QFETCH(QString, cell);
    QFETCH(QStringList, pieces);
    const ListSplitter splitter(separators);
    std::vector<QByteArrayView> out;
    const QByteArray utf8 = cell.toUtf8();
    splitter.split(utf8, &out);
    QStringList got;
    for (QByteArrayView v : out)
        got.append(QString::fromUtf8(v));
    if (separators.isEmpty())
        got = {cell};
    QCOMPARE(got, pieces);
}

void TestTransforms::nameSplit_data()
{
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("western") << "Siobhán Ó Briain"
                             << "Siobhán"
                             << "Ó Briain";
    QTest::newRow("comma") << "García López, Ana María"
                           << "Ana María"
                           << "García López";
    QTest::newRow("suffix") << "John Smith, Jr."
                            << "John"
                            << "Smith, Jr.";
    QTest::newRow("cjk") << "山田 太郎"
                         << "太郎"
                         << "山田";
    QTest::newRow("guest") << "Priya Raghunathan (Guest)"
                           << "Priya"
                           << "Raghunathan";
    QTest::newRow("single") << "deploybot"
                            << "deploybot"
                            << "";
}

void TestTransforms::nameSplit()
{
    QFETCH(QString, full);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const NameSplitter::Parts p = NameSplitter::split(full);
    QCOMPARE(p.first, first);
    QCOMPARE(p.last, last);
}

void TestTransforms::statusWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");
    for (const char* w : {"Active", "ACTIVE", "STAGED", "PROVISIONED", "RECOVERY", "PASSWORD_EXPIRED", "LOCKED_OUT",
                          "Primary Owner", "Multi-Channel Guest", "Member", "Aktiv", "Eingeladen"})
        QTest::newRow(w) << QString::fromUtf8(w) << "active";
    for (const char* w : {"Suspended", "SUSPENDED", "DEPROVISIONED", "Deactivated", "Inactive", "Gesperrt", "Blocked",
                          "Disabled", "Deleted"})
        QTest::newRow(w) << QString::fromUtf8(w) << "deleted";
    QTest::newRow("unknown") << "Frobnicated"
                             << "";
    // No built-in word holds a digit: ids and dates are answered without normalising them.
    QTest::newRow("id") << "E-0012"
                        << "";
    QTest::newRow("date") << "2026-01-01T09:00:00Z"
                          << "";
}

void TestTransforms::statusWords()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    const StatusMap map;
    QCOMPARE(QString::fromUtf8(map.map(word.toUtf8())), expected);
}

void TestTransforms::statusOverrides()
{
    const StatusMap map(StatusMap::Kind::User,
                        {{QStringLiteral("Frobnicated"), QStringLiteral("deleted")},
                         {QStringLiteral("Suspended"), QStringLiteral("active")}});
    QCOMPARE(map.map("frobnicated"), QByteArrayView("deleted"));
    QCOMPARE(map.map("Suspended"), QByteArrayView("active"));
    const StatusMap licences(StatusMap::Kind::License);
    QCOMPARE(licences.map("Suspended"), QByteArrayView("inactive"));
    // An admin's word with a digit is still found (the digit shortcut only applies when no word has one).
    const StatusMap digits(
        StatusMap::Kind::User,
        {{QStringLiteral("1"), QStringLiteral("active")}, {QStringLiteral("2FA_PENDING"), QStringLiteral("deleted")}});
    QCOMPARE(digits.map("1"), QByteArrayView("active"));
    QCOMPARE(digits.map("2fa pending"), QByteArrayView("deleted"));
    QCOMPARE(digits.map("Suspended"), QByteArrayView("deleted"));
    QVERIFY(digits.map("E-0012").isEmpty());
}

QTEST_GUILESS_MAIN(TestTransforms)
#include "tst_transforms.moc"

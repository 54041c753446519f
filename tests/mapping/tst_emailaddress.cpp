// EmailAddress held to invalid-emails.csv's expected_valid column, and the normalisation used for duplicates.
#include "import/table.h"
#include "import/tablereader.h"
#include "mapping/emailaddress.h"
#include "samples.h"

#include <QTest>

class TestEmailAddress : public QObject
{
    Q_OBJECT

private slots:
    void sampleFile_data();
    void sampleFile();
    void normalisation_data();
    void normalisation();
};

void TestEmailAddress::sampleFile_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<bool>("expected");
    const ImportResult r = TableReader::read(Samples::path(QStringLiteral("invalid-emails.csv")));
    QVERIFY(r.ok());
    const Table& t = *r.table;
    const int email = static_cast<int>(t.columnNames().indexOf(QStringLiteral("email")));
    const int expected = static_cast<int>(t.columnNames().indexOf(QStringLiteral("expected_valid")));
    const int why = static_cast<int>(t.columnNames().indexOf(QStringLiteral("why")));
    QCOMPARE(t.rowCount(), 25);
    for (qsizetype row = 0; row < t.rowCount(); ++row)
        QTest::newRow(qPrintable(t.cell(row, why)))
            << t.cellUtf8(row, email).toByteArray() << (t.cell(row, expected) == u"true");
}

void TestEmailAddress::sampleFile()
{
    QFETCH(QByteArray, cell);
    QFETCH(bool, expected);
    QByteArray out;
    const EmailAddress::Result r = EmailAddress::normalize(cell, &out);
    QVERIFY2(r.valid == expected, qPrintable(QString::fromUtf8(cell) + QStringLiteral(": ") + r.problem));
    if (!r.valid)
        QVERIFY(!r.problem.isEmpty());
}

void TestEmailAddress::normalisation_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<bool>("noted");
    QTest::newRow("case and spaces") << " Ana.Garcia@Example.COM "
                                     << "ana.garcia@example.com" << false;
    QTest::newRow("mailto") << "mailto:noa.cohen@example.com"
                            << "noa.cohen@example.com" << true;
    QTest::newRow("trailing dot") << "j.nunez@EXAMPLE.COM."
                                  << "j.nunez@example.com" << true;
    QTest::newRow("nfd to nfc") << QString::fromUtf8("jose\xCC\x81@example.com")
                                << QString::fromUtf8("jos\xC3\xA9@example.com") << false;
    QTest::newRow("no-break space") << QString::fromUtf8("\xC2\xA0"
                                                         "a@example.com")
                                    << "a@example.com" << false;
}

void TestEmailAddress::normalisation()
{
    QFETCH(QString, cell);
    QFETCH(QString, normalised);
    QFETCH(bool, noted);
    QByteArray out;
    const EmailAddress::Result r = EmailAddress::normalize(cell.toUtf8(), &out);
    QVERIFY(r.valid);
    QCOMPARE(QString::fromUtf8(out), normalised);
    QCOMPARE(!r.note.isEmpty(), noted);
}

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"

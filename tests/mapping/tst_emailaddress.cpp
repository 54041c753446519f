// EmailAddress held to invalid-emails.csv's expected_valid column, and the normalisation used for duplicates.
#include "import/table.h"
#include "import/tablereader.h"
#include "mapping/emailaddress.h"
#include "samples.h"

#include <QRandomGenerator>
#include <QTest>

class TestEmailAddress : public QObject
{
    Q_OBJECT

private slots:
    void sampleFile_data();
    void sampleFile();
    void normalisation_data();
    void normalisation();
    void fastPathAgreesWithGeneralPath();
    void wideFastPathAgreesWithGeneralPath();

private:
    // Every path's verdict on one cell against the general path's; true when the cell is a valid address.
    static bool checkAgainstGeneralPath(const QByteArray& cell);
    static void checkValidPlain(const QByteArray& cell, const EmailAddress::Result& only, const QByteArray& key,
                                const EmailAddress::Result& full, const QByteArray& normalised);
};

// The duplicate index's verdict stands in for map()'s check of the address (Validator): a plain key it accepts
// must give normalize()'s own result from normalizeValidPlain(), and a plain key is normalize()'s address.
void TestEmailAddress::checkValidPlain(const QByteArray& cell, const EmailAddress::Result& only, const QByteArray& key,
                                       const EmailAddress::Result& full, const QByteArray& normalised)
{
    if (!only.plain)
        return;
    QVERIFY2(only.note.isEmpty() && key == normalised, cell.toPercentEncoding().constData());
    if (!EmailAddress::isValidNormalized(key))
        return;
    QByteArray out;
    const EmailAddress::Result r = EmailAddress::normalizeValidPlain(cell, &out);
    QVERIFY2(r.valid && full.valid && r.note == full.note && r.problem == full.problem && !r.empty && out == normalised,
             cell.toPercentEncoding().constData());
}

bool TestEmailAddress::checkAgainstGeneralPath(const QByteArray& cell)
{
    QByteArray fast, general, only;
    const EmailAddress::Result f = EmailAddress::normalize(cell, &fast);
    const EmailAddress::Result g = EmailAddress::normalizeGeneral(cell, &general);
    const EmailAddress::Result o = EmailAddress::normalizeOnly(cell, &only);
    const QByteArray what = cell.toPercentEncoding();
    [&] {
        QVERIFY2(f.valid == g.valid, what.constData());
        QVERIFY2(f.empty == g.empty, what.constData());
        QVERIFY2(f.problem == g.problem, what.constData());
        QVERIFY2(f.note == g.note, what.constData());
        QVERIFY2(fast == general, what.constData());
        QVERIFY2(only == general, what.constData());
        QVERIFY2(EmailAddress::isValidNormalized(only) == g.valid, what.constData());
    }();
    if (!QTest::currentTestFailed())
        checkValidPlain(cell, o, only, f, fast);
    return f.valid;
}

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
    QTest::newRow("case and spaces") << " Ines.Castro@Example.COM "
                                     << "ines.castro@example.com" << false;
    QTest::newRow("mailto") << "mailto:yael.levi@example.com"
                            << "yael.levi@example.com" << true;
    QTest::newRow("trailing dot") << "r.munoz@EXAMPLE.COM."
                                  << "r.munoz@example.com" << true;
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

// normalize() and normalizeOnly() take a fast path for plain ASCII addresses; on the samples' addresses and on
// random cells built to sit on every rule's edge, they must say exactly what the general path says.
void TestEmailAddress::fastPathAgreesWithGeneralPath()
{
    QList<QByteArray> cells;
    for (const char* sample : {"invalid-emails.csv", "duplicate-emails.csv", "okta-users.csv", "m365-users.csv"}) {
        const ImportResult r = TableReader::read(Samples::path(QString::fromLatin1(sample)));
        QVERIFY(r.ok());
        for (qsizetype row = 0; row < r.table->rowCount(); ++row) {
            for (int column = 0; column < r.table->columnCount(); ++column)
                cells.append(r.table->cellUtf8(row, column).toByteArray());
        }
    }
    // Pieces chosen for the rules: dots, hyphens, quotes, spaces, case, "mailto:", non-ASCII, digits-only TLDs.
    const char* const pieces[] = {"a",
                                  "Z",
                                  "0",
                                  "9",
                                  ".",
                                  "..",
                                  "@",
                                  "-",
                                  "_",
                                  "+",
                                  "\"",
                                  "\\",
                                  " ",
                                  "\t",
                                  "[",
                                  "]",
                                  "(",
                                  "é",
                                  "\xc2\xa0",
                                  "mailto:",
                                  "MAILTO:",
                                  "example",
                                  "com",
                                  "x.",
                                  "'",
                                  "!",
                                  "#",
                                  "~",
                                  "\xe2\x80\x8b",
                                  "12",
                                  "ab-cd",
                                  "xn--p1ai"};
    QRandomGenerator random(20261128);
    for (int i = 0; i < 60000; ++i) {
        QByteArray cell;
        const int count = int(random.bounded(12));
        for (int k = 0; k < count; ++k)
            cell += pieces[random.bounded(int(std::size(pieces)))];
        if (i % 3 == 0) // mostly address-shaped
            cell = cell.left(int(random.bounded(8))) + "user" + cell.mid(4) + "@" +
                (i % 2 ? QByteArray("example.com") : cell.right(int(random.bounded(9))) + ".org");
        cells.append(cell);
    }
    cells.append(QByteArray(64, 'a') + "@example.com");
    cells.append(QByteArray(65, 'a') + "@example.com");
    cells.append("a@" + QByteArray(63, 'b') + ".com");
    cells.append("a@" + QByteArray(64, 'b') + ".com");
    QByteArray longDomain("a@");
    for (int k = 0; k < 42; ++k)
        longDomain += "abcde.";
    cells.append(longDomain + "com");
    cells.append(longDomain.left(longDomain.size() - 6) + "com");
    int valid = 0;
    for (const QByteArray& cell : std::as_const(cells)) {
        valid += checkAgainstGeneralPath(cell);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(valid > 2000);                 // the fast path is exercised...
    QVERIFY(valid < cells.size() - 20000); // ...and so are the refusals
}

// The fast path reads 8 to 64 bytes of [a-z0-9.@_+-] sixteen at a time and decides the rules on bit masks:
// random address-shaped cells of every length around those bounds, built from the bytes that decide a rule
// (dots, hyphens at label edges, '@' twice, '_' and '+' in a domain, digit-only TLDs, other atext, upper case),
// must get the general path's verdict, from normalize() and from isValidNormalized() on the key.
void TestEmailAddress::wideFastPathAgreesWithGeneralPath()
{
    const QByteArray localBytes("aaz09._+-.!A@");
    const QByteArray domainBytes("aaz0-9.-._+A@");
    QRandomGenerator random(20261203);
    int valid = 0;
    int cells = 0;
    for (int i = 0; i < 120000; ++i) {
        const int length = 4 + int(random.bounded(70));
        const int at = 1 + int(random.bounded(length - 2));
        QByteArray cell(length, 'a');
        for (int k = 0; k < length; ++k) {
            // Mostly letters, so many cells are valid; a rule-deciding byte in about one place of twenty.
            const QByteArray& bytes = k < at ? localBytes : domainBytes;
            if (random.bounded(20) == 0)
                cell[k] = bytes.at(int(random.bounded(bytes.size())));
            else if (random.bounded(4) == 0)
                cell[k] = char('0' + random.bounded(10));
        }
        cell[at] = '@';
        // A dot a few bytes before the end most of the time: a TLD, sometimes all digits.
        if (length - at > 4 && random.bounded(4) != 0)
            cell[length - 2 - int(random.bounded(3))] = '.';
        ++cells;
        valid += checkAgainstGeneralPath(cell);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(valid > cells / 4);
    QVERIFY(valid < cells - cells / 4);
}

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"

// InterruptGuard: while a long command runs, Ctrl+C and SIGTERM only raise the flag the engine polls (the
// process survives and can clean up), the handlers are restored afterwards, and a raised flag stops convert's
// engine without leaving a payload behind.
#include "cli/interruptguard.h"
#include "import/table.h"
#include "import/tablereader.h"
#include "mapping/automatcher.h"
#include "payload/converter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestInterruptGuard : public QObject
{
    Q_OBJECT

private slots:
    void signalsOnlyRaiseTheFlag_data();
    void signalsOnlyRaiseTheFlag();
    void handlersAreRestored();
    void nestedGuardsKeepTheOuterOne();
    void raisedFlagStopsConvertWithoutPayload();
};

void TestInterruptGuard::signalsOnlyRaiseTheFlag_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGINT") << SIGINT;
    QTest::newRow("SIGTERM") << SIGTERM;
}

void TestInterruptGuard::signalsOnlyRaiseTheFlag()
{
    QFETCH(int, signal);
    const InterruptGuard guard;
    QVERIFY(!InterruptGuard::raised());
    QCOMPARE(std::raise(signal), 0); // without the guard this would end the test process
    QVERIFY(InterruptGuard::raised());
}

void TestInterruptGuard::handlersAreRestored()
{
    {
        const InterruptGuard guard;
        struct sigaction current
        {
        };
        QCOMPARE(sigaction(SIGINT, nullptr, &current), 0);
        QVERIFY(current.sa_handler != SIG_DFL);
    }
    struct sigaction after
    {
    };
    QCOMPARE(sigaction(SIGINT, nullptr, &after), 0);
    QVERIFY(after.sa_handler == SIG_DFL);
    QCOMPARE(sigaction(SIGTERM, nullptr, &after), 0);
    QVERIFY(after.sa_handler == SIG_DFL);
}

void TestInterruptGuard::nestedGuardsKeepTheOuterOne()
{
    // job run --all holds a guard around each sync's own: a Ctrl+C after one job ended must still stop the
    // batch, not kill the process (the inner guard used to restore the default handler).
    const InterruptGuard outer;
    {
        const InterruptGuard inner;
    }
    struct sigaction current
    {
    };
    QCOMPARE(sigaction(SIGINT, nullptr, &current), 0);
    QVERIFY(current.sa_handler != SIG_DFL);
    QCOMPARE(std::raise(SIGINT), 0);
    QVERIFY(InterruptGuard::raised());
    {
        const InterruptGuard inner; // an inner guard does not clear the outer one's flag
        QVERIFY(InterruptGuard::raised());
    }
}

void TestInterruptGuard::raisedFlagStopsConvertWithoutPayload()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("users.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Email,Name\n");
    for (int i = 0; i < 20000; ++i)
        file.write("user" + QByteArray::number(i) + "@example.com,User " + QByteArray::number(i) + '\n');
    file.close();
    const ImportResult read = TableReader::read(csv);
    QVERIFY(read.ok());

    const InterruptGuard guard;
    QCOMPARE(std::raise(SIGINT), 0);
    ConvertOptions options;
    options.payloadPath = dir.filePath(QStringLiteral("payload.json"));
    const ConvertResult result = Converter::run(*read.table, AutoMatcher::match(read.table->columnNames()).mapping,
                                                options, {}, &InterruptGuard::flag());
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    QVERIFY(!QFile::exists(options.payloadPath));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temp file left either
}

QTEST_GUILESS_MAIN(TestInterruptGuard)
#include "tst_interruptguard.moc"

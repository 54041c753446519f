// The command line's global contract, through the real binary: --version, --help, exit codes for misuse.
#include "cli/commandline.h"
#include "cli/console.h"
#include "clirunner.h"
#include "run/exitcode.h"

#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void help();
    void commandHelp_data();
    void commandHelp();
    void unknownCommandIsUsageError();
    void noArgumentsIsUsageError();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList& arguments) { return m_cli.run(arguments); }

    CliRunner m_cli;
};

void TestCli::version()
{
    const Run run = cli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, ExitCode::Success);
    QCOMPARE(run.out.trimmed(), QStringLiteral("torii-sync-cli " TORIISYNC_VERSION));
}

void TestCli::help()
{
    const Run run = cli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, ExitCode::Success);
    for (const char* command : {"inspect", "convert", "sync", "sandbox", "profile", "key", "presets", "history", "job"})
        QVERIFY2(run.out.contains(QLatin1String("  ") + QLatin1String(command)), command);
    QVERIFY(run.out.contains(QStringLiteral("Exit codes")));
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    for (const char* command : {"inspect", "convert", "sync", "sandbox", "profile", "key", "presets", "history", "job"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestCli::commandHelp()
{
    QFETCH(QString, command);
    const Run run = cli({command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, ExitCode::Success);
    QVERIFY2(run.out.startsWith(QStringLiteral("Usage: torii-sync-cli ") + command), qPrintable(run.out));
}

void TestCli::unknownCommandIsUsageError()
{
    const Run run = cli({QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, ExitCode::UsageError);
    QVERIFY(run.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    QVERIFY(run.out.isEmpty());
}

void TestCli::noArgumentsIsUsageError()
{
    // In-process as well, through the library the binary is made of.
    QString out;
    QString err;
    Console console(&out, &err);
    CommandLine commandLine;
    QCOMPARE(commandLine.run({QStringLiteral("torii-sync-cli")}, console), ExitCode::UsageError);
    console.err().flush();
    QVERIFY(err.contains(QStringLiteral("Usage: torii-sync-cli COMMAND")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

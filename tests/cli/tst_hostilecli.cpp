// Hostile arguments, environments and cells against the real torii-sync-cli (issue #21): outputs that are
// inputs (6), keys with control characters (8), presets from devices and pipes (9), private rejects (10) and
// terminal escape sequences in data (13), --stage-timeout against a server that never answers (14).
#include "clirunner.h"
#include "run/exitcode.h"
#include "sandbox/sandbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace
{
    const QString key = QStringLiteral("tsk_HOSTILE_cli_key_91c2");
    const QByteArray csv = "Email,First Name,Last Name,Status\n"
                           "ada@example.com,Ada,Lovelace,Active\n"
                           "not-an-email,Bad,Row,Active\n"
                           "grace@example.com,Grace,Hopper,Active\n";
} // namespace

class TestHostileCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void outputThatIsAnInputIsRefused_data();
    void outputThatIsAnInputIsRefused();
    void keyWithControlCharactersIsRefused();
    void keySetRefusesControlCharacters();
#ifdef Q_OS_UNIX // FIFOs and /dev/zero
    void presetFromDeviceOrPipeIsRefused();
#endif
    void rejectsArePrivate();
    void terminalEscapesInCellsArePrintedEscaped();
    void strayByteNoticeShownByConvert();
    void rerunAfterServerErrorToSyncNeedsForce();
    void silentServerStopsAtStageTimeout();
    void badStageTimeoutIsUsageError_data();
    void badStageTimeoutIsUsageError();

private:
    std::unique_ptr<CliRunner> m_cli;
    QString m_csv;
};

void TestHostileCli::init()
{
    m_cli = std::make_unique<CliRunner>();
    m_csv = m_cli->write(QStringLiteral("users.csv"), csv);
}

void TestHostileCli::outputThatIsAnInputIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments"); // {FILE} and {OUT}, {REJECTS}, {LINK}, {HARD} stand for paths
    QTest::addColumn<bool>("sync");
    const QStringList convert {QStringLiteral("convert"), QStringLiteral("{FILE}"), QStringLiteral("--auto")};
    QTest::newRow("--out FILE") << (convert + QStringList {QStringLiteral("--out"), QStringLiteral("{FILE}")}) << false;
    QTest::newRow("--rejects FILE") << (convert +
                                        QStringList {QStringLiteral("--out"), QStringLiteral("{OUT}"),
                                                     QStringLiteral("--rejects"), QStringLiteral("{FILE}")})
                                    << false;
    QTest::newRow("--rejects = --out") << (convert +
                                           QStringList {QStringLiteral("--out"), QStringLiteral("{OUT}"),
                                                        QStringLiteral("--rejects"), QStringLiteral("{OUT}")})
                                       << false;
    QTest::newRow("--out symlink to FILE")
        << (convert + QStringList {QStringLiteral("--out"), QStringLiteral("{LINK}")}) << false;
    QTest::newRow("--out FILE via ./..") << (convert + QStringList {QStringLiteral("--out"), QStringLiteral("{DOTS}")})
                                         << false;
#ifdef Q_OS_UNIX // hard links are made with link(2)
    QTest::newRow("--out hard link to FILE")
        << (convert + QStringList {QStringLiteral("--out"), QStringLiteral("{HARD}")}) << false;
    QTest::newRow("sync --keep-payload FILE")
        << QStringList {QStringLiteral("sync"),      QStringLiteral("{FILE}"),         QStringLiteral("--auto"),
                        QStringLiteral("--dry-run"), QStringLiteral("--keep-payload"), QStringLiteral("{HARD}")}
        << true;
#endif
}

void TestHostileCli::outputThatIsAnInputIsRefused()
{
    QFETCH(QStringList, arguments);
    const QString link = QDir(m_cli->home()).filePath(QStringLiteral("link.csv"));
    const QString hard = QDir(m_cli->home()).filePath(QStringLiteral("hard.csv"));
    QVERIFY(QFile::link(m_csv, link));
#ifdef Q_OS_UNIX
    QVERIFY(::link(QFile::encodeName(m_csv).constData(), QFile::encodeName(hard).constData()) == 0);
#endif
    const QString dots = QDir(m_cli->home()).filePath(QStringLiteral("tmp/../users.csv"));
    const QString out = QDir(m_cli->home()).filePath(QStringLiteral("out.json"));
    for (QString& a : arguments) {
        a.replace(QStringLiteral("{FILE}"), m_csv).replace(QStringLiteral("{OUT}"), out);
        a.replace(QStringLiteral("{LINK}"), link).replace(QStringLiteral("{HARD}"), hard);
        a.replace(QStringLiteral("{DOTS}"), dots);
    }
    const CliRunner::Run run = m_cli->run(arguments);
    QCOMPARE(run.exitCode, int(ExitCode::UsageError));
    QVERIFY2(run.err.contains(QStringLiteral("refusing")) || run.err.contains(QStringLiteral("same file")),
             qPrintable(run.err));
    QFile source(m_csv);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(source.readAll(), csv); // the export is untouched
    QVERIFY(!QFileInfo::exists(out));
}

void TestHostileCli::keyWithControlCharactersIsRefused()
{
    // A CR/LF in TORII_API_KEY would put extra headers on the wire: exit 4 before any request.
    Sandbox sandbox;
    sandbox.setApiKey(key);
    QVERIFY(sandbox.start());
    const CliRunner::Run run =
        m_cli->run({QStringLiteral("sync"), m_csv, QStringLiteral("--auto"), QStringLiteral("--policy"),
                    QStringLiteral("skip"), QStringLiteral("--api-url"), sandbox.baseUrl().toString(),
                    QStringLiteral("--app-account"), QStringLiteral("4242")},
                   key + QStringLiteral("\r\nX-Injected: yes"));
    QCOMPARE(run.exitCode, int(ExitCode::AuthFailure));
    QVERIFY2(run.err.contains(QStringLiteral("control character")), qPrintable(run.err));
    QCOMPARE(sandbox.requests().size(), 0);
    QVERIFY(!run.err.contains(QStringLiteral("X-Injected")));
}

void TestHostileCli::keySetRefusesControlCharacters()
{
    const CliRunner::Run run = m_cli->run({QStringLiteral("key"), QStringLiteral("set")}, {}, "tsk_abc\rX-Evil: 1\n");
    QCOMPARE(run.exitCode, int(ExitCode::AuthFailure));
    QVERIFY2(run.err.contains(QStringLiteral("control character")), qPrintable(run.err));
}

#ifdef Q_OS_UNIX
void TestHostileCli::presetFromDeviceOrPipeIsRefused()
{
    const QString fifo = QDir(m_cli->home()).filePath(QStringLiteral("preset.json"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString& preset : {QStringLiteral("/dev/zero"), fifo}) {
        const QString out = QDir(m_cli->home()).filePath(QStringLiteral("out.json"));
        const CliRunner::Run run = m_cli->run(
            {QStringLiteral("convert"), m_csv, QStringLiteral("--preset"), preset, QStringLiteral("--out"), out}, {},
            {}, {}, 30000);
        QCOMPARE(run.exitCode, int(ExitCode::UsageError));
        QVERIFY2(run.err.contains(QStringLiteral("not a regular file")), qPrintable(run.err));
        const CliRunner::Run import =
            m_cli->run({QStringLiteral("presets"), QStringLiteral("import"), preset}, {}, {}, {}, 30000);
        QCOMPARE(import.exitCode, int(ExitCode::UsageError));
    }
}
#endif

void TestHostileCli::rejectsArePrivate()
{
    const QString out = QDir(m_cli->home()).filePath(QStringLiteral("out.json"));
    const QString rejects = QDir(m_cli->home()).filePath(QStringLiteral("rejects.csv"));
    const CliRunner::Run run =
        m_cli->run({QStringLiteral("convert"), m_csv, QStringLiteral("--auto"), QStringLiteral("--policy"),
                    QStringLiteral("skip"), QStringLiteral("--out"), out, QStringLiteral("--rejects"), rejects});
    QCOMPARE(run.exitCode, int(ExitCode::Success));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QCOMPARE(QFileInfo(rejects).permissions() & others, QFile::Permissions());
    QCOMPARE(QFileInfo(out).permissions() & others, QFile::Permissions());
}

void TestHostileCli::terminalEscapesInCellsArePrintedEscaped()
{
    // A cell can hold ESC ] 0 ; title BEL (retitles the terminal) or ESC [ 2 J (clears it); issue lines quote
    // cells, so every control character is printed as an escape.
    const QString hostile = m_cli->write(QStringLiteral("hostile.csv"),
                                         "Email,First Name,Last Name,Status\n"
                                         "ada@example.com,Ada,Lovelace,Active\n"
                                         "\"\x1b]0;pwned\x07\x1b[2Jevil\x9b\",Bad,\"Row\x1b[31m\",\"Act\x1b[2Jive\"\n");
    const QString out = QDir(m_cli->home()).filePath(QStringLiteral("out.json"));
    const CliRunner::Run run =
        m_cli->run({QStringLiteral("convert"), hostile, QStringLiteral("--auto"), QStringLiteral("--policy"),
                    QStringLiteral("skip"), QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, int(ExitCode::Success));
    QVERIFY2(run.err.contains(QStringLiteral("line 3")), qPrintable(run.err));
    for (const QString& text : {run.out, run.err}) {
        for (const QChar c : text) {
            const bool control = (c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r') ||
                (c.unicode() >= 0x7F && c.unicode() < 0xA0);
            QVERIFY2(!control,
                     qPrintable(QStringLiteral("U+%1 printed raw in: %2")
                                    .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                    .arg(text.toHtmlEscaped())));
        }
    }
    QVERIFY2(run.err.contains(QStringLiteral("\\x1b")), qPrintable(run.err));
}

void TestHostileCli::strayByteNoticeShownByConvert()
{
    // Issue #21/5: the notice about a line that is not UTF-8 was shown by `inspect` only; convert said
    // "0 warnings" and synced mojibake.
    QByteArray bytes = "Email,Name\n";
    for (int i = 0; i < 50; ++i)
        bytes += "u" + QByteArray::number(i) + "@example.com,J\xC3\xBCrgen\n";
    bytes += "jose@example.com,Jos\xE9\n";
    const QString file = m_cli->write(QStringLiteral("mixed.csv"), bytes);
    const QString out = QDir(m_cli->home()).filePath(QStringLiteral("out.json"));
    CliRunner::Run run =
        m_cli->run({QStringLiteral("convert"), file, QStringLiteral("--auto"), QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, int(ExitCode::Success));
    QVERIFY2(run.err.contains(QStringLiteral("line 52")) && run.err.contains(QStringLiteral("UTF-8")),
             qPrintable(run.err));
    QFile payload(out);
    QVERIFY(payload.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(payload.readAll());
    QVERIFY(text.contains(QStringLiteral("Jürgen")) && text.contains(QStringLiteral("José")));
    QVERIFY(!text.contains(QStringLiteral("Ã")));
    run = m_cli->run({QStringLiteral("convert"), file, QStringLiteral("--auto"), QStringLiteral("--out"), out,
                      QStringLiteral("--json")});
    QVERIFY2(run.out.contains(QStringLiteral("\"encodingGuess\"")), qPrintable(run.out));
}

void TestHostileCli::rerunAfterServerErrorToSyncNeedsForce()
{
    // Issue #21/3: a 500 to the sync may come after Torii started it; a plain re-run sent it again. Now the
    // outcome is unknown: the re-run refuses (exit 3) and only --force sends it once more.
    Sandbox sandbox;
    sandbox.setApiKey(key);
    QVERIFY(sandbox.start());
    QString error;
    QVERIFY(sandbox.addFault(QStringLiteral("sync=500:1"), &error));
    const QStringList sync {QStringLiteral("sync"),
                            m_csv,
                            QStringLiteral("--auto"),
                            QStringLiteral("--policy"),
                            QStringLiteral("skip"),
                            QStringLiteral("--api-url"),
                            sandbox.baseUrl().toString() + QStringLiteral("/"),
                            QStringLiteral("--app-account"),
                            QStringLiteral("4242")};
    CliRunner::Run run = m_cli->run(sync, key);
    QCOMPARE(run.exitCode, int(ExitCode::NetworkFailure));
    QCOMPARE(sandbox.requestCount(QStringLiteral("sync")), 1);
    run = m_cli->run(sync, key);
    QCOMPARE(run.exitCode, int(ExitCode::NetworkFailure));
    QVERIFY2(run.err.contains(QStringLiteral("--force")), qPrintable(run.err));
    QCOMPARE(sandbox.requestCount(QStringLiteral("sync")), 1);
    run = m_cli->run(sync + QStringList {QStringLiteral("--force")}, key);
    QCOMPARE(run.exitCode, int(ExitCode::Success));
    QCOMPARE(sandbox.requestCount(QStringLiteral("sync")), 2);
    QCOMPARE(sandbox.syncedPayloads().size(), 1);
}

void TestHostileCli::silentServerStopsAtStageTimeout()
{
    // Issue #21/14: the stage budget (2 min by default) is the admin's to set. A server that accepts and never
    // answers ends the run at that budget with a message naming the stage, and the sync is never sent.
    Sandbox sandbox;
    sandbox.setApiKey(key);
    QVERIFY(sandbox.start());
    QString error;
    QVERIFY(sandbox.addFault(QStringLiteral("files/url=hang:100"), &error));
    const CliRunner::Run run = m_cli->run(
        {QStringLiteral("sync"), m_csv, QStringLiteral("--auto"), QStringLiteral("--policy"), QStringLiteral("skip"),
         QStringLiteral("--api-url"), sandbox.baseUrl().toString(), QStringLiteral("--app-account"),
         QStringLiteral("4242"), QStringLiteral("--stage-timeout"), QStringLiteral("2")},
        key);
    QCOMPARE(run.exitCode, int(ExitCode::NetworkFailure));
    // The error itself names the stage, not only the progress line before it.
    const QString failure = run.err.split(u'\n').filter(QStringLiteral("torii-sync-cli:")).value(0);
    QVERIFY2(failure.contains(QStringLiteral("The stage \"Create file\" gave up after 2 s, its time limit")),
             qPrintable(run.err));
    QCOMPARE(sandbox.requestCount(QStringLiteral("sync")), 0);
}

void TestHostileCli::badStageTimeoutIsUsageError_data()
{
    QTest::addColumn<QStringList>("value");
    QTest::newRow("zero") << QStringList {QStringLiteral("0")};
    QTest::newRow("negative") << QStringList {QStringLiteral("-5")};
    QTest::newRow("words") << QStringList {QStringLiteral("soon")};
    QTest::newRow("over an hour") << QStringList {QStringLiteral("3601")};
    QTest::newRow("missing") << QStringList {};
}

void TestHostileCli::badStageTimeoutIsUsageError()
{
    QFETCH(QStringList, value);
    const CliRunner::Run run = m_cli->run(QStringList {QStringLiteral("sync"), m_csv, QStringLiteral("--auto"),
                                                       QStringLiteral("--dry-run"), QStringLiteral("--stage-timeout")} +
                                          value);
    QCOMPARE(run.exitCode, int(ExitCode::UsageError));
    QVERIFY2(run.err.contains(QStringLiteral("--stage-timeout needs a number of seconds")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostilecli.moc"

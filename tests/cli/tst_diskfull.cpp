// A full disk (issue #21/11): the real cause ("No space left on device") and the documented exit code, never
// "Unknown error", exit 1 (validation) or a half-written file. Runs on a 64 KiB tmpfs, so it needs root to
// mount one; it is built and registered only where the build is configured as root (CI).
#include "clirunner.h"
#include "run/exitcode.h"

#include <QDir>
#include <QProcess>
#include <QTest>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void payloadOnFullDisk();
    void rejectsOnFullDisk();

private:
    [[nodiscard]] QStringList leftovers() const;

    std::unique_ptr<CliRunner> m_cli;
    QTemporaryDir m_mountPoint;
    bool m_mounted = false;
    QString m_csv;
};

void TestDiskFull::initTestCase()
{
#ifdef Q_OS_LINUX
    // Registered only when the build is configured as root (tests/cli/CMakeLists.txt), as CI's is: a run
    // that cannot mount its tmpfs is a failure, never a skip.
    QVERIFY2(::geteuid() == 0, "mounting a small tmpfs needs root; configure the build as root to run this test");
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64k"),
                 QStringLiteral("tmpfs"), m_mountPoint.path()});
    QVERIFY2(
        mount.waitForFinished(20000) && mount.exitCode() == 0,
        qPrintable(QStringLiteral("cannot mount a tmpfs: ") + QString::fromLocal8Bit(mount.readAllStandardError())));
    m_mounted = true;
#endif
}

void TestDiskFull::cleanupTestCase()
{
    if (!m_mounted)
        return;
    QProcess umount;
    umount.start(QStringLiteral("umount"), {m_mountPoint.path()});
    umount.waitForFinished(20000);
}

void TestDiskFull::init()
{
    m_cli = std::make_unique<CliRunner>();
    QByteArray csv = "Email,First Name,Last Name\n";
    for (int i = 0; i < 5000; ++i) // 150 KB of payload, rejects alike: more than the 64 KiB disk holds
        csv += "user" + QByteArray::number(i) + (i % 2 ? "@example.com" : ".example.com") + ",First,Last\n";
    m_csv = m_cli->write(QStringLiteral("users.csv"), csv);
}

QStringList TestDiskFull::leftovers() const
{
    return QDir(m_mountPoint.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

void TestDiskFull::payloadOnFullDisk()
{
    const CliRunner::Run run = m_cli->run({QStringLiteral("convert"), m_csv, QStringLiteral("--auto"),
                                           QStringLiteral("--policy"), QStringLiteral("skip"), QStringLiteral("--out"),
                                           m_mountPoint.filePath(QStringLiteral("out.json"))});
    QCOMPARE(run.exitCode, int(ExitCode::UsageError));
    QVERIFY2(run.err.contains(QStringLiteral("No space left on device")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("Unknown error")), qPrintable(run.err));
    QCOMPARE(leftovers(), QStringList());
}

void TestDiskFull::rejectsOnFullDisk()
{
    const CliRunner::Run run = m_cli->run(
        {QStringLiteral("convert"), m_csv, QStringLiteral("--auto"), QStringLiteral("--policy"), QStringLiteral("skip"),
         QStringLiteral("--out"), QDir(m_cli->home()).filePath(QStringLiteral("out.json")), QStringLiteral("--rejects"),
         m_mountPoint.filePath(QStringLiteral("rejects.csv"))});
    QCOMPARE(run.exitCode, int(ExitCode::UsageError));
    QVERIFY2(run.err.contains(QStringLiteral("No space left on device")), qPrintable(run.err));
    QCOMPARE(leftovers(), QStringList());
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"

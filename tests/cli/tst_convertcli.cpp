// `torii-sync-cli convert` and `presets` through the real binary: exit codes 0/1/2, the --json contract,
// and preset import/export/refusal in an isolated data folder.
#include "clirunner.h"
#include "run/exitcode.h"
#include "samples.h"
#include "schemachecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestConvertCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void convertAutoJson();
    void convertPresetByName();
    void blockedIsExitOne();
    void usageErrorsAreExitTwo_data();
    void usageErrorsAreExitTwo();
    void presetsListShowExportImport();
    void newerPresetRefused();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList& arguments);

    CliRunner m_cli;
};

void TestConvertCli::initTestCase()
{
    QVERIFY(m_cli.isValid());
}

TestConvertCli::Run TestConvertCli::cli(const QStringList& arguments)
{
    return m_cli.run(arguments);
}

void TestConvertCli::convertAutoJson()
{
    const QString out = m_cli.path(QStringLiteral("zoom.json"));
    const Run run = cli({QStringLiteral("convert"), Samples::path(QStringLiteral("zoom-users.csv")),
                         QStringLiteral("--auto"), QStringLiteral("--out"), out, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, ExitCode::Success);
    const QJsonObject o = run.json();
    for (const char* key : {"users", "licenses", "rejected", "issues", "payload", "sha256"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("users")).toInt(), 9);
    QCOMPARE(o.value(QStringLiteral("payload")).toString(), out);
    QCOMPARE(o.value(QStringLiteral("sha256")).toString().size(), 64);
    QCOMPARE(SchemaChecker::checkFile(out), QStringList());
}

void TestConvertCli::convertPresetByName()
{
    const QString out = m_cli.path(QStringLiteral("m365.json"));
    const Run run = cli({QStringLiteral("convert"), Samples::path(QStringLiteral("m365-users.csv")),
                         QStringLiteral("--preset"), QStringLiteral("Microsoft 365"), QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, ExitCode::Success);
    QCOMPARE(SchemaChecker::checkFile(out), QStringList());
}

void TestConvertCli::blockedIsExitOne()
{
    const QString out = m_cli.path(QStringLiteral("dups.json"));
    const Run run = cli({QStringLiteral("convert"), Samples::path(QStringLiteral("duplicate-emails.csv")),
                         QStringLiteral("--auto"), QStringLiteral("--out"), out, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, ExitCode::ValidationBlocked);
    QVERIFY(!QFile::exists(out));
    const QJsonObject o = run.json();
    QVERIFY(o.value(QStringLiteral("rejected")).toInt() > 0);
    const QJsonObject issue = o.value(QStringLiteral("issues")).toArray().first().toObject();
    for (const char* key : {"row", "column", "field", "severity", "message"})
        QVERIFY2(issue.contains(QLatin1String(key)), key);
    // The same file with --policy skip writes the first of each duplicate.
    const Run skip =
        cli({QStringLiteral("convert"), Samples::path(QStringLiteral("duplicate-emails.csv")), QStringLiteral("--auto"),
             QStringLiteral("--out"), out, QStringLiteral("--policy"), QStringLiteral("skip")});
    QCOMPARE(skip.exitCode, ExitCode::Success);
    QCOMPARE(SchemaChecker::checkFile(out), QStringList());
}

void TestConvertCli::usageErrorsAreExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString sample = Samples::path(QStringLiteral("zoom-users.csv"));
    const QString out = m_cli.path(QStringLiteral("x.json"));
    QTest::newRow("no mode") << QStringList {QStringLiteral("convert"), sample, QStringLiteral("--out"), out};
    QTest::newRow("both modes") << QStringList {
        QStringLiteral("convert"), sample, QStringLiteral("--auto"), QStringLiteral("--preset"), QStringLiteral("Zoom"),
        QStringLiteral("--out"),   out};
    QTest::newRow("no out") << QStringList {QStringLiteral("convert"), sample, QStringLiteral("--auto")};
    QTest::newRow("missing file") << QStringList {QStringLiteral("convert"), m_cli.path(QStringLiteral("nope.csv")),
                                                  QStringLiteral("--auto"), QStringLiteral("--out"), out};
    QTest::newRow("unknown preset") << QStringList {QStringLiteral("convert"),  sample,
                                                    QStringLiteral("--preset"), QStringLiteral("No Such Preset"),
                                                    QStringLiteral("--out"),    out};
    QTest::newRow("bad policy") << QStringList {QStringLiteral("convert"), sample, QStringLiteral("--auto"),
                                                QStringLiteral("--out"),   out,    QStringLiteral("--policy"),
                                                QStringLiteral("maybe")};
}

void TestConvertCli::usageErrorsAreExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, ExitCode::UsageError);
    QVERIFY(!run.err.isEmpty());
}

void TestConvertCli::presetsListShowExportImport()
{
    const Run list = cli({QStringLiteral("presets"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, ExitCode::Success);
    const QJsonArray presets = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QStringList bundled;
    for (const QJsonValue& p : presets) {
        if (p.toObject().value(QStringLiteral("bundled")).toBool())
            bundled.append(p.toObject().value(QStringLiteral("name")).toString());
    }
    for (const char* name : {"Google Workspace", "Microsoft 365", "Okta", "Slack", "Zoom"})
        QVERIFY2(bundled.contains(QLatin1String(name)), name);

    const QString exported = m_cli.path(QStringLiteral("okta-export.json"));
    QCOMPARE(cli({QStringLiteral("presets"), QStringLiteral("export"), QStringLiteral("Okta"), exported}).exitCode,
             ExitCode::Success);
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(!json.contains(QStringLiteral("bundled")));
    json.insert(QStringLiteral("name"), QStringLiteral("My Okta"));
    f.resize(0);
    f.write(QJsonDocument(json).toJson());
    f.close();
    QCOMPARE(cli({QStringLiteral("presets"), QStringLiteral("import"), exported}).exitCode, ExitCode::Success);
    const Run show = cli({QStringLiteral("presets"), QStringLiteral("show"), QStringLiteral("My Okta")});
    QCOMPARE(show.exitCode, ExitCode::Success);
    QVERIFY(show.out.contains(QLatin1String("\"Login\"")));
    QCOMPARE(cli({QStringLiteral("presets"), QStringLiteral("delete"), QStringLiteral("Okta")}).exitCode,
             ExitCode::UsageError); // bundled
    QCOMPARE(cli({QStringLiteral("presets"), QStringLiteral("delete"), QStringLiteral("My Okta")}).exitCode,
             ExitCode::Success);
    QCOMPARE(cli({QStringLiteral("presets"), QStringLiteral("show"), QStringLiteral("My Okta")}).exitCode,
             ExitCode::UsageError);
}

void TestConvertCli::newerPresetRefused()
{
    const QString path = m_cli.path(QStringLiteral("future.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format":"torii-sync-preset","formatVersion":3,"name":"Future","mapping":{"fields":{}}})");
    f.close();
    const Run run = cli({QStringLiteral("presets"), QStringLiteral("import"), path});
    QCOMPARE(run.exitCode, ExitCode::UsageError);
    QVERIFY2(run.err.contains(QStringLiteral("version 3")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestConvertCli)
#include "tst_convertcli.moc"

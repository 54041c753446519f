// torii-sync-cli inspect, in process: the JSON contract of DESIGN.md §4, the readable summary, overrides, and
// exit code 2 with a clear message for unreadable input.
#include "cli/console.h"
#include "cli/inspectcommand.h"
#include "run/exitcode.h"
#include "samples.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestInspectCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonContract();
    void jsonXlsx();
    void textSummary();
    void overrides();
    void unreadableInput_data();
    void unreadableInput();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run inspect(const QStringList& arguments);
};

TestInspectCommand::Run TestInspectCommand::inspect(const QStringList& arguments)
{
    Run run;
    {
        Console console(&run.out, &run.err);
        InspectCommand command;
        run.code = command.run(arguments, console);
    }
    return run;
}

void TestInspectCommand::initTestCase()
{
    // inspect looks up presets in the user's data folder: keep the test away from the real one.
    QStandardPaths::setTestModeEnabled(true);
}

void TestInspectCommand::jsonContract()
{
    const Run run = inspect({Samples::path(QStringLiteral("semicolon-excel-de.csv")), QStringLiteral("--json"),
                             QStringLiteral("--rows"), QStringLiteral("2")});
    QCOMPARE(run.code, ExitCode::Success);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("csv"));
    QVERIFY(json.value(QLatin1String("sheet")).isNull());
    QCOMPARE(json.value(QLatin1String("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(json.value(QLatin1String("delimiter")).toString(), QStringLiteral(";"));
    QCOMPARE(json.value(QLatin1String("headerRow")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("rows")).toInt(), 8);
    const QJsonArray columns = json.value(QLatin1String("columns")).toArray();
    QCOMPARE(columns.size(), 10);
    QCOMPARE(columns.at(0).toString(), QStringLiteral("Vorname"));
    QVERIFY(json.value(QLatin1String("mapping")).isObject());
    QVERIFY(json.contains(QLatin1String("preset")));
    const QJsonArray preview = json.value(QLatin1String("preview")).toArray();
    QCOMPARE(preview.size(), 2);
    QCOMPARE(preview.at(0).toArray().at(0).toString(), QStringLiteral("Jörg"));
    QCOMPARE(preview.at(0).toArray().at(8).toString(), QStringLiteral("1.234,5")); // exactly as read
}

void TestInspectCommand::jsonXlsx()
{
    const Run run = inspect({Samples::path(QStringLiteral("google-workspace-users.xlsx")), QStringLiteral("--json"),
                             QStringLiteral("--sheet"), QStringLiteral("User_Download"), QStringLiteral("--rows"),
                             QStringLiteral("1")});
    QCOMPARE(run.code, ExitCode::Success);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("xlsx"));
    QCOMPARE(json.value(QLatin1String("sheet")).toString(), QStringLiteral("User_Download"));
    QCOMPARE(json.value(QLatin1String("rows")).toInt(), 5);
    QCOMPARE(json.value(QLatin1String("preview")).toArray().at(0).toArray().at(6).toString(), QStringLiteral("00123"));
    QVERIFY(!json.contains(QLatin1String("preview")) || json.value(QLatin1String("preview")).toArray().size() == 1);
}

void TestInspectCommand::textSummary()
{
    const Run run =
        inspect({Samples::path(QStringLiteral("ragged-rows.csv")), QStringLiteral("--rows"), QStringLiteral("1")});
    QCOMPARE(run.code, ExitCode::Success);
    QVERIFY(run.out.contains(QStringLiteral("delimiter comma")));
    QVERIFY(run.out.contains(QStringLiteral("Rows:       6")));
    QVERIFY(run.out.contains(QStringLiteral("line 5:"))); // the long row is reported with its line
    QVERIFY(run.out.contains(QStringLiteral("ines.castro@example.com")));
}

void TestInspectCommand::overrides()
{
    const Run run = inspect({Samples::path(QStringLiteral("zoom-users.csv")), QStringLiteral("--json"),
                             QStringLiteral("--delimiter"), QStringLiteral("tab"), QStringLiteral("--header-row"),
                             QStringLiteral("2"), QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    QCOMPARE(run.code, ExitCode::Success);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("delimiter")).toString(), QStringLiteral("\t"));
    QCOMPARE(json.value(QLatin1String("headerRow")).toInt(), 2);
    QCOMPARE(json.value(QLatin1String("columns")).toArray().size(), 1);
    QCOMPARE(json.value(QLatin1String("rows")).toInt(), 8);

    QCOMPARE(inspect({Samples::path(QStringLiteral("zoom-users.csv")), QStringLiteral("--encoding"),
                      QStringLiteral("ebcdic")})
                 .code,
             ExitCode::UsageError);
    QCOMPARE(inspect({Samples::path(QStringLiteral("zoom-users.csv")), QStringLiteral("--bogus")}).code,
             ExitCode::UsageError);
    QCOMPARE(inspect({}).code, ExitCode::UsageError);
}

void TestInspectCommand::unreadableInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("binary") << QByteArray("\0\1\2\3garbage", 11) << QStringLiteral("not a text file");
    QTest::newRow("only a header") << QByteArray("Email,Name\n") << QStringLiteral("no data rows");
    QTest::newRow("unterminated quote") << QByteArray("a,b\n\"x,y\n") << QStringLiteral("never closed");
}

void TestInspectCommand::unreadableInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const Run run = inspect({path, QStringLiteral("--json")});
    QCOMPARE(run.code, ExitCode::UsageError);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("bad.csv")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestInspectCommand)
#include "tst_inspectcommand.moc"

// The API key never leaves the keychain/environment except in Torii's Authorization header: full CLI runs
// (preset import, a successful sync, a failing sync, a refused URL, history) with a distinctive key and every
// Qt debug category on, HOME/XDG_*/TMPDIR pointed at a scratch tree; then every file written there, everything
// the CLI printed, every request the S3 double received and every object it stored is searched for the key.
#include "clirunner.h"
#include "sandbox/sandbox.h"

#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

class TestSecretScan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyAppearsNowhere();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray output; // stdout + stderr
    };
    Result cli(const QStringList& arguments);
    // Where the key shows up in data, in any of the encodings a file could hold it in.
    [[nodiscard]] QString leakIn(const QByteArray& data) const;

    CliRunner m_cli;
    Sandbox m_sandbox;
    QByteArray m_key;
    QByteArray m_allOutput;
};

void TestSecretScan::initTestCase()
{
    QVERIFY(m_cli.isValid());
    m_key = "tsk_SECRETSCAN_" + QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36) + "_CANARY_7e11";
    m_sandbox.setApiKey(QString::fromLatin1(m_key));
    QVERIFY(m_sandbox.start());

    // Every folder a program could write to is inside the runner's home, so the scan below sees them all.
    for (const char* name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR",
                             "XDG_RUNTIME_DIR"}) {
        const QString dir = m_cli.path(QString::fromLatin1(name).toLower());
        QVERIFY(QDir().mkpath(dir));
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_cli.setEnvironment(QString::fromLatin1(name), dir);
    }
    // No keychain (the runner has no D-Bus): the key comes from the environment. Every debug line is on.
    m_cli.setEnvironment(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    m_cli.setEnvironment(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QVERIFY(QFile::exists(QStringLiteral(TORIISYNC_CLI)));
}

TestSecretScan::Result TestSecretScan::cli(const QStringList& arguments)
{
    const CliRunner::Run run = m_cli.run(arguments, QString::fromLatin1(m_key), {}, {}, 90000);
    const QByteArray output = run.out.toUtf8() + run.err.toUtf8();
    m_allOutput += output;
    return {run.exitCode, output};
}

QString TestSecretScan::leakIn(const QByteArray& data) const
{
    const QString key = QString::fromLatin1(m_key);
    const QList<QPair<const char*, QByteArray>> forms {
        {"UTF-8", m_key},
        {"UTF-16LE", QByteArray(reinterpret_cast<const char*>(key.utf16()), key.size() * 2)},
        {"base64", m_key.toBase64()},
        {"percent-encoded", QUrl::toPercentEncoding(key)},
        {"key body", m_key.mid(4, 20)}, // a truncated or re-quoted copy
    };
    for (const auto& form : forms) {
        if (data.contains(form.second))
            return QString::fromLatin1(form.first);
    }
    return {};
}

void TestSecretScan::keyAppearsNowhere()
{
    const QString sample = QStringLiteral(TORIISYNC_SAMPLES_DIR "/okta-users.csv");
    const QString api = m_sandbox.baseUrl().toString();
    const QString account = QString::number(Sandbox::demoAppAccountId);

    // A preset in the data folder.
    const QString presetFile = m_cli.path(QStringLiteral("home/okta.json"));
    {
        QFile preset(presetFile);
        QVERIFY(preset.open(QIODevice::WriteOnly));
        preset.write(R"({"format":"torii-sync-preset","formatVersion":1,"name":"Okta scan",)"
                     R"("mapping":{"fields":{"email":{"column":"Login"}}}})");
    }
    Result r = cli({QStringLiteral("presets"), QStringLiteral("import"), presetFile});
    QVERIFY2(r.exitCode == 0, r.output.constData());

    // A successful sync that keeps its payload.
    r = cli({QStringLiteral("sync"), sample, QStringLiteral("--auto"), QStringLiteral("--policy"),
             QStringLiteral("skip"), QStringLiteral("--api-url"), api, QStringLiteral("--app-account"), account,
             QStringLiteral("--json"), QStringLiteral("--verbose"), QStringLiteral("--keep-payload"),
             m_cli.path(QStringLiteral("xdg_data_home/kept-payload.json"))});
    QVERIFY2(r.exitCode == 0, r.output.constData());
    QCOMPARE(m_sandbox.syncedPayloads().size(), 1);

    // A sync that fails after retries (the error paths log the most).
    QString error;
    QVERIFY(m_sandbox.addFault(QStringLiteral("files=500:20"), &error));
    r = cli({QStringLiteral("sync"), sample, QStringLiteral("--auto"), QStringLiteral("--policy"),
             QStringLiteral("skip"), QStringLiteral("--api-url"), api, QStringLiteral("--app-account"), account,
             QStringLiteral("--verbose")});
    QVERIFY2(r.exitCode == 3, r.output.constData());
    m_sandbox.clearFaults();

    // http:// to a non-loopback host is refused before anything is sent.
    r = cli({QStringLiteral("sync"), sample, QStringLiteral("--auto"), QStringLiteral("--policy"),
             QStringLiteral("skip"), QStringLiteral("--api-url"), QStringLiteral("http://api.toriihq.com/v1.0"),
             QStringLiteral("--app-account"), account, QStringLiteral("--verbose")});
    QVERIFY2(r.exitCode != 0, r.output.constData());
    QVERIFY2(r.output.contains("https"), r.output.constData());

    r = cli({QStringLiteral("history"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.output.constData());

    // 1. Everything printed.
    QVERIFY2(leakIn(m_allOutput).isEmpty(), qPrintable(QStringLiteral("key in CLI output as ") + leakIn(m_allOutput)));

    // 2. Every file under the scratch HOME / XDG / TMPDIR tree.
    QStringList written;
    QDirIterator files(m_cli.home(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString leak = leakIn(file.readAll());
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("key in %1 as %2").arg(path, leak)));
        written.append(QDir(m_cli.home()).relativeFilePath(path));
    }
    qInfo().noquote() << "files the CLI wrote:" << written.join(QStringLiteral(", "));
    QVERIFY2(std::any_of(written.cbegin(), written.cend(),
                         [](const QString& p) { return p.endsWith(QLatin1String("history.sqlite")); }),
             "the scan did not see the history database");
    QVERIFY2(std::any_of(written.cbegin(), written.cend(),
                         [](const QString& p) {
                             return p.endsWith(QLatin1String("Okta scan.json")) ||
                                 p.contains(QLatin1String("presets/"));
                         }),
             "the scan did not see the imported preset");

    // 3. Every request: the key only ever in the Authorization header of Torii's own routes.
    int torii = 0;
    for (const Sandbox::RecordedRequest& request : m_sandbox.requests()) {
        QVERIFY2(leakIn(request.target).isEmpty(), request.target.constData());
        for (const auto& header : request.headers) {
            if (leakIn(header.second).isEmpty())
                continue;
            QVERIFY2(request.route != u"upload", "the key went to S3");
            QCOMPARE(header.first.toLower(), QByteArray("authorization"));
            QCOMPARE(header.second, "Bearer " + m_key);
            ++torii;
        }
    }
    QVERIFY2(torii > 0, "the scan never saw the key in Torii's requests: it could not find a leak either");

    // 4. Every object uploaded to the S3 double.
    QDirIterator objects(m_sandbox.storageDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int stored = 0;
    while (objects.hasNext()) {
        QFile object(objects.next());
        QVERIFY(object.open(QIODevice::ReadOnly));
        QVERIFY2(leakIn(object.readAll()).isEmpty(), qPrintable(object.fileName()));
        ++stored;
    }
    QVERIFY(stored > 0);
}

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"

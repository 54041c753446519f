#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// What an admin gets: the .deb and .tar.gz that `cpack` makes from this build tree. Everything runs in a
// temporary directory (cpack -B), so the test does not collide with a parallel cpack or other tests, and
// nothing needs the network.
class TestPackage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void debControlFields();
    void debContents();
    void cliRunsFromUnpackedRoot();
    void cliConvertsSampleFromUnpackedRoot();
    void shippedWindowSpeaksGermanByLocale();
    void aptResolvesDependencies();
    void tarballHoldsTheSameFiles();
    void desktopEntryValidates();
    void metainfoValidates();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Runs a program to completion (bounded), capturing both streams.
    Result run(const QString& program, const QStringList& arguments, const QString& workDir = {},
               int timeoutMs = 60000) const;
    [[nodiscard]] QString shipped(const QString& relative) const;

    QTemporaryDir m_work;
    QString m_deb;
    QString m_tgz;
    QString m_root;
    QProcessEnvironment m_env;
};

TestPackage::Result TestPackage::run(const QString& program, const QStringList& arguments, const QString& workDir,
                                     int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    Result result;
    if (!process.waitForStarted(10000)) {
        result.err = program + QStringLiteral(": ") + process.errorString();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = program + QStringLiteral(": timed out");
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QString TestPackage::shipped(const QString& relative) const
{
    return m_root + QStringLiteral("/usr/") + relative;
}

void TestPackage::initTestCase()
{
    QVERIFY(m_work.isValid());
    // The unpacked programs must not read or write the developer's settings, keychain or history.
    m_env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString dir = m_work.filePath(QStringLiteral("home/") + QLatin1String(name));
        QVERIFY(QDir().mkpath(dir));
        m_env.insert(QLatin1String(name), dir);
    }
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.remove(QStringLiteral("TORII_API_KEY"));

    const QString out = m_work.filePath(QStringLiteral("packages"));
    const Result cpack = run(QStringLiteral(TORIISYNC_CPACK),
                             {QStringLiteral("-G"), QStringLiteral("DEB;TGZ"), QStringLiteral("-B"), out,
                              QStringLiteral("--config"), QStringLiteral(TORIISYNC_BINARY_DIR "/CPackConfig.cmake")},
                             m_work.path(), 150000);
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));

    const QString base = QStringLiteral("torii-sync_" TORIISYNC_PROJECT_VERSION "_");
    const QStringList debs = QDir(out).entryList({base + QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(out).filePath(debs.constFirst());
    const QStringList tgzs =
        QDir(out).entryList({QStringLiteral("torii-sync-" TORIISYNC_PROJECT_VERSION "-*.tar.gz")}, QDir::Files);
    QCOMPARE(tgzs.size(), 1);
    m_tgz = QDir(out).filePath(tgzs.constFirst());

    m_root = m_work.filePath(QStringLiteral("root"));
    const Result unpack = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.err));
}

void TestPackage::debControlFields()
{
    const auto field = [this](const char* name) {
        return run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QLatin1String(name)}).out.trimmed();
    };
    QCOMPARE(field("Package"), QStringLiteral("torii-sync"));
    QCOMPARE(field("Version"), QStringLiteral(TORIISYNC_PROJECT_VERSION));
    QCOMPARE(field("Section"), QStringLiteral("utils"));
    QVERIFY(!field("Maintainer").isEmpty());
    // Summary line plus a long description (a CMake list would leak ';' into it).
    const QString description = field("Description");
    QVERIFY2(description.contains(u'\n') && !description.contains(u';'), qPrintable(description));
    const QString depends = field("Depends");
    // dlopen()ed at run time, so shlibdeps cannot see them: they must be listed by hand.
    for (const char* package : {"libsecret-1-0", "libqt6sql6-sqlite", "libqt6svg6"})
        QVERIFY2(depends.contains(QLatin1String(package)), qPrintable(QLatin1String(package) + u' ' + depends));
    // Found by dpkg-shlibdeps from the binaries.
    for (const char* package : {"libqt6core6", "libqt6widgets6", "libqt6network6", "libc6", "libfreexl1"})
        QVERIFY2(depends.contains(QLatin1String(package)), qPrintable(QLatin1String(package) + u' ' + depends));
    QVERIFY2(field("Recommends").contains(QLatin1String("gnome-keyring")), qPrintable(field("Recommends")));
}

void TestPackage::debContents()
{
    const Result listing = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
    QCOMPARE(listing.exitCode, 0);
    QStringList expected {QStringLiteral("./usr/bin/torii-sync"),
                          QStringLiteral("./usr/bin/torii-sync-cli"),
                          QStringLiteral("./usr/share/applications/" TORIISYNC_APP_ID ".desktop"),
                          QStringLiteral("./usr/share/metainfo/" TORIISYNC_APP_ID ".metainfo.xml"),
                          QStringLiteral("./usr/share/icons/hicolor/scalable/apps/torii-sync.svg"),
                          QStringLiteral("./usr/share/doc/torii-sync/copyright")};
    for (const QString& size : QStringLiteral(TORIISYNC_ICON_SIZES).split(u','))
        expected << QStringLiteral("./usr/share/icons/hicolor/%1x%1/apps/torii-sync.png").arg(size);
    for (const QString& path : expected)
        QVERIFY2(listing.out.contains(path + u'\n'), qPrintable(path + QStringLiteral(" missing:\n") + listing.out));
    // Nothing of the build or test machinery leaks into the package.
    QVERIFY2(!listing.out.contains(QLatin1String("tst_")), qPrintable(listing.out));
    QVERIFY2(!listing.out.contains(QLatin1String("/include/")), qPrintable(listing.out));
}

void TestPackage::cliRunsFromUnpackedRoot()
{
    const Result version = run(shipped(QStringLiteral("bin/torii-sync-cli")), {QStringLiteral("--version")});
    QVERIFY2(version.exitCode == 0, qPrintable(version.err));
    QCOMPARE(version.out.trimmed(), QStringLiteral("torii-sync-cli " TORIISYNC_PROJECT_VERSION));
    // The window's executable starts too (offscreen, from ctest's environment) and knows its version.
    const Result gui = run(shipped(QStringLiteral("bin/torii-sync")), {QStringLiteral("--version")}, {}, 20000);
    QVERIFY2(gui.exitCode == 0, qPrintable(gui.err));
    QVERIFY2(gui.out.contains(QLatin1String(TORIISYNC_PROJECT_VERSION)), qPrintable(gui.out));
}

void TestPackage::cliConvertsSampleFromUnpackedRoot()
{
    const QString payload = m_work.filePath(QStringLiteral("okta-payload.json"));
    const Result convert = run(shipped(QStringLiteral("bin/torii-sync-cli")),
                               {QStringLiteral("convert"), QStringLiteral(TORIISYNC_SAMPLES_DIR "/okta-users.csv"),
                                QStringLiteral("--auto"), QStringLiteral("--policy"), QStringLiteral("skip"),
                                QStringLiteral("--out"), payload},
                               m_work.path());
    QVERIFY2(convert.exitCode == 0, qPrintable(convert.out + convert.err));
    QFile file(payload);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(payload));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.object().value(QLatin1String("users")).isArray());
    QVERIFY(!document.object().value(QLatin1String("users")).toArray().isEmpty());
}

void TestPackage::shippedWindowSpeaksGermanByLocale()
{
    // The catalogue is inside the binary: a German desktop (LANGUAGE/LANG) gets German text, English stays.
    const QString program = shipped(QStringLiteral("bin/torii-sync"));
    QProcessEnvironment german = m_env;
    german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(german);
    process.start(program, {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(20000));
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(help.contains(QLatin1String("Sandbox starten")), qPrintable(help));
    const Result english = run(program, {QStringLiteral("--help")}, {}, 20000);
    QVERIFY2(english.out.contains(QLatin1String("Start with the built-in sandbox")), qPrintable(english.out));
}

void TestPackage::aptResolvesDependencies()
{
    // A simulated install of the local file: every Depends must be installed or installable. NoLocking lets
    // it run beside another apt process; -s changes nothing.
    const Result apt = run(QStringLiteral("apt-get"),
                           {QStringLiteral("install"), QStringLiteral("-s"), QStringLiteral("-o"),
                            QStringLiteral("Debug::NoLocking=1"), m_deb},
                           m_work.path());
    QVERIFY2(apt.exitCode == 0, qPrintable(apt.out + apt.err));
    QVERIFY2(apt.out.contains(QLatin1String("Inst torii-sync ")), qPrintable(apt.out));
}

void TestPackage::tarballHoldsTheSameFiles()
{
    const Result listing = run(QStringLiteral("tar"), {QStringLiteral("-tzf"), m_tgz});
    QCOMPARE(listing.exitCode, 0);
    for (const char* path :
         {"/bin/torii-sync\n", "/bin/torii-sync-cli\n", "/share/applications/" TORIISYNC_APP_ID ".desktop\n",
          "/share/icons/hicolor/scalable/apps/torii-sync.svg\n"})
        QVERIFY2(listing.out.contains(QLatin1String(path)), qPrintable(QLatin1String(path) + listing.out));
}

void TestPackage::desktopEntryValidates()
{
    const QString entry = shipped(QStringLiteral("share/applications/" TORIISYNC_APP_ID ".desktop"));
    const Result validate = run(QStringLiteral("desktop-file-validate"), {entry});
    QVERIFY2(validate.exitCode == 0 && validate.out.trimmed().isEmpty(), qPrintable(validate.out + validate.err));

    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(file.readAll());
    const auto value = [&text](const QString& key) {
        const QRegularExpression re(QStringLiteral("^%1=(.*)$").arg(QRegularExpression::escape(key)),
                                    QRegularExpression::MultilineOption);
        return re.match(text).captured(1);
    };
    // "Open with Torii Sync" hands the file over as the first argument.
    QCOMPARE(value(QStringLiteral("Exec")), QStringLiteral("torii-sync %f"));
    const QStringList types = value(QStringLiteral("MimeType")).split(u';', Qt::SkipEmptyParts);
    QVERIFY(types.contains(QLatin1String("text/csv")));
    QVERIFY(types.contains(QLatin1String("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));
    QVERIFY(types.contains(QLatin1String("application/json")));
    QVERIFY(types.contains(QLatin1String("application/vnd.oasis.opendocument.spreadsheet")));
    QVERIFY(types.contains(QLatin1String("application/vnd.ms-excel")));
    QVERIFY(!value(QStringLiteral("Name[de]")).isEmpty() || !value(QStringLiteral("Comment[de]")).isEmpty());
    // The icon it names is shipped, and the program it starts is too.
    QVERIFY(QFile::exists(
        shipped(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(value(QStringLiteral("Icon"))))));
    QVERIFY(QFile::exists(shipped(QStringLiteral("bin/") + value(QStringLiteral("TryExec")))));
}

void TestPackage::metainfoValidates()
{
    const QString metainfo = shipped(QStringLiteral("share/metainfo/" TORIISYNC_APP_ID ".metainfo.xml"));
    const Result validate =
        run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));

    QFile file(metainfo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // The newest release note is the version being packaged (project(VERSION) is the only version source).
    static const QRegularExpression release(QStringLiteral("<release version=\"([^\"]+)\""));
    QCOMPARE(release.match(text).captured(1), QStringLiteral(TORIISYNC_PROJECT_VERSION));
    QVERIFY(text.contains(QLatin1String("<launchable type=\"desktop-id\">" TORIISYNC_APP_ID ".desktop</launchable>")));
    // Every screenshot it advertises is a committed image in resources/screenshots/.
    static const QRegularExpression image(QStringLiteral("<image>[^<]*/resources/screenshots/([^<]+)</image>"));
    int screenshots = 0;
    for (auto it = image.globalMatch(text); it.hasNext(); ++screenshots) {
        const QString name = it.next().captured(1);
        QVERIFY2(QFile::exists(QStringLiteral(TORIISYNC_SOURCE_DIR "/resources/screenshots/") + name),
                 qPrintable(name));
    }
    QVERIFY(screenshots >= 1);
    // The licence is Apache-2.0 everywhere it is stated: metainfo, the package's copyright file, LICENSE.
    QVERIFY(text.contains(QLatin1String("<project_license>Apache-2.0</project_license>")));
    QFile copyright(shipped(QStringLiteral("share/doc/torii-sync/copyright")));
    QVERIFY(copyright.open(QIODevice::ReadOnly));
    QVERIFY(copyright.readAll().contains("License: Apache-2.0"));
    QFile licence(QStringLiteral(TORIISYNC_SOURCE_DIR "/LICENSE"));
    QVERIFY(licence.open(QIODevice::ReadOnly));
    QVERIFY(licence.readAll().contains("Apache License"));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"

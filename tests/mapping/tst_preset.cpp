// Presets: the JSON format (round trip, version and unknown-field refusal), the store (atomic save under the
// app data location, import/export, delete), header fingerprints, and the bundled presets.
#include "import/importoptions.h"
#include "mapping/presetstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

class TestPreset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void refusesNewerVersion();
    void refusesUnknownFields_data();
    void refusesUnknownFields();
    void dialectBecomesImportOptions();
    void storeSavesLoadsRemoves();
    void storeImportExport();
    void bundledPresets();
    void fingerprintPicksTheRightPreset();
    void ownPresetWinsATieWithABuiltIn();
#ifdef Q_OS_UNIX // FIFOs and /dev/zero
    void devicesAndPipesAreRefused();
#endif
    void removalGuardThresholds();

private:
    static Preset sample();
    static QJsonObject mutated(const QString& path, const QJsonValue& value);
};

void TestPreset::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

Preset TestPreset::sample()
{
    Preset p;
    p.name = QStringLiteral("Acme HR");
    p.description = QStringLiteral("test");
    p.vendor = QStringLiteral("Acme");
    p.dialect.encoding = QStringLiteral("Windows-1252");
    p.dialect.delimiter = QStringLiteral(";");
    p.dialect.headerRow = 3;
    FieldMapping email;
    email.column = QStringLiteral("Mail");
    email.fallbackColumn = QStringLiteral("Login");
    p.mapping.setField(TargetField::Email, email);
    FieldMapping status;
    status.column = QStringLiteral("State");
    status.valueMap.insert(QStringLiteral("Gone"), QStringLiteral("deleted"));
    p.mapping.setField(TargetField::Status, status);
    FieldMapping date;
    date.column = QStringLiteral("Seen");
    date.dateOrder = DateOrder::DMY;
    date.timeZone = QStringLiteral("Europe/Berlin");
    p.mapping.setField(TargetField::LastUsedDate, date);
    LicenseRule rule;
    rule.column = QStringLiteral("Plan");
    rule.separator = QStringLiteral("+");
    rule.ignoreValues = {QStringLiteral("Free")};
    rule.defaults.pricePerUser = 1200;
    rule.perLicense.insert(QStringLiteral("Pro"), LicenseConstants {10, 2500});
    p.mapping.addLicenseRule(rule);
    p.fingerprint = Preset::fingerprintOf({QStringLiteral("Mail"), QStringLiteral("State"), QStringLiteral("Seen")});
    p.policy = InvalidRowPolicy::SkipInvalidRows;
    return p;
}

QJsonObject TestPreset::mutated(const QString& path, const QJsonValue& value)
{
    QJsonObject root = sample().toJson();
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        root.insert(parts.at(0), value);
    } else if (parts.size() == 4) { // mapping.fields.email.X
        QJsonObject mapping = root.value(parts.at(0)).toObject();
        QJsonObject fields = mapping.value(parts.at(1)).toObject();
        QJsonObject field = fields.value(parts.at(2)).toObject();
        field.insert(parts.at(3), value);
        fields.insert(parts.at(2), field);
        mapping.insert(parts.at(1), fields);
        root.insert(parts.at(0), mapping);
    }
    return root;
}

void TestPreset::roundTrip()
{
    const Preset p = sample();
    QString error;
    const std::optional<Preset> back = Preset::fromJsonBytes(p.toJsonBytes(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->name, p.name);
    QVERIFY(back->mapping == p.mapping);
    QCOMPARE(back->dialect, p.dialect);
    QCOMPARE(back->fingerprint, p.fingerprint);
    QCOMPARE(back->policy, InvalidRowPolicy::SkipInvalidRows);
    QCOMPARE(back->toJsonBytes(), p.toJsonBytes()); // stable bytes
    QVERIFY(!p.toJsonBytes().contains("key"));      // nothing secret-like in the format
}

void TestPreset::refusesNewerVersion()
{
    QString error;
    QVERIFY(!Preset::fromJson(mutated(QStringLiteral("formatVersion"), 3), &error));
    QVERIFY2(error.contains(QStringLiteral("version 3")) && error.contains(QStringLiteral("update")),
             qPrintable(error));
    // Version is checked before unknown fields, so a newer file gets the "update" message.
    QJsonObject newer = mutated(QStringLiteral("formatVersion"), 4);
    newer.insert(QStringLiteral("schedule"), QStringLiteral("daily"));
    QVERIFY(!Preset::fromJson(newer, &error));
    QVERIFY(error.contains(QStringLiteral("version 4")));
    QVERIFY(!Preset::fromJson(mutated(QStringLiteral("format"), QStringLiteral("something-else")), &error));
}

void TestPreset::refusesUnknownFields_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("top level") << "apiKey" << QJsonValue(QStringLiteral("x")) << "apiKey";
    QTest::newRow("field option") << "mapping.fields.email.regex" << QJsonValue(QStringLiteral(".*")) << "regex";
    QTest::newRow("bad order") << "mapping.fields.lastUsedDate.dateOrder" << QJsonValue(QStringLiteral("DYM"))
                               << "dateOrder";
    QTest::newRow("bad type") << "mapping.fields.email.trim" << QJsonValue(QStringLiteral("yes")) << "trim";
    QTest::newRow("bad policy") << "validation"
                                << QJsonValue(QJsonObject {{QStringLiteral("invalidRows"), QStringLiteral("ignore")}})
                                << "invalidRows";
}

void TestPreset::refusesUnknownFields()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!Preset::fromJson(mutated(path, value), &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestPreset::dialectBecomesImportOptions()
{
    ImportOptions options;
    QString error;
    QVERIFY2(sample().toImportOptions(&options, &error), qPrintable(error));
    QCOMPARE(options.encoding, Dialect::Encoding::Windows1252);
    QCOMPARE(options.delimiter, QChar(QLatin1Char(';')));
    QCOMPARE(options.headerRow, 3);
    Preset bad = sample();
    bad.dialect.encoding = QStringLiteral("EBCDIC");
    QVERIFY(!bad.toImportOptions(&options, &error));
    QVERIFY(error.contains(QStringLiteral("EBCDIC")));
}

void TestPreset::storeSavesLoadsRemoves()
{
    const PresetStore store;
    QVERIFY(store.directory().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QDir(store.directory()).removeRecursively();
    QString error;
    QVERIFY2(store.save(sample(), &error), qPrintable(error));
    QVERIFY(QFile::exists(QDir(store.directory()).filePath(QStringLiteral("acme-hr.json"))));
    QCOMPARE(QDir(store.directory()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temp file left
    const std::optional<Preset> loaded = store.load(QStringLiteral("acme hr"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(!loaded->bundled);
    QVERIFY(loaded->mapping == sample().mapping);
    QVERIFY(store.names().contains(QStringLiteral("Acme HR")));
    QVERIFY(store.remove(QStringLiteral("Acme HR"), &error));
    QVERIFY(!store.load(QStringLiteral("Acme HR"), &error));
    QVERIFY(!store.remove(QStringLiteral("Zoom"), &error)); // bundled
    QVERIFY(error.contains(QStringLiteral("bundled")));
    Preset unnamed = sample();
    unnamed.name.clear();
    QVERIFY(!store.save(unnamed, &error));
}

void TestPreset::storeImportExport()
{
    QTemporaryDir dir;
    const PresetStore store(dir.filePath(QStringLiteral("store")));
    QString error;
    const QString exported = dir.filePath(QStringLiteral("okta.json"));
    QVERIFY2(store.exportTo(QStringLiteral("Okta"), exported, &error), qPrintable(error));
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    json.insert(QStringLiteral("name"), QStringLiteral("Okta (Pacific)"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(json).toJson());
    f.close();
    const std::optional<Preset> imported = store.importFile(exported, &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY(store.load(QStringLiteral("Okta (Pacific)")));
    // A refused import leaves nothing behind.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(
        R"({"format":"torii-sync-preset","formatVersion":1,"name":"X","mapping":{"fields":{"email":{"colum":"a"}}}})");
    f.close();
    QVERIFY(!store.importFile(exported, &error));
    QVERIFY2(error.contains(QStringLiteral("colum")), qPrintable(error));
    QVERIFY(!store.load(QStringLiteral("X")));
}

void TestPreset::bundledPresets()
{
    const QList<Preset> bundled = PresetStore::bundled();
    QStringList names;
    for (const Preset& p : bundled) {
        names.append(p.name);
        QVERIFY(p.bundled);
        QVERIFY(!p.fingerprint.isEmpty());
        QVERIFY2(p.mapping.unmappedRequired().isEmpty(), qPrintable(p.name));
        QVERIFY(!p.description.isEmpty());
    }
    QCOMPARE(names,
             (QStringList {QStringLiteral("Google Workspace"), QStringLiteral("Microsoft 365"), QStringLiteral("Okta"),
                           QStringLiteral("Slack"), QStringLiteral("Zoom")}));
}

void TestPreset::fingerprintPicksTheRightPreset()
{
    QTemporaryDir dir;
    const PresetStore store(dir.path());
    const auto pick = [&store](const QStringList& columns) {
        const std::optional<Preset> p = store.findForHeader(columns);
        return p ? p->name : QString();
    };
    QCOMPARE(pick({QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("status"),
                   QStringLiteral("billing-active"), QStringLiteral("has-2fa"), QStringLiteral("has-sso"),
                   QStringLiteral("userid"), QStringLiteral("fullname"), QStringLiteral("displayname"),
                   QStringLiteral("expiration-timestamp")}),
             QStringLiteral("Slack"));
    // A re-export with a column added and the order changed is still recognised.
    QCOMPARE(
        pick({QStringLiteral("Login"), QStringLiteral("User"), QStringLiteral("Status"), QStringLiteral("Last Login"),
              QStringLiteral("Activation date"), QStringLiteral("Authentication Source"),
              QStringLiteral("Last Password Change"), QStringLiteral("Department")}),
        QStringLiteral("Okta"));
    // A generic export shares a few names with Zoom but is not Zoom's.
    QCOMPARE(pick({QStringLiteral("Email"), QStringLiteral("First Name"), QStringLiteral("Last Name"),
                   QStringLiteral("Status"), QStringLiteral("Last Login"), QStringLiteral("Role"),
                   QStringLiteral("License"), QStringLiteral("Employee ID")}),
             QString());
    // A user preset fitting better wins over nothing.
    QString error;
    QVERIFY(store.save(sample(), &error));
    QCOMPARE(pick({QStringLiteral("Mail"), QStringLiteral("State"), QStringLiteral("Seen")}),
             QStringLiteral("Acme HR"));
}

void TestPreset::ownPresetWinsATieWithABuiltIn()
{
    // The window's suggestion and `inspect` both ask findForHeader: the admin's copy of a built-in preset, saved
    // for exactly this kind of file, is the one both suggest, whatever its name sorts as.
    QTemporaryDir dir;
    const PresetStore store(dir.path());
    const QList<Preset> bundled = PresetStore::bundled();
    const auto okta = std::find_if(bundled.cbegin(), bundled.cend(),
                                   [](const Preset& p) { return p.name == QStringLiteral("Okta"); });
    QVERIFY(okta != bundled.cend());
    const QStringList header = okta->fingerprint;
    QCOMPARE(store.findForHeader(header)->name, QStringLiteral("Okta"));
    for (const QString& name : {QStringLiteral("A copy of Okta"), QStringLiteral("Zz Okta")}) {
        Preset own = *okta;
        own.name = name;
        own.bundled = false;
        QString error;
        QVERIFY2(store.save(own, &error), qPrintable(error));
        QCOMPARE(okta->matchScore(header), own.matchScore(header));
        const std::optional<Preset> found = store.findForHeader(header);
        QVERIFY(found);
        QVERIFY(!found->bundled);
        QCOMPARE(found->name, QStringLiteral("A copy of Okta")); // between two of a kind, the first listed
    }
}

#ifdef Q_OS_UNIX
void TestPreset::devicesAndPipesAreRefused()
{
    // Issue #21/9: a preset from /dev/zero was read without limit, one from a FIFO waited forever for a writer.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("preset.json"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const PresetStore store(dir.filePath(QStringLiteral("store")));
    for (const QString& path : {QStringLiteral("/dev/zero"), fifo}) {
        QString error;
        QVERIFY(!store.resolve(path, &error));
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
        error.clear();
        QVERIFY(!store.importFile(path, &error));
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
    }
}
#endif

void TestPreset::removalGuardThresholds()
{
    // Without thresholds a preset stays version 1 (older readers keep reading it); with them it is version 2.
    Preset p;
    p.name = QStringLiteral("Guarded");
    QCOMPARE(p.toJson().value(QStringLiteral("formatVersion")).toInt(), 1);
    p.guardPercent = 25;
    p.guardMinimum = 40;
    const QJsonObject json = p.toJson();
    QCOMPARE(json.value(QStringLiteral("formatVersion")).toInt(), 2);
    QString error;
    const std::optional<Preset> back = Preset::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->guardPercent, std::optional<int>(25));
    QCOMPARE(back->guardMinimum, std::optional<int>(40));

    QJsonObject v1 = json;
    v1.insert(QStringLiteral("formatVersion"), 1);
    QVERIFY(!Preset::fromJson(v1, &error));
    QVERIFY2(error.contains(QStringLiteral("formatVersion")), qPrintable(error));
    QJsonObject bad = json;
    bad.insert(QStringLiteral("removalGuard"), QJsonObject {{QStringLiteral("percent"), 150}});
    QVERIFY(!Preset::fromJson(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("removalGuard.percent")), qPrintable(error));
    bad.insert(QStringLiteral("removalGuard"), QJsonObject {{QStringLiteral("percnt"), 5}});
    QVERIFY(!Preset::fromJson(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("percnt")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPreset)
#include "tst_preset.moc"

// Converter on the real sample exports: every bundled preset on its sample and auto-match on each sample give
// a payload that passes the schema checker, with the values the format notes (FORMATS.md) call for.
#include "import/table.h"
#include "import/tablereader.h"
#include "mapping/automatcher.h"
#include "mapping/presetstore.h"
#include "payload/converter.h"
#include "samples.h"
#include "schemachecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestConverter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void presetOnItsSample_data();
    void presetOnItsSample();
    void autoOnEverySample_data();
    void autoOnEverySample();
    void googleNeverLoggedInHasNoDate();
    void m365LicencesSplitCorrectly();
    void oktaStatusesMappedAndKept();
    void slackRolesStateAndSeat();
    void zoomLicencesAndBom();
    void germanDatesAndSemicolons();
    void blockPolicyWritesNothing();
    void sameInputSameBytes();
    void constantsReachLicenses();

private:
    struct Run
    {
        ConvertResult result;
        QJsonObject root;
        QByteArray bytes;
    };
    static std::shared_ptr<const Table> read(const QString& sample);
    Run convert(const QString& sample, const Mapping& mapping, InvalidRowPolicy policy = InvalidRowPolicy::Block,
                const QString& rejects = QString());
    static Mapping preset(const QString& name, InvalidRowPolicy* policy = nullptr);
    static QJsonObject user(const QJsonObject& root, const QString& email);
    static QStringList holders(const QJsonObject& root, const QString& licence);

    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestConverter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::shared_ptr<const Table> TestConverter::read(const QString& sample)
{
    const ImportResult r = TableReader::read(Samples::path(sample));
    if (!r.ok())
        qWarning() << r.error.toString();
    return r.table;
}

TestConverter::Run TestConverter::convert(const QString& sample, const Mapping& mapping, InvalidRowPolicy policy,
                                          const QString& rejects)
{
    Run run;
    const auto table = read(sample);
    if (!table)
        return run;
    ConvertOptions options;
    options.payloadPath = m_dir.filePath(QStringLiteral("payload%1.json").arg(++m_count));
    options.rejectsPath = rejects;
    options.policy = policy;
    run.result = Converter::run(*table, mapping, options);
    QFile f(options.payloadPath);
    if (f.open(QIODevice::ReadOnly)) {
        run.bytes = f.readAll();
        run.root = QJsonDocument::fromJson(run.bytes).object();
    }
    return run;
}

Mapping TestConverter::preset(const QString& name, InvalidRowPolicy* policy)
{
    for (const Preset& p : PresetStore::bundled()) {
        if (p.name == name) {
            if (policy)
                *policy = p.policy;
            return p.mapping;
        }
    }
    qWarning() << "no bundled preset" << name;
    return {};
}

QJsonObject TestConverter::user(const QJsonObject& root, const QString& email)
{
    for (const QJsonValue& u : root.value(QStringLiteral("users")).toArray()) {
        if (u.toObject().value(QStringLiteral("email")).toString() == email)
            return u.toObject();
    }
    return {};
}

QStringList TestConverter::holders(const QJsonObject& root, const QString& licence)
{
    QStringList emails;
    for (const QJsonValue& l : root.value(QStringLiteral("licenses")).toArray()) {
        if (l.toObject().value(QStringLiteral("name")).toString() != licence)
            continue;
        for (const QJsonValue& u : l.toObject().value(QStringLiteral("users")).toArray())
            emails.append(u.toObject().value(QStringLiteral("email")).toString());
    }
    return emails;
}

void TestConverter::presetOnItsSample_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("users");
    QTest::newRow("google") << "google-workspace-users.csv"
                            << "Google Workspace" << 12;
    QTest::newRow("google xlsx") << "google-workspace-users.xlsx"
                                 << "Google Workspace" << 5;
    QTest::newRow("m365") << "m365-users.csv"
                          << "Microsoft 365" << 10;
    QTest::newRow("okta") << "okta-users.csv"
                          << "Okta" << 9;
    QTest::newRow("slack") << "slack-members.csv"
                           << "Slack" << 12;
    QTest::newRow("zoom") << "zoom-users.csv"
                          << "Zoom" << 9;
    QTest::newRow("zoom xlsx") << "zoom-users-libreoffice.xlsx"
                               << "Zoom" << 9;
}

void TestConverter::presetOnItsSample()
{
    QFETCH(QString, sample);
    QFETCH(QString, preset);
    QFETCH(int, users);
    const auto table = read(sample);
    QVERIFY(table);
    // The preset is also the one offered automatically for this header.
    const std::optional<Preset> found =
        PresetStore(m_dir.filePath(QStringLiteral("none"))).findForHeader(table->columnNames());
    QVERIFY(found);
    QCOMPARE(found->name, preset);
    InvalidRowPolicy policy = InvalidRowPolicy::Block;
    const Mapping mapping = TestConverter::preset(preset, &policy);
    const Run run = convert(sample, mapping, policy);
    QVERIFY2(run.result.ok, qPrintable(run.result.error));
    QCOMPARE(run.result.users, users);
    QCOMPARE(SchemaChecker::check(run.bytes), QStringList());
}

void TestConverter::autoOnEverySample_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("emailColumn");
    for (const char* s : {"google-workspace-users.csv", "google-workspace-users.xlsx", "zoom-users-libreoffice.xlsx"})
        QTest::newRow(s) << QString::fromLatin1(s) << QString();
    QTest::newRow("m365") << "m365-users.csv"
                          << "Proxy addresses";
    QTest::newRow("okta") << "okta-users.csv"
                          << "Login";
    QTest::newRow("slack") << "slack-members.csv"
                           << "email";
    QTest::newRow("zoom") << "zoom-users.csv"
                          << "Email";
    QTest::newRow("bom") << "bom-utf8.csv"
                         << "Email";
    QTest::newRow("german") << "semicolon-excel-de.csv"
                            << "E-Mail-Adresse";
    QTest::newRow("cp1252") << "cp1252-accented.csv"
                            << "Email";
    QTest::newRow("utf16") << "utf16-tab-unicode-text.txt" << QString();
    QTest::newRow("newlines") << "embedded-newlines.csv"
                              << "Email";
    QTest::newRow("ragged") << "ragged-rows.csv"
                            << "email";
}

void TestConverter::autoOnEverySample()
{
    QFETCH(QString, sample);
    QFETCH(QString, emailColumn);
    const auto table = read(sample);
    QVERIFY(table);
    const AutoMatchResult matched = AutoMatcher::match(table->columnNames());
    QVERIFY(!matched.mapping.column(TargetField::Email).isEmpty());
    if (!emailColumn.isEmpty())
        QCOMPARE(matched.mapping.column(TargetField::Email), emailColumn);
    const Run run = convert(sample, matched.mapping, InvalidRowPolicy::SkipInvalidRows);
    QVERIFY2(run.result.ok, qPrintable(run.result.error));
    QVERIFY(run.result.users > 0);
    QCOMPARE(SchemaChecker::check(run.bytes), QStringList());
}

void TestConverter::googleNeverLoggedInHasNoDate()
{
    const Run run = convert(QStringLiteral("google-workspace-users.csv"), preset(QStringLiteral("Google Workspace")));
    QVERIFY(run.result.ok);
    QCOMPARE(run.result.warnings, 0);
    const QJsonObject zoe = user(run.root, QStringLiteral("noel.ostergard@example.com"));
    QVERIFY(!zoe.isEmpty());
    QVERIFY(!zoe.contains(QStringLiteral("lastUsedDate"))); // "Never logged in": left out, never ""
    const QJsonObject ana = user(run.root, QStringLiteral("ines.castro@example.com"));
    QCOMPARE(ana.value(QStringLiteral("lastUsedDate")).toString(), QStringLiteral("2026-04-10T04:05:20Z"));
    QCOMPARE(ana.value(QStringLiteral("id")).toString(), QStringLiteral("E-1001"));
    const QJsonObject noa = user(run.root, QStringLiteral("yael.levi@example.com"));
    QCOMPARE(noa.value(QStringLiteral("status")).toString(), QStringLiteral("deleted"));
    QCOMPARE(noa.value(QStringLiteral("externalStatus")).toString(), QStringLiteral("Suspended"));
    QVERIFY(!noa.contains(QStringLiteral("id"))); // empty Employee ID: left out
}

void TestConverter::m365LicencesSplitCorrectly()
{
    const Run run = convert(QStringLiteral("m365-users.csv"), preset(QStringLiteral("Microsoft 365")));
    QVERIFY(run.result.ok);
    QCOMPARE(holders(run.root, QStringLiteral("Enterprise Mobility + Security E5")),
             QStringList {QStringLiteral("haruto.sato@example.com")});
    QCOMPARE(holders(run.root, QStringLiteral("Microsoft 365 E5")),
             QStringList {QStringLiteral("haruto.sato@example.com")});
    QCOMPARE(holders(run.root, QStringLiteral("Visio Plan 2")),
             QStringList {QStringLiteral("amelie.laurent@example.com")});
    QVERIFY(holders(run.root, QStringLiteral("Unlicensed")).isEmpty());
    QVERIFY(holders(run.root, QStringLiteral("Security E5")).isEmpty());
    // The guest's address comes from the primary SMTP proxy, not the #EXT# UPN.
    QVERIFY(!user(run.root, QStringLiteral("ananya.k@example.org")).isEmpty());
    const QJsonObject noa = user(run.root, QStringLiteral("yael.levi@example.com"));
    QCOMPARE(noa.value(QStringLiteral("status")).toString(), QStringLiteral("deleted")); // Block credential True
    QCOMPARE(noa.value(QStringLiteral("id")).toString(), QStringLiteral("c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e04"));
    QVERIFY(!noa.contains(QStringLiteral("lastUsedDate")));
}

void TestConverter::oktaStatusesMappedAndKept()
{
    const QString rejects = m_dir.filePath(QStringLiteral("okta-rejects.csv"));
    const Run run = convert(QStringLiteral("okta-users.csv"), preset(QStringLiteral("Okta")),
                            InvalidRowPolicy::SkipInvalidRows, rejects);
    QVERIFY(run.result.ok);
    QCOMPARE(run.result.rejected, 1); // "joerg.weiss" is not an e-mail
    QVERIFY(run.result.unknownStatusWords.isEmpty());
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("layla.haddad@example.com"), QStringLiteral("active")}, // PASSWORD_EXPIRED
        {QStringLiteral("yael.levi@example.com"), QStringLiteral("deleted")},       // SUSPENDED
        {QStringLiteral("noel.ostergard@example.com"), QStringLiteral("active")},      // PROVISIONED
        {QStringLiteral("amelie.laurent@example.com"), QStringLiteral("active")},     // LOCKED_OUT
        {QStringLiteral("sergei.petrov@example.com"), QStringLiteral("deleted")},   // DEPROVISIONED
        {QStringLiteral("elif.kilinc@example.com"), QStringLiteral("active")}};     // RECOVERY
    for (const auto& e : expected)
        QCOMPARE(user(run.root, e.first).value(QStringLiteral("status")).toString(), e.second);
    QCOMPARE(
        user(run.root, QStringLiteral("sergei.petrov@example.com")).value(QStringLiteral("externalStatus")).toString(),
        QStringLiteral("DEPROVISIONED"));
    const QJsonObject taro = user(run.root, QStringLiteral("haruto.sato@example.com"));
    QCOMPARE(taro.value(QStringLiteral("lastName")).toString(), QStringLiteral("佐藤")); // CJK: family name first
    QCOMPARE(taro.value(QStringLiteral("lastUsedDate")).toString(), QStringLiteral("2026-04-09T23:58:40Z"));
    QVERIFY(!user(run.root, QStringLiteral("noel.ostergard@example.com")).contains(QStringLiteral("lastUsedDate")));
    QFile f(rejects);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFUser,Login,Status"));
    QVERIFY(lines.at(0).trimmed().endsWith(",reason"));
    QVERIFY(lines.at(1).startsWith("Jörg Weiß,joerg.weiss,STAGED"));
    QVERIFY(lines.at(1).contains("no @"));
}

void TestConverter::slackRolesStateAndSeat()
{
    const Run run = convert(QStringLiteral("slack-members.csv"), preset(QStringLiteral("Slack")));
    QVERIFY(run.result.ok);
    const QJsonObject ana = user(run.root, QStringLiteral("ines.castro@example.com"));
    QCOMPARE(ana.value(QStringLiteral("roles")).toArray().at(0).toString(), QStringLiteral("Primary Owner"));
    QCOMPARE(ana.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QJsonObject noa = user(run.root, QStringLiteral("yael.levi@example.com"));
    QCOMPARE(noa.value(QStringLiteral("status")).toString(), QStringLiteral("deleted"));
    QCOMPARE(noa.value(QStringLiteral("externalStatus")).toString(), QStringLiteral("Deactivated"));
    QVERIFY(!noa.contains(QStringLiteral("roles")));
    // Mixed-case address lower-cased.
    QVERIFY(!user(run.root, QStringLiteral("amelie.laurent@example.com")).isEmpty());
    QCOMPARE(holders(run.root, QStringLiteral("Slack paid seat")).size(), 8);
    QCOMPARE(user(run.root, QStringLiteral("mai.tran@example.com")).value(QStringLiteral("id")).toString(),
             QStringLiteral("U05EF6GH7JK"));
}

void TestConverter::zoomLicencesAndBom()
{
    const Run run = convert(QStringLiteral("zoom-users.csv"), preset(QStringLiteral("Zoom")));
    QVERIFY(run.result.ok);
    QCOMPARE(holders(run.root, QStringLiteral("Licensed")).size(), 5);
    QCOMPARE(holders(run.root, QStringLiteral("On-Prem")), QStringList {QStringLiteral("mai.tran@example.com")});
    QVERIFY(holders(run.root, QStringLiteral("Basic")).isEmpty());
    // "Email" is the first header, behind the BOM: matched all the same.
    QVERIFY(!user(run.root, QStringLiteral("ines.castro@example.com")).isEmpty());
    QCOMPARE(user(run.root, QStringLiteral("yael.levi@example.com")).value(QStringLiteral("status")).toString(),
             QStringLiteral("deleted")); // Inactive
    QCOMPARE(user(run.root, QStringLiteral("ines.castro@example.com")).value(QStringLiteral("lastUsedDate")).toString(),
             QStringLiteral("2026-04-10T04:10:00Z"));
    QVERIFY(!user(run.root, QStringLiteral("noel.ostergard@example.com")).contains(QStringLiteral("lastUsedDate")));
    const auto bom = read(QStringLiteral("bom-utf8.csv"));
    QVERIFY(bom);
    QCOMPARE(
        AutoMatcher::match(bom->columnNames()).mapping.column(TargetField::Email).endsWith(QStringLiteral("Email")),
        true);
}

void TestConverter::germanDatesAndSemicolons()
{
    const auto table = read(QStringLiteral("semicolon-excel-de.csv"));
    QVERIFY(table);
    const AutoMatchResult matched = AutoMatcher::match(table->columnNames());
    QCOMPARE(matched.mapping.column(TargetField::LastUsedDate), QStringLiteral("Letzte Anmeldung"));
    QCOMPARE(matched.mapping.column(TargetField::FirstName), QStringLiteral("Vorname"));
    QCOMPARE(matched.mapping.column(TargetField::Roles), QStringLiteral("Rolle"));
    const Run run = convert(QStringLiteral("semicolon-excel-de.csv"), matched.mapping);
    QVERIFY(run.result.ok);
    QCOMPARE(run.result.warnings, 0);
    QCOMPARE(
        user(run.root, QStringLiteral("joerg.weiss@example.com")).value(QStringLiteral("lastUsedDate")).toString(),
        QStringLiteral("2024-03-04T10:15:00Z")); // 04.03.2024 is 4 March
    QCOMPARE(
        user(run.root, QStringLiteral("lucja.wrobel@example.com")).value(QStringLiteral("lastUsedDate")).toString(),
        QStringLiteral("2025-12-31"));
    QVERIFY(!user(run.root, QStringLiteral("noel.ostergard@example.com")).contains(QStringLiteral("lastUsedDate"))); // Nie
    QCOMPARE(user(run.root, QStringLiteral("yael.levi@example.com")).value(QStringLiteral("status")).toString(),
             QStringLiteral("deleted")); // Gesperrt
    const QJsonArray roles =
        user(run.root, QStringLiteral("lucja.wrobel@example.com")).value(QStringLiteral("roles")).toArray();
    QCOMPARE(roles.size(), 2);
    QCOMPARE(holders(run.root, QStringLiteral("Power BI Pro")),
             QStringList {QStringLiteral("amelie.laurent@example.com")});
}

void TestConverter::blockPolicyWritesNothing()
{
    const QString rejects = m_dir.filePath(QStringLiteral("blocked-rejects.csv"));
    const Run run =
        convert(QStringLiteral("okta-users.csv"), preset(QStringLiteral("Okta")), InvalidRowPolicy::Block, rejects);
    QVERIFY(!run.result.ok);
    QVERIFY(run.result.blocked);
    QVERIFY(run.bytes.isEmpty());
    QCOMPARE(run.result.rejected, 1);
    QVERIFY(QFile::exists(rejects));
    QCOMPARE(run.result.issues.size(), 1);
    QCOMPARE(run.result.issues.first().row, 11);
    QCOMPARE(run.result.issues.first().column, QStringLiteral("Login"));
    QCOMPARE(run.result.issues.first().field, QStringLiteral("email"));
}

void TestConverter::sameInputSameBytes()
{
    const Run one = convert(QStringLiteral("m365-users.csv"), preset(QStringLiteral("Microsoft 365")));
    const Run two = convert(QStringLiteral("m365-users.csv"), preset(QStringLiteral("Microsoft 365")));
    QVERIFY(one.result.ok && two.result.ok);
    QCOMPARE(one.bytes, two.bytes);
    QCOMPARE(one.result.sha256Hex, two.result.sha256Hex);
}

void TestConverter::constantsReachLicenses()
{
    Mapping mapping = preset(QStringLiteral("Zoom"));
    QList<LicenseRule> rules = mapping.licenseRules();
    rules[0].defaults.pricePerUser = 1499;
    rules[0].perLicense.insert(QStringLiteral("Licensed"), LicenseConstants {5, std::nullopt});
    mapping.setLicenseRules(rules);
    const Run run = convert(QStringLiteral("zoom-users.csv"), mapping);
    QVERIFY(run.result.ok);
    for (const QJsonValue& l : run.root.value(QStringLiteral("licenses")).toArray()) {
        const QJsonObject o = l.toObject();
        QCOMPARE(o.value(QStringLiteral("pricePerUser")).toInt(), 1499);
        QCOMPARE(o.contains(QStringLiteral("unassignedAmount")),
                 o.value(QStringLiteral("name")) == QStringLiteral("Licensed"));
    }
    QCOMPARE(SchemaChecker::check(run.bytes), QStringList());
}

QTEST_GUILESS_MAIN(TestConverter)
#include "tst_converter.moc"

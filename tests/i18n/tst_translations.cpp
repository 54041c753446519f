#include "common/translations.h"
#include "mapping/emailaddress.h"
#include "mapping/toriischema.h"
#include "torii/syncstage.h"
#include "tsreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

namespace
{
    using TsMessage = TsReader::Message;

    // The %1..%99 placeholders a string uses, sorted, so a translation can reorder but not drop or invent them.
    QStringList placeholders(const QString& text)
    {
        static const QRegularExpression re(QStringLiteral("%L?\\d{1,2}"));
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found.append(it.next().captured().remove(QLatin1Char('L')));
        found.sort();
        return found;
    }

    // A single '&' marks a keyboard mnemonic ("&Open"); "&&" is a literal ampersand.
    bool hasMnemonic(const QString& text)
    {
        QString rest = text;
        rest.remove(QStringLiteral("&&"));
        return rest.contains(QLatin1Char('&'));
    }

    QString where(const TsMessage& m)
    {
        return TsReader::describe(m);
    }
} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultGermanLocaleSpeaksGerman();
    void regionalGermanFallsBackToGerman();
    void englishKeepsSourceStrings();
    void uninstallRestoresEnglish();
    void availableLanguagesListGerman();
    void tsFilesAreComplete();
    void embeddedCatalogueMatchesTs();
    void fieldLabelsFollowTheLanguage();
    void helperMessagesSpeakGerman();

private:
    [[nodiscard]] QStringList tsFiles() const;
};

void TestTranslations::init()
{
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::cleanup()
{
    Translations::uninstall();
    QLocale::setDefault(QLocale::c());
}

QStringList TestTranslations::tsFiles() const
{
    QStringList files;
    const QDir dir(QStringLiteral(TORIISYNC_TS_FILES));
    for (const QString& name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

void TestTranslations::defaultGermanLocaleSpeaksGerman()
{
    // What main() does on a German desktop: install() with the default locale.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(Translations::install());
    QCOMPARE(Translations::currentLanguage(), QStringLiteral("de"));
    QCOMPARE(SyncStages::displayName(SyncStage::CreateFile), QStringLiteral("Datei anlegen"));
    QCOMPARE(SyncStages::displayName(SyncStage::Upload), QStringLiteral("Hochladen"));
}

void TestTranslations::regionalGermanFallsBackToGerman()
{
    QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Switzerland)));
    QCOMPARE(SyncStages::displayName(SyncStage::CreateFile), QStringLiteral("Datei anlegen"));
    QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Austria)));
    QCOMPARE(Translations::currentLanguage(), QStringLiteral("de"));
}

void TestTranslations::englishKeepsSourceStrings()
{
    // English's catalogue holds only plural forms: the source strings stay, "%n ... (s)" becomes a real plural.
    QVERIFY(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(Translations::currentLanguage(), QStringLiteral("en"));
    QCOMPARE(SyncStages::displayName(SyncStage::CreateFile), QStringLiteral("Create file"));
    QCOMPARE(QCoreApplication::translate("Format", "%n day(s) ago", nullptr, 1), QStringLiteral("1 day ago"));
    QCOMPARE(QCoreApplication::translate("Format", "%n day(s) ago", nullptr, 3), QStringLiteral("3 days ago"));
    // A language without a catalogue must not leave an earlier German translator behind; it gets English with
    // its plurals.
    QVERIFY(Translations::install(QLocale(QLocale::German)));
    QVERIFY(!Translations::install(QLocale(QLocale::French, QLocale::France)));
    QCOMPARE(SyncStages::displayName(SyncStage::CreateFile), QStringLiteral("Create file"));
    QCOMPARE(QCoreApplication::translate("Format", "%n day(s) ago", nullptr, 2), QStringLiteral("2 days ago"));
}

void TestTranslations::uninstallRestoresEnglish()
{
    QVERIFY(Translations::install(QLocale(QLocale::German)));
    Translations::uninstall();
    QCOMPARE(Translations::currentLanguage(), QStringLiteral("en"));
    QCOMPARE(SyncStages::displayName(SyncStage::CreateFile), QStringLiteral("Create file"));
}

void TestTranslations::availableLanguagesListGerman()
{
    const QStringList languages = Translations::availableLanguages();
    QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(u',')));
    QVERIFY(languages.contains(QStringLiteral("en")));
    // Every committed .ts is embedded (English's, plurals only, among them).
    QCOMPARE(languages.size(), tsFiles().size());
}

void TestTranslations::tsFilesAreComplete()
{
    const QStringList files = tsFiles();
    QVERIFY(!files.isEmpty());
    QStringList problems;
    for (const QString& path : files) {
        QString error;
        const QList<TsMessage> messages = TsReader::read(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 20, qPrintable(path));
        for (const TsMessage& m : messages) {
            const QString name = QFileInfo(path).fileName() + QLatin1Char(' ') + where(m);
            if (!m.type.isEmpty()) {
                problems << QStringLiteral("%1: translation is %2").arg(name, m.type);
                continue;
            }
            const QStringList texts = m.numerus ? m.numerusForms : QStringList {m.translation};
            for (const QString& text : texts) {
                if (text.trimmed().isEmpty())
                    problems << QStringLiteral("%1: empty translation").arg(name);
                else if (placeholders(text) != placeholders(m.source))
                    problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(name, text);
                else if (hasMnemonic(m.source) != hasMnemonic(text))
                    problems << QStringLiteral("%1: keyboard mnemonic (&) lost or added in \"%2\"").arg(name, text);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedCatalogueMatchesTs()
{
    // The .qm compiled into the binary answers with exactly what the committed German .ts says.
    QVERIFY(Translations::install(QLocale(QLocale::German)));
    QString error;
    const QList<TsMessage> messages =
        TsReader::read(QStringLiteral(TORIISYNC_TS_FILES) + QStringLiteral("/torii-sync_de.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int checked = 0;
    for (const TsMessage& m : messages) {
        if (m.numerus || !m.type.isEmpty())
            continue;
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const QString actual = QCoreApplication::translate(context.constData(), source.constData(),
                                                           comment.isEmpty() ? nullptr : comment.constData());
        QVERIFY2(actual == m.translation, qPrintable(where(m) + QStringLiteral(" gave \"%1\"").arg(actual)));
        ++checked;
    }
    QVERIFY(checked > 50);
}

void TestTranslations::fieldLabelsFollowTheLanguage()
{
    // Labels are translated when shown, not when the schema table is first built.
    QCOMPARE(ToriiSchema::info(TargetField::Email).label(), QStringLiteral("Email"));
    QVERIFY(Translations::install(QLocale(QLocale::German)));
    QCOMPARE(ToriiSchema::info(TargetField::Email).label(), QStringLiteral("E-Mail"));
    QCOMPARE(ToriiSchema::info(TargetField::LastName).label(), QStringLiteral("Nachname"));
    Translations::uninstall();
    QCOMPARE(ToriiSchema::info(TargetField::LastName).label(), QStringLiteral("Last name"));
}

void TestTranslations::helperMessagesSpeakGerman()
{
    // Messages written in free functions of app/ (once invisible to lupdate) reach the user in German.
    QVERIFY(Translations::install(QLocale(QLocale::German)));
    QByteArray out;
    EmailAddress::Result result = EmailAddress::normalize("jane doe@example.com", &out);
    QCOMPARE(result.problem, QStringLiteral("enthält ein Leerzeichen"));
    result = EmailAddress::normalize("jane@example", &out);
    QCOMPARE(result.problem, QStringLiteral("die Domain hat keine Top-Level-Domain (wie .de)"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

// AutoMatcher on the sample headers and on header spellings none of the samples use (the family, not the
// samples): annotations, camelCase, other languages, booleans that invert, one column never used twice.
#include "mapping/automatcher.h"
#include "mapping/headernormalizer.h"

#include <QTest>

class TestAutoMatcher : public QObject
{
    Q_OBJECT

private slots:
    void normalises_data();
    void normalises();
    void matches_data();
    void matches();
    void googleIgnoresSecondaryEmails();
    void m365UsesPrimarySmtpWithUpnFallback();
    void blockCredentialInvertsStatus();
    void duplicateHeaderIsAConflict();
    void confidenceAndReasons();
    void unrelatedHeadersMatchNothing();
};

void TestAutoMatcher::normalises_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("utc");
    QTest::newRow("required") << "Email Address [Required]"
                              << "email address" << false;
    QTest::newRow("read only") << "Last Sign In [READ ONLY]"
                               << "last sign in" << false;
    QTest::newRow("utc parens") << "Last Login(UTC)"
                                << "last login" << true;
    QTest::newRow("utc word") << "Last Login UTC"
                              << "last login" << true;
    QTest::newRow("camel") << "lastSignInDateTime"
                           << "last sign in date time" << false;
    QTest::newRow("bom") << QString::fromUtf8("\xEF\xBB\xBF"
                                              "Email")
                         << "email" << false;
    QTest::newRow("german") << "E-Mail-Adresse"
                            << "e mail adresse" << false;
    QTest::newRow("accents") << QString::fromUtf8("Pr\xC3\xA9nom") << "prenom" << false;
    QTest::newRow("snake") << "last_login_at"
                           << "last login at" << false;
}

void TestAutoMatcher::normalises()
{
    QFETCH(QString, header);
    QFETCH(QString, key);
    QFETCH(bool, utc);
    const HeaderNormalizer::Result r = HeaderNormalizer::normalize(header);
    QCOMPARE(r.key, key);
    QCOMPARE(r.utc, utc);
}

void TestAutoMatcher::matches_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    const QStringList entra = {QStringLiteral("id"),
                               QStringLiteral("userPrincipalName"),
                               QStringLiteral("displayName"),
                               QStringLiteral("givenName"),
                               QStringLiteral("surname"),
                               QStringLiteral("accountEnabled"),
                               QStringLiteral("lastSignInDateTime"),
                               QStringLiteral("assignedLicenses")};
    QTest::newRow("entra email") << entra << "email"
                                 << "userPrincipalName";
    QTest::newRow("entra first") << entra << "firstName"
                                 << "givenName";
    QTest::newRow("entra last") << entra << "lastName"
                                << "surname";
    QTest::newRow("entra status") << entra << "status"
                                  << "accountEnabled";
    QTest::newRow("entra date") << entra << "lastUsedDate"
                                << "lastSignInDateTime";
    QTest::newRow("entra licences") << entra << "licenseName"
                                    << "assignedLicenses";
    QTest::newRow("entra id") << entra << "id"
                              << "id";
    const QStringList atlassian = {QStringLiteral("User id"),      QStringLiteral("User name"),
                                   QStringLiteral("email"),        QStringLiteral("User status"),
                                   QStringLiteral("Added to org"), QStringLiteral("Last seen in Jira - example"),
                                   QStringLiteral("Groups")};
    QTest::newRow("atlassian date") << atlassian << "lastUsedDate"
                                    << "Last seen in Jira - example";
    QTest::newRow("atlassian status") << atlassian << "status"
                                      << "User status";
    QTest::newRow("atlassian id") << atlassian << "id"
                                  << "User id";
    QTest::newRow("atlassian email") << atlassian << "email"
                                     << "email";
    const QStringList french = {QStringLiteral("Prénom"), QStringLiteral("Nom"), QStringLiteral("Courriel"),
                                QStringLiteral("Statut"), QStringLiteral("Dernière connexion")};
    QTest::newRow("fr first") << french << "firstName"
                              << "Prénom";
    QTest::newRow("fr last") << french << "lastName"
                             << "Nom";
    QTest::newRow("fr email") << french << "email"
                              << "Courriel";
    QTest::newRow("fr date") << french << "lastUsedDate"
                             << "Dernière connexion";
    const QStringList zoom = {QStringLiteral("Email"),       QStringLiteral("First Name"),
                              QStringLiteral("Last Name"),   QStringLiteral("Last Login(UTC)"),
                              QStringLiteral("Role"),        QStringLiteral("User Type"),
                              QStringLiteral("User Status"), QStringLiteral("PMI")};
    QTest::newRow("zoom status") << zoom << "status"
                                 << "User Status";
    QTest::newRow("zoom roles") << zoom << "roles"
                                << "Role";
    QTest::newRow("zoom pmi is not an id") << zoom << "id"
                                           << "";
    const QStringList okta = {QStringLiteral("User"),       QStringLiteral("Login"),
                              QStringLiteral("Status"),     QStringLiteral("Activation date"),
                              QStringLiteral("Last Login"), QStringLiteral("Last Password Change")};
    QTest::newRow("okta email") << okta << "email"
                                << "Login";
    QTest::newRow("okta name") << okta << "fullName"
                               << "User";
    QTest::newRow("okta date") << okta << "lastUsedDate"
                               << "Last Login";
}

void TestAutoMatcher::matches()
{
    QFETCH(QStringList, headers);
    QFETCH(QString, field);
    QFETCH(QString, column);
    const AutoMatchResult r = AutoMatcher::match(headers);
    QCOMPARE(r.mapping.column(*ToriiSchema::fromKey(field)), column);
}

void TestAutoMatcher::googleIgnoresSecondaryEmails()
{
    const QStringList headers = {QStringLiteral("First Name [Required]"),
                                 QStringLiteral("Recovery Email"),
                                 QStringLiteral("Manager Email"),
                                 QStringLiteral("New Primary Email [UPLOAD ONLY]"),
                                 QStringLiteral("Email Address [Required]"),
                                 QStringLiteral("New Status [UPLOAD ONLY]"),
                                 QStringLiteral("Status [READ ONLY]")};
    const AutoMatchResult r = AutoMatcher::match(headers);
    QCOMPARE(r.mapping.column(TargetField::Email), QStringLiteral("Email Address [Required]"));
    QCOMPARE(r.mapping.column(TargetField::Status), QStringLiteral("Status [READ ONLY]"));
}

void TestAutoMatcher::m365UsesPrimarySmtpWithUpnFallback()
{
    const AutoMatchResult r = AutoMatcher::match({QStringLiteral("Display name"), QStringLiteral("User principal name"),
                                                  QStringLiteral("Block credential"), QStringLiteral("Licenses"),
                                                  QStringLiteral("Proxy addresses")});
    const FieldMapping email = r.mapping.field(TargetField::Email);
    QCOMPARE(email.column, QStringLiteral("Proxy addresses"));
    QCOMPARE(email.extract, EmailExtract::PrimarySmtp);
    QCOMPARE(email.fallbackColumn, QStringLiteral("User principal name"));
    QCOMPARE(r.mapping.field(TargetField::LicenseName).separator.contains(QLatin1Char('+')), true);
}

void TestAutoMatcher::blockCredentialInvertsStatus()
{
    const AutoMatchResult r = AutoMatcher::match({QStringLiteral("Mail"), QStringLiteral("Block credential")});
    const FieldMapping status = r.mapping.field(TargetField::Status);
    QCOMPARE(status.valueMap.value(QStringLiteral("True")), QStringLiteral("deleted"));
    QCOMPARE(status.valueMap.value(QStringLiteral("False")), QStringLiteral("active"));
    const AutoMatchResult enabled = AutoMatcher::match({QStringLiteral("Mail"), QStringLiteral("Account Enabled")});
    QCOMPARE(enabled.mapping.field(TargetField::Status).valueMap.value(QStringLiteral("True")),
             QStringLiteral("active"));
}

void TestAutoMatcher::duplicateHeaderIsAConflict()
{
    const AutoMatchResult r =
        AutoMatcher::match({QStringLiteral("Email"), QStringLiteral("Name"), QStringLiteral("Status"),
                            QStringLiteral("Email"), QStringLiteral("Source")});
    QCOMPARE(r.mapping.column(TargetField::Email), QStringLiteral("Email"));
    QCOMPARE(r.conflicts.size(), 1);
    QVERIFY(r.conflicts.first().contains(QStringLiteral("more than once")));
    // No column feeds two fields.
    QStringList used;
    for (const FieldMatch& m : r.matches) {
        QVERIFY2(!used.contains(m.column), qPrintable(m.column));
        used.append(m.column);
    }
}

void TestAutoMatcher::confidenceAndReasons()
{
    const AutoMatchResult r = AutoMatcher::match({QStringLiteral("Login"), QStringLiteral("Email Address")});
    QCOMPARE(r.mapping.column(TargetField::Email), QStringLiteral("Email Address"));
    QCOMPARE(r.confidence(TargetField::Email), 1.0);
    const AutoMatchResult weak = AutoMatcher::match({QStringLiteral("Login"), QStringLiteral("Full Name")});
    QVERIFY(weak.confidence(TargetField::Email) < 0.8);
    QVERIFY(weak.confidence(TargetField::Email) >= AutoMatcher::MinimumConfidence);
    for (const FieldMatch& m : weak.matches)
        QVERIFY(!m.reason.isEmpty());
}

void TestAutoMatcher::unrelatedHeadersMatchNothing()
{
    const AutoMatchResult r = AutoMatcher::match({QStringLiteral("Department"), QStringLiteral("Cost Center"),
                                                  QStringLiteral("Storage Used"), QStringLiteral("Building ID")});
    QVERIFY(r.matches.isEmpty());
    QCOMPARE(r.mapping.unmappedRequired(), QStringList {QStringLiteral("Email")});
}

QTEST_GUILESS_MAIN(TestAutoMatcher)
#include "tst_automatcher.moc"

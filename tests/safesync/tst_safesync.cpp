// Safe sync over the sandbox: listing apps and an account's users page by page (with other accounts' rows mixed
// in, 429s and the per-minute window), the preflight diff at 100k users, the removal guard's verdict, the
// fallback to the last sync's snapshot, and the verification after a sync, including settling a sync whose
// answer was lost.
#include "fakeclock.h"
#include "history/snapshotstore.h"
#include "safesync/preflight.h"
#include "safesync/syncverifier.h"
#include "sandbox/sandbox.h"
#include "sandboxclient.h"
#include "torii/appsfetch.h"
#include "torii/pagedfetch.h"
#include "torii/syncpipeline.h"
#include "torii/toriiclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace
{
    // A user of a test payload: address, status word, licence (or empty).
    using Users = QList<std::tuple<QByteArray, QByteArray, QString>>;

    const QString key = QStringLiteral("tsk_safesync_test_key_7731");
    constexpr qint64 app = Sandbox::demoAppId;
    constexpr qint64 account = Sandbox::demoAppAccountId;

    QByteArray email(const char* prefix, int i)
    {
        return prefix + QByteArray::number(i) + "@corp.example";
    }

    SandboxDirectory::User directoryUser(const QByteArray& address, const char* status = "active",
                                         const QStringList& licenses = {})
    {
        SandboxDirectory::User user;
        user.email = QString::fromUtf8(address);
        user.status = QString::fromLatin1(status);
        user.licenses = licenses;
        return user;
    }

    // Writes a payload file in Torii's schema for `users` (address, status, licence or empty).
    QString writePayload(const QTemporaryDir& dir, const Users& users)
    {
        QJsonArray list;
        QHash<QString, QJsonArray> holders;
        for (const auto& [address, status, license] : users) {
            list.append(QJsonObject {{QStringLiteral("email"), QString::fromUtf8(address)},
                                     {QStringLiteral("status"), QString::fromUtf8(status)}});
            if (!license.isEmpty())
                holders[license].append(QJsonObject {{QStringLiteral("email"), QString::fromUtf8(address)}});
        }
        QJsonArray licenses;
        for (auto it = holders.cbegin(); it != holders.cend(); ++it)
            licenses.append(QJsonObject {{QStringLiteral("name"), it.key()}, {QStringLiteral("users"), it.value()}});
        const QString path = dir.filePath(QStringLiteral("payload.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(QJsonObject {{QStringLiteral("users"), list}, {QStringLiteral("licenses"), licenses}})
                       .toJson(QJsonDocument::Compact));
        return path;
    }

    std::shared_ptr<UserSet> userSetOf(const Users& users)
    {
        auto set = std::make_shared<UserSet>();
        for (const auto& [address, status, license] : users) {
            const qsizetype i = set->add(address, UserSet::statusFromWord(status));
            if (!license.isEmpty())
                set->addLicenseAt(i, license.toUtf8());
        }
        set->finalize();
        return set;
    }
} // namespace

class TestSafeSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void appsAllPagesWithVersionHeader();
    void appsSearch();
    void accountUsersFilteredAcrossPages();
    void preflightDiffAt100k();
    void rateLimitWhilePaging();
    void perMinuteWindow();
    void guardVerdict();
    void snapshotFallback();
    void verifiedAfterSettleDelay();
    void notVisibleWithinLimit();
    void unknownOutcomeSettledByVerification();

private:
    [[nodiscard]] Preflight::Result runPreflight(qint64 appId, const std::shared_ptr<const UserSet>& payload,
                                                 const RemovalGuard::Allowance& allowance = {});
    // Sends `users` through the five stages to the test account; false when the run did not finish in time.
    [[nodiscard]] bool sync(SyncPipeline& pipeline, const Users& users);

    std::unique_ptr<SandboxClient> m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SnapshotStore> m_snapshots;
};

void TestSafeSync::init()
{
    m_env = std::make_unique<SandboxClient>();
    QVERIFY(m_env->start(key, std::chrono::seconds(10)));
    m_env->sandbox()->setRetryAfterSeconds(0);
    m_dir = std::make_unique<QTemporaryDir>();
    m_snapshots = std::make_unique<SnapshotStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
}

void TestSafeSync::cleanup()
{
    m_snapshots.reset();
    m_dir.reset();
    m_env.reset();
}

Preflight::Result TestSafeSync::runPreflight(qint64 appId, const std::shared_ptr<const UserSet>& payload,
                                             const RemovalGuard::Allowance& allowance)
{
    Preflight preflight(m_env->client(), m_snapshots.get());
    preflight.setAllowance(allowance);
    QSignalSpy done(&preflight, &Preflight::finished);
    preflight.start({m_env->sandbox()->baseUrl().toString(), appId, account}, payload);
    if (!done.wait(60000))
        return {};
    return preflight.result();
}

bool TestSafeSync::sync(SyncPipeline& pipeline, const Users& users)
{
    pipeline.setPayloadFile(writePayload(*m_dir, users));
    pipeline.setAppAccountId(account);
    QSignalSpy finished(&pipeline, &SyncPipeline::finished);
    pipeline.start();
    return finished.wait(30000);
}

void TestSafeSync::appsAllPagesWithVersionHeader()
{
    for (int i = 0; i < 2500; ++i)
        m_env->sandbox()->directory().addApp(50000 + i, QStringLiteral("Tool %1").arg(i));
    AppsFetch fetch(m_env->client(), QString());
    QSignalSpy done(&fetch, &AppsFetch::finished);
    fetch.start();
    QVERIFY(done.wait(20000));
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(fetch.error().userText));
    QCOMPARE(fetch.apps().size(), 2511); // 2,500 + the demo app + ten catalogue apps
    QCOMPARE(fetch.apps().first().id, app);
    QCOMPARE(m_env->sandbox()->requestCount(QStringLiteral("apps")), 3);
    // The sandbox's key is an old one: without the 1.1 header every page would be a 400.
    for (const Sandbox::RecordedRequest& r : m_env->sandbox()->requests())
        QCOMPARE(r.header("X-API-Version"), QByteArray("1.1"));
}

void TestSafeSync::appsSearch()
{
    AppsFetch fetch(m_env->client(), QStringLiteral("sandbox"));
    QSignalSpy done(&fetch, &AppsFetch::finished);
    fetch.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(fetch.apps().size(), 1);
    QCOMPARE(fetch.apps().first().name, QString::fromLatin1(Sandbox::demoAppName));
    QVERIFY(fetch.apps().first().isCustom);
}

void TestSafeSync::accountUsersFilteredAcrossPages()
{
    QList<SandboxDirectory::User> mine, theirs;
    for (int i = 0; i < 2500; ++i)
        mine.append(directoryUser(email("mine", i), i % 10 == 0 ? "deleted" : "active", {QStringLiteral("Pro")}));
    for (int i = 0; i < 1200; ++i)
        theirs.append(directoryUser(email("mine", i))); // same addresses, another account: must not count
    m_env->sandbox()->directory().setUsers(account, mine);
    m_env->sandbox()->directory().setUsers(account + 1, theirs);
    AccountUsersFetch fetch(m_env->client(), app, account);
    QSignalSpy done(&fetch, &AccountUsersFetch::finished);
    fetch.start();
    QVERIFY(done.wait(20000));
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(fetch.error().userText));
    const UserSet users = fetch.takeUsers();
    QCOMPARE(users.size(), 2500);
    QCOMPARE(users.activeCount(), 2250);
    QCOMPARE(fetch.otherRows(), 1201); // the other account and the row of no account
    QCOMPARE(fetch.requests(), 4);     // 3,701 rows at 1,000 a page
    QCOMPARE(users.at(users.indexOf("mine7@corp.example")).licenses.size(), 1);
}

void TestSafeSync::preflightDiffAt100k()
{
    // 100,000 users now: 0..89,999 active (licence Pro), 90,000..99,999 deleted.
    QList<SandboxDirectory::User> current;
    for (int i = 0; i < 100000; ++i)
        current.append(directoryUser(email("u", i), i < 90000 ? "active" : "deleted", {QStringLiteral("Pro")}));
    m_env->sandbox()->directory().setUsers(account, current);
    QList<SandboxDirectory::User> other;
    for (int i = 0; i < 3000; ++i)
        other.append(directoryUser(email("u", 200000 + i)));
    m_env->sandbox()->directory().setUsers(account + 1, other);

    // The file: drops 0..999, deactivates 1,000..1,499, moves 1,500..2,199 to Basic, reactivates 90,000..90,199,
    // adds 3,000 new users; the rest stay as they are.
    auto payload = std::make_shared<UserSet>();
    for (int i = 1000; i < 90200; ++i) {
        const bool deactivate = i < 1500;
        const qsizetype at =
            payload->add(email("u", i), deactivate ? UserSet::Status::Deleted : UserSet::Status::Active);
        payload->addLicenseAt(at, i >= 1500 && i < 2200 ? "Basic" : "Pro");
    }
    for (int i = 0; i < 3000; ++i)
        payload->add(email("new", i), UserSet::Status::Active);
    payload->finalize();

    const Preflight::Result result = runPreflight(app, payload);
    const UserDiff& diff = result.diff;
    QCOMPARE(diff.source, UserDiff::Source::Torii);
    QVERIFY(result.fallbackReason.isEmpty());
    QCOMPARE(diff.current, 90000);
    QCOMPARE(diff.removed.size(), 1000);
    QCOMPARE(diff.deactivated.size(), 500);
    QCOMPARE(diff.reactivated.size(), 200);
    QCOMPARE(diff.added.size(), 3000);
    QCOMPARE(diff.unchanged, 90000 - 1000 - 500);
    QCOMPARE(diff.licenseChanged.size(), 700);
    QCOMPARE(diff.licensesAdded.value("Basic"), 700);
    QCOMPARE(diff.licensesAdded.value("Pro"), 200); // the reactivated users hold Pro again
    QCOMPARE(diff.licensesRemoved.value("Pro"), 1000 + 500 + 700);
    QCOMPARE(diff.removed.first(), QByteArray("u0@corp.example"));
    // 1,500 of 90,000 is under 10%: the guard lets it through.
    QVERIFY(!result.blocked);
    QCOMPARE(m_env->sandbox()->requestCount(QStringLiteral("users")), 104); // 103,001 rows
}

void TestSafeSync::rateLimitWhilePaging()
{
    QList<SandboxDirectory::User> users;
    for (int i = 0; i < 3500; ++i)
        users.append(directoryUser(email("r", i)));
    m_env->sandbox()->directory().setUsers(account, users);
    QString error;
    QVERIFY(m_env->sandbox()->addFault(QStringLiteral("users=429:2"), &error));
    AccountUsersFetch fetch(m_env->client(), app, account);
    QSignalSpy retried(&fetch, &AccountUsersFetch::progress);
    QSignalSpy done(&fetch, &AccountUsersFetch::finished);
    fetch.start();
    QVERIFY(done.wait(30000));
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(fetch.error().userText));
    QCOMPARE(fetch.takeUsers().size(), 3500);
    QCOMPARE(m_env->sandbox()->requestCount(QStringLiteral("users")), 4 + 2);
    // Retry-After was honoured: the 429s were repeated, not skipped over (every page arrived once).
    QCOMPARE(retried.size(), 4);
}

void TestSafeSync::perMinuteWindow()
{
    QList<SandboxDirectory::User> users;
    for (int i = 0; i < 5; ++i)
        users.append(directoryUser(email("w", i)));
    m_env->sandbox()->directory().setUsers(account, users);
    m_env->sandbox()->directory().setUsers(account + 1, {});
    m_env->sandbox()->directory().setUnattachedUsers(app, {});
    // Pages of one user at two requests a minute: every third page waits for the oldest to leave the window.
    FakeClock clock;
    ToriiClient* client = m_env->client();
    PagedFetch fetch(
        [client](const QString& cursor) { return client->listAppUsersPage(app, cursor, 1); },
        [](const QJsonObject& page) { return qint64(page.value(QLatin1String("users")).toArray().size()); }, 2);
    fetch.setClock(&clock);
    QSignalSpy done(&fetch, &PagedFetch::finished);
    fetch.start();
    QVERIFY(done.wait(10000));
    QVERIFY(done.at(0).at(0).toBool());
    QCOMPARE(fetch.pages(), 5);
    // Two waits of about a minute (the clock also runs for real, so a wait may come in two parts).
    qint64 waited = 0;
    for (qint64 d : clock.delays())
        waited += d;
    QVERIFY2(waited > 119000 && waited <= 120000, qPrintable(QString::number(waited)));
    QCOMPARE(m_env->sandbox()->requestCount(QStringLiteral("users")), 5);
}

void TestSafeSync::guardVerdict()
{
    QList<SandboxDirectory::User> current;
    for (int i = 0; i < 200; ++i)
        current.append(directoryUser(email("g", i)));
    m_env->sandbox()->directory().setUsers(account, current);
    // A truncated export: the first 150 of 200.
    Users truncated;
    for (int i = 0; i < 150; ++i)
        truncated.append({email("g", i), "active", QString()});
    const auto payload = userSetOf(truncated);
    const Preflight::Result stopped = runPreflight(app, payload);
    QVERIFY(stopped.blocked);
    QCOMPARE(stopped.diff.removals(), 50);
    QVERIFY(stopped.blockMessage.contains(QLatin1String("50")));
    RemovalGuard::Allowance fifty;
    QVERIFY(RemovalGuard::Allowance::parse(QStringLiteral("50"), &fifty));
    QVERIFY(!runPreflight(app, payload, fifty).blocked);
    RemovalGuard::Allowance fortyNine;
    QVERIFY(RemovalGuard::Allowance::parse(QStringLiteral("49"), &fortyNine));
    QVERIFY(runPreflight(app, payload, fortyNine).blocked);
}

void TestSafeSync::snapshotFallback()
{
    const QString apiUrl = m_env->sandbox()->baseUrl().toString();
    const auto payload =
        userSetOf({{"a@corp.example", "active", QString()}, {"new@corp.example", "active", QString()}});
    // Nothing known yet: every user is added.
    Preflight::Result result = runPreflight(0, payload);
    QCOMPARE(result.diff.source, UserDiff::Source::None);
    QCOMPARE(result.diff.added.size(), 2);

    const auto last = userSetOf({{"a@corp.example", "active", QString()}, {"b@corp.example", "active", QString()}});
    QVERIFY(m_snapshots->save(apiUrl, account, *last));
    // No app id: the last sync's snapshot.
    result = runPreflight(0, payload);
    QCOMPARE(result.diff.source, UserDiff::Source::LastSync);
    QVERIFY(result.fallbackReason.isEmpty());
    QCOMPARE(result.diff.removed, QList<QByteArray> {"b@corp.example"});
    QCOMPARE(result.diff.added, QList<QByteArray> {"new@corp.example"});
    QCOMPARE(m_env->sandbox()->requestCount(QStringLiteral("users")), 0);

    // Torii refuses the listing: the snapshot again, and the reason is kept.
    m_env->sandbox()->setApiKey(QStringLiteral("another-key"));
    result = runPreflight(app, payload);
    QCOMPARE(result.diff.source, UserDiff::Source::LastSync);
    QCOMPARE(result.toriiError.httpStatus, 401);
    QVERIFY(!result.fallbackReason.isEmpty());
    QCOMPARE(result.diff.toJson().value(QLatin1String("source")).toString(), QStringLiteral("last-sync"));

    // A damaged snapshot (read on the thread pool): nothing to compare with, and both reasons are given.
    QFile damaged(m_snapshots->pathFor(apiUrl, account));
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("not a snapshot");
    damaged.close();
    result = runPreflight(app, payload);
    QCOMPARE(result.diff.source, UserDiff::Source::None);
    QCOMPARE(result.diff.added.size(), 2);
    QVERIFY2(result.fallbackReason.contains(QLatin1String("could not be read")), qPrintable(result.fallbackReason));
    QVERIFY2(result.fallbackReason.contains(QLatin1String("not a snapshot this version can read")),
             qPrintable(result.fallbackReason));
    QCOMPARE(result.toriiError.httpStatus, 401);
}

void TestSafeSync::verifiedAfterSettleDelay()
{
    m_env->sandbox()->directory().setSettleDelayMs(700);
    m_env->sandbox()->directory().setUsers(account, {directoryUser("old@corp.example")});
    const Users users {{"a@corp.example", "active", QStringLiteral("Pro")}, {"b@corp.example", "deleted", QString()}};
    SyncPipeline pipeline(m_env->client());
    QVERIFY(sync(pipeline, users));
    QCOMPARE(pipeline.outcome(), SyncPipeline::Outcome::Succeeded);

    SyncVerifier verifier(m_env->client());
    verifier.setFirstDelay(std::chrono::milliseconds(100));
    verifier.setTimeLimit(std::chrono::seconds(20));
    QSignalSpy done(&verifier, &SyncVerifier::finished);
    verifier.start(app, account, userSetOf(users));
    QVERIFY(done.wait(30000));
    QCOMPARE(verifier.verdict(), SyncVerifier::Verdict::Verified);
    // The first poll came before the settle delay ended: it saw the old users and the verifier waited.
    QVERIFY(verifier.polls() >= 2);
    // Torii keeps the user missing from the file as "deleted".
    const QList<SandboxDirectory::User> now = m_env->sandbox()->directory().users(account);
    QCOMPARE(now.size(), 3);
    QCOMPARE(now.last().status, QStringLiteral("deleted"));
}

void TestSafeSync::notVisibleWithinLimit()
{
    m_env->sandbox()->directory().setSettleDelayMs(600000);
    const Users users {{"late@corp.example", "active", QString()}};
    SyncPipeline pipeline(m_env->client());
    QVERIFY(sync(pipeline, users));

    FakeClock clock; // the polls' waits take no wall time
    SyncVerifier verifier(m_env->client());
    verifier.setClock(&clock);
    verifier.setTimeLimit(std::chrono::minutes(5));
    QSignalSpy done(&verifier, &SyncVerifier::finished);
    verifier.start(app, account, userSetOf(users));
    QVERIFY(done.wait(30000));
    QCOMPARE(verifier.verdict(), SyncVerifier::Verdict::NotVisible);
    QCOMPARE(verifier.remaining().added.size(), 1);
    // Backing off: 2 s, 4 s, 8 s, 16 s, then 30 s apart, and never past the limit.
    const QList<qint64> delays = clock.delays();
    QVERIFY(delays.size() >= 5);
    QCOMPARE(delays.mid(0, 5), (QList<qint64> {2000, 2000, 4000, 8000, 16000}));
    qint64 total = 0;
    for (qint64 d : delays)
        total += d;
    QVERIFY2(total > 299000 && total <= 300000, qPrintable(QString::number(total)));
}

void TestSafeSync::unknownOutcomeSettledByVerification()
{
    m_env->sandbox()->directory().setSettleDelayMs(200);
    QString error;
    QVERIFY(m_env->sandbox()->addFault(QStringLiteral("sync=lost:1"), &error));
    const Users users {{"x@corp.example", "active", QString()}};
    SyncPipeline pipeline(m_env->client());
    QVERIFY(sync(pipeline, users));
    QCOMPARE(pipeline.outcome(), SyncPipeline::Outcome::Failed);
    QVERIFY(pipeline.syncOutcomeUnknown());
    QCOMPARE(m_env->sandbox()->syncedPayloads().size(), 1); // it did reach "Torii"

    SyncVerifier verifier(m_env->client());
    verifier.setFirstDelay(std::chrono::milliseconds(300));
    QSignalSpy done(&verifier, &SyncVerifier::finished);
    verifier.start(app, account, userSetOf(users));
    QVERIFY(done.wait(30000));
    QCOMPARE(verifier.verdict(), SyncVerifier::Verdict::Verified);
    pipeline.markSyncAccepted();
    QVERIFY(pipeline.syncAccepted());
    QVERIFY(!pipeline.syncOutcomeUnknown());
    // Resuming now sends nothing more.
    QSignalSpy finished(&pipeline, &SyncPipeline::finished);
    pipeline.resume();
    QVERIFY(finished.wait(10000));
    QCOMPARE(pipeline.outcome(), SyncPipeline::Outcome::Succeeded);
    QCOMPARE(m_env->sandbox()->requestCount(QStringLiteral("sync")), 1);
}

QTEST_GUILESS_MAIN(TestSafeSync)
#include "tst_safesync.moc"

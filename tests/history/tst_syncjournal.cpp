// SyncJournal against the in-process Sandbox over loopback HTTP: the run's history row is on disk before the
// sync request leaves and follows every stage, and an earlier run of the same payload decides what a new one
// does (continue at stage 5, send nothing, refuse unless forced), so no payload is synced twice by accident.
#include "history/historystore.h"
#include "history/syncjournal.h"
#include "sandbox/sandbox.h"
#include "sandboxclient.h"
#include "torii/syncpipeline.h"
#include "torii/toriiclient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace
{
    const QString apiKey = QStringLiteral("tsk_journal_test_key");

    // One run: a pipeline with its journal, as the CLI and the Sync page set them up.
    struct Run
    {
        std::unique_ptr<SyncPipeline> pipeline;
        std::unique_ptr<SyncJournal> journal;
        SyncPipeline::Outcome outcome = SyncPipeline::Outcome::None;
    };
} // namespace

class TestSyncJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rowIsOnDiskBeforeTheSyncLeaves();
    void registeredButNotSyncedContinuesAtStage5();
    void killedWhileWaitingToRetryContinues();
    void acceptedButInterruptedSendsNothing();
    void unknownOutcomeIsRefusedUnlessForced();
    void succeededRunDoesNotBlockANewOne();
    void oldRunsAreHistory();
    void oneRunPerAppAccountAtATime();
    void unwritableHistoryStartsNothing();
    void oneTargetWhateverItsSpelling();
    void lockedHistorySendsNoSync();

private:
    [[nodiscard]] std::unique_ptr<Run> prepare(bool force = false);
    void execute(Run& run);
    [[nodiscard]] HistoryRecord base() const;
    [[nodiscard]] HistoryRecord row(qint64 id);
    [[nodiscard]] FormattedPayload payload(const QByteArray& sha256Hex) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxClient> m_net;
    Sandbox* m_sandbox = nullptr;
    ToriiClient* m_client = nullptr;
    std::unique_ptr<HistoryStore> m_store;
    QString m_payloadPath;
    QByteArray m_payloadSha;
    QString m_apiUrl; // instead of the sandbox's own spelling, when set
};

void TestSyncJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_payloadPath = m_dir.filePath(QStringLiteral("payload.json"));
    QFile file(m_payloadPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray json = R"({"users":[{"email":"ada@example.com","status":"active"}]})";
    file.write(json);
    m_payloadSha = QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex();
}

void TestSyncJournal::init()
{
    m_net = std::make_unique<SandboxClient>();
    QVERIFY(m_net->start(apiKey, std::chrono::milliseconds(800)));
    m_sandbox = m_net->sandbox();
    m_client = m_net->client();
    m_sandbox->setRetryAfterSeconds(1);
    const QString dbPath =
        m_dir.filePath(QStringLiteral("%1/history.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_store = std::make_unique<HistoryStore>(dbPath);
    QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
}

void TestSyncJournal::cleanup()
{
    m_apiUrl.clear();
    m_store.reset();
    m_client = nullptr;
    m_sandbox = nullptr;
    m_net.reset();
}

HistoryRecord TestSyncJournal::base() const
{
    HistoryRecord record;
    record.started = QDateTime::currentDateTimeUtc();
    record.profile = QStringLiteral("test");
    record.apiUrl = m_apiUrl.isEmpty() ? m_sandbox->baseUrl().toString() : m_apiUrl;
    record.appAccountId = Sandbox::demoAppAccountId;
    record.sourceFile = QStringLiteral("users.csv");
    record.preset = QStringLiteral("auto");
    return record;
}

HistoryRecord TestSyncJournal::row(qint64 id)
{
    for (const HistoryRecord& r : m_store->runs())
        if (r.id == id)
            return r;
    return {};
}

FormattedPayload TestSyncJournal::payload(const QByteArray& sha256Hex) const
{
    FormattedPayload result;
    result.path = m_payloadPath;
    result.users = 1;
    result.sha256Hex = sha256Hex;
    return result;
}

std::unique_ptr<Run> TestSyncJournal::prepare(bool force)
{
    auto run = std::make_unique<Run>();
    run->pipeline = std::make_unique<SyncPipeline>(m_client);
    run->pipeline->setPayloadFile(m_payloadPath, 1, 0);
    run->pipeline->setAppAccountId(Sandbox::demoAppAccountId);
    RetryPolicy::Limits limits;
    limits.maxAttempts = 2;
    run->pipeline->setRetryPolicy(RetryPolicy(limits));
    run->journal = std::make_unique<SyncJournal>(m_store.get(), run->pipeline.get());
    run->journal->setForce(force);
    return run;
}

void TestSyncJournal::execute(Run& run)
{
    QSignalSpy finished(run.pipeline.get(), &SyncPipeline::finished);
    QVERIFY2(run.journal->begin(base()), qPrintable(run.journal->errorString()));
    run.pipeline->start();
    QVERIFY(finished.wait(15000));
    run.outcome = run.pipeline->outcome();
    const RunOutcome outcome = run.outcome == SyncPipeline::Outcome::Succeeded ? RunOutcome::Succeeded
        : run.outcome == SyncPipeline::Outcome::Cancelled                      ? RunOutcome::Cancelled
                                                                               : RunOutcome::Failed;
    run.journal->finish(outcome, run.pipeline->lastError().userText);
}

void TestSyncJournal::rowIsOnDiskBeforeTheSyncLeaves()
{
    auto run = prepare();
    QList<HistoryRecord> seen;
    // The journal writes the row right before each request goes out (the pipeline's StateSaver): this sees
    // what it wrote before the sync request.
    connect(run->journal.get(), &SyncJournal::recorded, this, [&](qint64 id) {
        if (run->pipeline->record(SyncStage::Sync).state == SyncPipeline::StageState::Running)
            seen.append(row(id));
    });
    execute(*run);
    QCOMPARE(run->outcome, SyncPipeline::Outcome::Succeeded);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().outcome, RunOutcome::Running);
    QCOMPARE(seen.first().stageResult(u"sync"), StageResult::Running);
    QCOMPARE(seen.first().stageResult(u"get-file-id"), StageResult::Done);
    QCOMPARE(seen.first().payloadSha256Hex, m_payloadSha);
    QVERIFY(seen.first().fileId >= 0);

    const HistoryRecord done = row(run->journal->record().id);
    QCOMPARE(done.outcome, RunOutcome::Succeeded);
    QCOMPARE(done.stageResult(u"sync"), StageResult::Done);
    QCOMPARE(done.fileId, run->pipeline->fileId());
    QVERIFY(done.finished.isValid());
    QCOMPARE(m_store->runs().size(), 1); // one row per run, updated in place
}

void TestSyncJournal::registeredButNotSyncedContinuesAtStage5()
{
    QString error;
    QVERIFY(m_sandbox->addFault(QStringLiteral("sync=400:1"), &error)); // answered: Torii did not take it
    auto first = prepare();
    execute(*first);
    QCOMPARE(first->outcome, SyncPipeline::Outcome::Failed);
    const qint64 fileId = first->pipeline->fileId();
    QVERIFY(fileId >= 0);
    QCOMPARE(row(first->journal->record().id).stageResult(u"sync"), StageResult::Failed);
    QVERIFY(m_sandbox->syncedPayloads().isEmpty());

    auto second = prepare();
    execute(*second);
    QCOMPARE(second->outcome, SyncPipeline::Outcome::Succeeded);
    QCOMPARE(second->journal->priorRunId(), first->journal->record().id);
    QCOMPARE(second->pipeline->urlRequests(), 0); // no new upload URL, no second upload
    QCOMPARE(second->pipeline->record(SyncStage::Upload).attempts, 0);
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);
    QCOMPARE(m_sandbox->syncedPayloads().first().fileId, fileId);
}

void TestSyncJournal::killedWhileWaitingToRetryContinues()
{
    QString error;
    QVERIFY(m_sandbox->addFault(QStringLiteral("sync=429:1"), &error));
    auto first = prepare();
    QList<HistoryRecord> seen;
    connect(first->pipeline.get(), &SyncPipeline::retrying, this, [&](SyncStage stage) {
        if (stage == SyncStage::Sync)
            seen.append(row(first->journal->record().id));
    });
    execute(*first);
    QCOMPARE(first->outcome, SyncPipeline::Outcome::Succeeded);
    QCOMPARE(seen.size(), 1);
    // What a kill during the Retry-After wait leaves behind: Torii answered 429, so nothing was taken.
    QCOMPARE(seen.first().stageResult(u"sync"), StageResult::Retrying);

    // Replay that state as a newer, interrupted run: the next run continues at stage 5, it is not refused.
    HistoryRecord killed = seen.first();
    killed.id = 0;
    const qint64 killedId = m_store->add(killed);
    QVERIFY(killedId > 0);
    auto second = prepare();
    QVERIFY(second->journal->begin(base()));
    const PriorRunDecision decision = second->journal->decide(payload(m_payloadSha));
    QCOMPARE(second->journal->priorRunId(), killedId);
    QCOMPARE(int(decision.action), int(PriorRunDecision::Action::ReuseFileId));
    QCOMPARE(decision.fileId, first->pipeline->fileId());
}

void TestSyncJournal::acceptedButInterruptedSendsNothing()
{
    auto first = prepare();
    execute(*first);
    QCOMPARE(first->outcome, SyncPipeline::Outcome::Succeeded);
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);
    // A process killed right after Torii accepted the sync, before it wrote its end.
    HistoryRecord killed = row(first->journal->record().id);
    killed.outcome = RunOutcome::Running;
    killed.finished = {};
    QVERIFY(m_store->update(killed));

    auto second = prepare();
    execute(*second);
    QCOMPARE(second->outcome, SyncPipeline::Outcome::Succeeded);
    QCOMPARE(second->journal->priorRunId(), killed.id);
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1); // nothing sent again
    QCOMPARE(second->pipeline->urlRequests(), 0);
    QCOMPARE(second->pipeline->record(SyncStage::Sync).attempts, 0);
    QCOMPARE(second->pipeline->fileId(), first->pipeline->fileId());
    const HistoryRecord secondRow = row(second->journal->record().id);
    QCOMPARE(secondRow.outcome, RunOutcome::Succeeded);
    QCOMPARE(secondRow.stageResult(u"sync"), StageResult::Done);
    QCOMPARE(row(killed.id).outcome, RunOutcome::Interrupted); // no live process owned it
}

void TestSyncJournal::unknownOutcomeIsRefusedUnlessForced()
{
    QString error;
    QVERIFY(m_sandbox->addFault(QStringLiteral("sync=hang:1"), &error)); // the request leaves, no answer comes
    auto first = prepare();
    execute(*first);
    QCOMPARE(first->outcome, SyncPipeline::Outcome::Failed);
    QVERIFY(first->pipeline->syncOutcomeUnknown());
    const HistoryRecord firstRow = row(first->journal->record().id);
    QCOMPARE(firstRow.outcome, RunOutcome::Unanswered);

    auto refused = prepare();
    execute(*refused);
    QCOMPARE(refused->outcome, SyncPipeline::Outcome::Failed);
    QCOMPARE(refused->journal->priorRunId(), firstRow.id);
    QVERIFY2(refused->pipeline->lastError().userText.contains(QStringLiteral("Run #%1").arg(firstRow.id)),
             qPrintable(refused->pipeline->lastError().userText));
    QVERIFY(refused->pipeline->lastError().userText.contains(QStringLiteral("--force")));
    QCOMPARE(refused->pipeline->urlRequests(), 0);
    QCOMPARE(refused->pipeline->record(SyncStage::Sync).attempts, 0);
    QCOMPARE(row(refused->journal->record().id).outcome, RunOutcome::Failed);
    QVERIFY(m_sandbox->syncedPayloads().isEmpty());

    // Refused again while nothing changed; forced, it sends the earlier run's file once more.
    auto refusedAgain = prepare();
    execute(*refusedAgain);
    QCOMPARE(refusedAgain->outcome, SyncPipeline::Outcome::Failed);
    auto forced = prepare(true);
    execute(*forced);
    QCOMPARE(forced->outcome, SyncPipeline::Outcome::Succeeded);
    QCOMPARE(forced->pipeline->urlRequests(), 0);
    QCOMPARE(m_sandbox->syncedPayloads().size(), 1);
    QCOMPARE(m_sandbox->syncedPayloads().first().fileId, first->pipeline->fileId());

    // The forced run's success settles the older rows: the next run is a normal one.
    auto later = prepare();
    QVERIFY(later->journal->begin(base()));
    QCOMPARE(int(later->journal->decide(payload(m_payloadSha)).action), int(PriorRunDecision::Action::Proceed));
}

void TestSyncJournal::succeededRunDoesNotBlockANewOne()
{
    auto first = prepare();
    execute(*first);
    auto second = prepare();
    execute(*second);
    QCOMPARE(second->outcome, SyncPipeline::Outcome::Succeeded);
    QCOMPARE(second->journal->priorRunId(), 0);
    QCOMPARE(second->pipeline->urlRequests(), 1); // a deliberate new run does every stage
    QCOMPARE(m_sandbox->syncedPayloads().size(), 2);
}

void TestSyncJournal::oldRunsAreHistory()
{
    HistoryRecord old = base();
    old.started = QDateTime::currentDateTimeUtc().addDays(-2);
    old.payloadSha256Hex = m_payloadSha;
    old.fileId = 7;
    old.outcome = RunOutcome::Running;
    old.stages = {{QStringLiteral("create-file"), StageResult::Done, 0, 1},
                  {QStringLiteral("format-data"), StageResult::Done, 0, 1},
                  {QStringLiteral("upload"), StageResult::Done, 0, 1},
                  {QStringLiteral("get-file-id"), StageResult::Done, 0, 1},
                  {QStringLiteral("sync"), StageResult::Running, 0, 1}};
    QVERIFY(m_store->add(old) > 0);
    auto run = prepare();
    QVERIFY(run->journal->begin(base()));
    QCOMPARE(int(run->journal->decide(payload(m_payloadSha)).action), int(PriorRunDecision::Action::Proceed));
    run->journal->setHorizonSeconds(3 * 24 * 3600);
    QCOMPARE(int(run->journal->decide(payload(m_payloadSha)).action), int(PriorRunDecision::Action::Refuse));
    // Another payload, or another app account, is not affected.
    QCOMPARE(int(run->journal->decide(payload(QByteArray(64, 'a'))).action), int(PriorRunDecision::Action::Proceed));
}

void TestSyncJournal::oneRunPerAppAccountAtATime()
{
    auto first = prepare();
    QVERIFY(first->journal->begin(base()));
    auto second = prepare();
    QVERIFY(!second->journal->begin(base()));
    QVERIFY2(second->journal->errorString().contains(QStringLiteral("is syncing to app account 4242")),
             qPrintable(second->journal->errorString()));
    first->journal->finish(RunOutcome::Cancelled, {});
    QVERIFY2(second->journal->begin(base()), qPrintable(second->journal->errorString()));
    second->journal->finish(RunOutcome::Cancelled, {});
}

void TestSyncJournal::unwritableHistoryStartsNothing()
{
    HistoryStore store(QStringLiteral("/proc/torii-sync-no-such-dir/history.sqlite"));
    SyncPipeline pipeline(m_client);
    SyncJournal journal(&store, &pipeline);
    QVERIFY(!journal.begin(base()));
    QVERIFY2(journal.errorString().contains(QStringLiteral("/proc/torii-sync-no-such-dir")),
             qPrintable(journal.errorString()));
    QVERIFY(!journal.isOpen());
}

void TestSyncJournal::oneTargetWhateverItsSpelling()
{
    // Issue #21/1: the lock and the never-twice check keyed on the URL's text, so "…/v1.0/", "localhost" or a
    // "#fragment" synced one app account twice.
    const QString port = QString::number(m_sandbox->port());
    const QString plain = QStringLiteral("http://127.0.0.1:%1/v1.0").arg(port);
    const QString other = QStringLiteral("http://LOCALHOST:%1//v1.0/#again").arg(port);
    m_apiUrl = plain;
    auto first = prepare();
    QVERIFY(first->journal->begin(base()));
    m_apiUrl = other;
    auto second = prepare();
    QVERIFY(!second->journal->begin(base()));
    QVERIFY2(second->journal->errorString().contains(QStringLiteral("is syncing to app account")),
             qPrintable(second->journal->errorString()));
    first->journal->finish(RunOutcome::Cancelled, {});

    QString error;
    QVERIFY(m_sandbox->addFault(QStringLiteral("sync=hang:1"), &error)); // the sync leaves, no answer comes
    m_apiUrl = plain;
    auto unanswered = prepare();
    execute(*unanswered);
    QVERIFY(unanswered->pipeline->syncOutcomeUnknown());
    m_apiUrl = other;
    auto again = prepare();
    execute(*again);
    QCOMPARE(again->outcome, SyncPipeline::Outcome::Failed);
    QVERIFY(again->journal->refused());
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("sync")), 1);
}

void TestSyncJournal::lockedHistorySendsNoSync()
{
    // Issue #21/2: the sync left although its "running" row could not be written (another process held the
    // database). Now a failed save stops the run before the request: exactly zero sync requests.
    auto run = prepare();
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    other.setDatabaseName(m_store->path());
    other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    QVERIFY(other.open());
    connect(run->pipeline.get(), &SyncPipeline::stageFinished, this, [&other](SyncStage stage) {
        if (stage == SyncStage::GetFileId)
            QSqlQuery(other).exec(QStringLiteral("BEGIN EXCLUSIVE"));
    });
    execute(*run);
    QSqlQuery(other).exec(QStringLiteral("ROLLBACK"));
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    QCOMPARE(run->outcome, SyncPipeline::Outcome::Failed);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("sync")), 0);
    QVERIFY2(run->pipeline->lastError().userText.contains(QStringLiteral("was not sent")),
             qPrintable(run->pipeline->lastError().userText));
    QVERIFY(!run->pipeline->syncOutcomeUnknown());
}

QTEST_GUILESS_MAIN(TestSyncJournal)
#include "tst_syncjournal.moc"

// SyncRun, the one orchestrator behind `sync`, the window and saved jobs, against the sandbox on loopback:
// phases in order, outcomes and exit codes, the history row, resume after a failure, cancel, dry run, and
// the runs that must not send anything.
#include "history/historystore.h"
#include "run/exitcode.h"
#include "run/syncrun.h"
#include "sandbox/sandbox.h"
#include "sandboxclient.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

namespace
{
    const QString key = QStringLiteral("tsk_SYNCRUN_test_key_7d41");
} // namespace

class TestSyncRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void syncSucceeds();
    void dryRunSendsNothing();
    void blockedSendsNothing();
    void wrongKeyIsAuthFailure();
    void unusableTargetStartsNothing();
    void unreadableSourceStartsNothing();
    void resumeContinuesAtTheFailedStage();
    void reviewedPayloadIsSentAsIs();
    void cancelWhileUploading();
    void earlierLostSyncSettledByTorii();
    void earlierLostSyncNotVisibleStaysRefused();

private:
    // A run whose sync reached the sandbox but whose answer was lost, with no app id to check it: Unanswered.
    void loseFirstSync();

    [[nodiscard]] SyncRequest request(const QString& csv) const;
    [[nodiscard]] QString writeFile(const QString& name, const QByteArray& content) const;
    // Starts and waits for finished(); the phases the run went through.
    QList<SyncRun::Phase> run(SyncRun& syncRun, const SyncRequest& request);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxClient> m_fixture;
    std::unique_ptr<HistoryStore> m_history;
    QString m_csv;
};

void TestSyncRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSyncRun::init()
{
    m_fixture = std::make_unique<SandboxClient>();
    QVERIFY(m_fixture->start(key, std::chrono::seconds(5)));
    m_history = std::make_unique<HistoryStore>(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_csv = writeFile(QStringLiteral("users.csv"),
                      "Email,First Name,Last Name,Status\n"
                      "ada@example.com,Ada,Lovelace,Active\n"
                      "alan@example.com,Alan,Turing,Suspended\n"
                      "grace@example.com,Grace,Hopper,Active\n");
}

void TestSyncRun::cleanup()
{
    m_history.reset();
    m_fixture.reset();
}

QString TestSyncRun::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

SyncRequest TestSyncRun::request(const QString& csv) const
{
    SyncRequest r;
    r.source.path = csv;
    r.profile = QStringLiteral("test");
    r.apiUrl = m_fixture->sandbox()->baseUrl();
    r.appAccountId = 4242;
    r.apiKey = key;
    return r;
}

QList<SyncRun::Phase> TestSyncRun::run(SyncRun& syncRun, const SyncRequest& request)
{
    QList<SyncRun::Phase> phases;
    const QMetaObject::Connection c =
        connect(&syncRun, &SyncRun::phaseChanged, this, [&phases](SyncRun::Phase p) { phases << p; });
    QSignalSpy finished(&syncRun, &SyncRun::finished);
    if (syncRun.start(request))
        (void)finished.wait(20000);
    disconnect(c);
    return phases;
}

void TestSyncRun::syncSucceeds()
{
    SyncRun syncRun(m_history.get(), m_fixture->nam());
    QSignalSpy notices(&syncRun, &SyncRun::notice);
    const QList<SyncRun::Phase> phases = run(syncRun, request(m_csv));
    using P = SyncRun::Phase;
    QCOMPARE(phases,
             (QList<P> {P::Loading, P::Formatting, P::Preflight, P::Recording, P::Sending, P::Verifying, P::Finished}));
    const SyncRunResult& result = syncRun.result();
    QVERIFY2(result.outcome == RunOutcome::Succeeded, qPrintable(result.error));
    QCOMPARE(result.exitCode, ExitCode::Success);
    QVERIFY(result.succeeded());
    QCOMPARE(result.conversion.users, 3);
    const QList<Sandbox::SyncedPayload> synced = m_fixture->sandbox()->syncedPayloads();
    QCOMPARE(synced.size(), 1);
    QCOMPARE(result.fileId, synced.first().fileId);
    QCOMPARE(result.record.payloadSha256Hex, synced.first().sha256Hex);
    QVERIFY(!result.record.sourceSha256Hex.isEmpty());
    QCOMPARE(result.record.preset, QStringLiteral("auto"));
    QCOMPARE(SyncRun::headline(result), QStringLiteral("Done."));

    // The history row is the one the journal kept, finished.
    QVERIFY(result.record.id > 0);
    const HistoryRecord row = m_history->runs(1).value(0);
    QCOMPARE(row.id, result.record.id);
    QCOMPARE(row.outcome, RunOutcome::Succeeded);
    QCOMPARE(row.stages.size(), 5);
    for (const HistoryRecord::Stage& stage : row.stages)
        QCOMPARE(stage.result, StageResult::Done);
    QCOMPARE(row.users, 3);
    QVERIFY(!syncRun.canResume());
}

void TestSyncRun::dryRunSendsNothing()
{
    SyncRun syncRun(m_history.get(), m_fixture->nam());
    SyncRequest r = request(m_csv);
    r.dryRun = true;
    r.apiKey.clear();
    r.apiUrl = QUrl(QStringLiteral("http://torii.example/v1.0")); // not checked: nothing is sent
    const QList<SyncRun::Phase> phases = run(syncRun, r);
    QVERIFY(!phases.contains(SyncRun::Phase::Sending));
    const SyncRunResult& result = syncRun.result();
    QCOMPARE(result.outcome, RunOutcome::DryRun);
    QCOMPARE(result.exitCode, ExitCode::Success);
    QCOMPARE(result.conversion.users, 3);
    QCOMPARE(m_fixture->sandbox()->requests().size(), 0);
    const HistoryRecord row = m_history->runs(1).value(0);
    QCOMPARE(row.outcome, RunOutcome::DryRun);
    QVERIFY(row.dryRun);
    QCOMPARE(row.stageResult(u"format-data"), StageResult::Done);
    QCOMPARE(row.stageResult(u"create-file"), StageResult::Pending);
}

void TestSyncRun::blockedSendsNothing()
{
    SyncRun syncRun(m_history.get(), m_fixture->nam());
    const QString bad = writeFile(QStringLiteral("bad.csv"), "Email,First Name\nnot-an-email,X\nok@example.com,Y\n");
    const QList<SyncRun::Phase> phases = run(syncRun, request(bad));
    QVERIFY(!phases.contains(SyncRun::Phase::Recording));
    const SyncRunResult& result = syncRun.result();
    QCOMPARE(result.outcome, RunOutcome::Blocked);
    QCOMPARE(result.exitCode, ExitCode::ValidationBlocked);
    // 1 of 2 rows is over the default 10% that may be skipped: blocked, and the message names the share.
    QVERIFY2(result.error.contains(QStringLiteral("1 of 2 rows")), qPrintable(result.error));
    QCOMPARE(result.conversion.rejected, 1);
    QCOMPARE(m_fixture->sandbox()->requests().size(), 0);
    QCOMPARE(m_history->runs(1).value(0).outcome, RunOutcome::Blocked);
    QVERIFY(!syncRun.canResume()); // new data, not a retry, unblocks it
}

void TestSyncRun::wrongKeyIsAuthFailure()
{
    SyncRun syncRun(m_history.get(), m_fixture->nam());
    SyncRequest r = request(m_csv);
    r.apiKey = QStringLiteral("wrong-key-000000");
    (void)run(syncRun, r);
    const SyncRunResult& result = syncRun.result();
    QCOMPARE(result.outcome, RunOutcome::Failed);
    QCOMPARE(result.exitCode, ExitCode::AuthFailure);
    QVERIFY(!result.notStarted);
    QCOMPARE(result.toriiError.httpStatus, 401);
    QCOMPARE(m_history->runs(1).value(0).outcome, RunOutcome::Failed);
    QVERIFY(syncRun.advice().contains(result.error));
}

void TestSyncRun::unusableTargetStartsNothing()
{
    SyncRun syncRun(m_history.get(), m_fixture->nam());
    SyncRequest r = request(m_csv);
    r.apiUrl = QUrl(QStringLiteral("http://torii.example/v1.0")); // plain http to a remote host
    QVERIFY(!SyncRun::checkTarget(r).isEmpty());
    (void)run(syncRun, r);
    QCOMPARE(syncRun.result().exitCode, ExitCode::UsageError);
    QVERIFY(syncRun.result().notStarted);
    r = request(m_csv);
    r.appAccountId = 0;
    (void)run(syncRun, r);
    QCOMPARE(syncRun.result().exitCode, ExitCode::UsageError);
    QVERIFY2(syncRun.result().error.contains(QStringLiteral("app account")), qPrintable(syncRun.result().error));
    QCOMPARE(m_fixture->sandbox()->requests().size(), 0);
    QVERIFY(m_history->runs().isEmpty());
}

void TestSyncRun::unreadableSourceStartsNothing()
{
    SyncRun syncRun(m_history.get(), m_fixture->nam());
    (void)run(syncRun, request(m_dir.filePath(QStringLiteral("missing.csv"))));
    QCOMPARE(syncRun.result().exitCode, ExitCode::UsageError);
    QVERIFY(syncRun.result().notStarted);
    SyncRequest r = request(m_csv);
    r.source.preset = QStringLiteral("no such preset");
    (void)run(syncRun, r);
    QCOMPARE(syncRun.result().exitCode, ExitCode::UsageError);
    QCOMPARE(m_fixture->sandbox()->requests().size(), 0);
    QVERIFY(m_history->runs().isEmpty());
}

void TestSyncRun::resumeContinuesAtTheFailedStage()
{
    // POST /files answers 400 once: not retryable, so the run stops at "Get file ID".
    QString error;
    QVERIFY2(m_fixture->sandbox()->addFault(QStringLiteral("files=400:1"), &error), qPrintable(error));
    SyncRun syncRun(m_history.get(), m_fixture->nam());
    (void)run(syncRun, request(m_csv));
    QCOMPARE(syncRun.result().outcome, RunOutcome::Failed);
    QCOMPARE(syncRun.result().exitCode, ExitCode::NetworkFailure);
    QCOMPARE(syncRun.result().toriiError.stage, SyncStage::GetFileId);
    QCOMPARE(syncRun.nextStage(), SyncStage::GetFileId);
    QVERIFY(syncRun.canResume());
    const qint64 rowId = syncRun.result().record.id;
    const int uploads = m_fixture->sandbox()->requestCount(QStringLiteral("upload"));

    QSignalSpy finished(&syncRun, &SyncRun::finished);
    QVERIFY(syncRun.resume());
    QVERIFY(finished.wait(20000));
    QVERIFY2(syncRun.result().outcome == RunOutcome::Succeeded, qPrintable(syncRun.result().error));
    QCOMPARE(m_fixture->sandbox()->requestCount(QStringLiteral("upload")), uploads); // not repeated
    QCOMPARE(syncRun.result().record.id, rowId);                                     // the same row
    QCOMPARE(m_history->runs().size(), 1);
    QCOMPARE(m_fixture->sandbox()->syncedPayloads().size(), 1);
}

void TestSyncRun::reviewedPayloadIsSentAsIs()
{
    // The window's way: a payload formatted (and reviewed) before; its bytes are sent unchanged.
    SyncRun dry(m_history.get(), m_fixture->nam());
    SyncRequest r = request(m_csv);
    r.dryRun = true;
    r.keepPayloadPath = m_dir.filePath(QStringLiteral("reviewed.json"));
    (void)run(dry, r);
    QCOMPARE(dry.result().outcome, RunOutcome::DryRun);

    SyncRun syncRun(m_history.get(), m_fixture->nam());
    SyncRequest send = request(m_csv);
    send.reviewed = dry.result().conversion;
    const QList<SyncRun::Phase> phases = run(syncRun, send);
    QVERIFY(!phases.contains(SyncRun::Phase::Loading));
    QVERIFY2(syncRun.result().outcome == RunOutcome::Succeeded, qPrintable(syncRun.result().error));
    const QList<Sandbox::SyncedPayload> synced = m_fixture->sandbox()->syncedPayloads();
    QCOMPARE(synced.size(), 1);
    QCOMPARE(synced.first().sha256Hex, dry.result().conversion.sha256Hex);
    QCOMPARE(syncRun.result().record.users, 3);
}

void TestSyncRun::cancelWhileUploading()
{
    QString error;
    QVERIFY(m_fixture->sandbox()->addFault(QStringLiteral("upload=hang:1"), &error));
    SyncRun syncRun(m_history.get(), m_fixture->nam());
    QSignalSpy finished(&syncRun, &SyncRun::finished);
    QVERIFY(syncRun.start(request(m_csv)));
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture->sandbox()->requestCount(QStringLiteral("upload")) == 1, 10000);
    syncRun.cancel(); // aborts the upload: finished() may come at once or from the event loop
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const SyncRunResult& result = syncRun.result();
    QCOMPARE(result.outcome, RunOutcome::Cancelled);
    QCOMPARE(result.exitCode, ExitCode::Cancelled);
    QCOMPARE(SyncRun::headline(result), QStringLiteral("Cancelled."));
    QVERIFY(syncRun.advice().contains(QStringLiteral("Upload")));
    QVERIFY(syncRun.canResume());
    QCOMPARE(m_history->runs(1).value(0).outcome, RunOutcome::Cancelled);
    QCOMPARE(m_fixture->sandbox()->syncedPayloads().size(), 0);
}

void TestSyncRun::loseFirstSync()
{
    QString error;
    QVERIFY2(m_fixture->sandbox()->addFault(QStringLiteral("sync=lost:1"), &error), qPrintable(error));
    SyncRun first(m_history.get(), m_fixture->nam());
    (void)run(first, request(m_csv));
    QCOMPARE(first.result().outcome, RunOutcome::Unanswered);
    QCOMPARE(m_fixture->sandbox()->syncedPayloads().size(), 1); // it did reach "Torii"
}

void TestSyncRun::earlierLostSyncSettledByTorii()
{
    loseFirstSync();
    const qint64 earlier = m_history->runs(1).value(0).id;
    // A later run of the same payload, now with the app id: Torii shows the earlier sync's users, so that run
    // is settled as accepted and nothing is sent twice.
    SyncRun later(m_history.get(), m_fixture->nam());
    SyncRequest r = request(m_csv);
    r.appId = Sandbox::demoAppId;
    r.verifyLimit = std::chrono::seconds(10);
    (void)run(later, r);
    QVERIFY2(later.result().outcome == RunOutcome::Succeeded, qPrintable(later.result().error));
    QVERIFY(!later.result().refused);
    QCOMPARE(later.result().priorRunId, earlier);
    QCOMPARE(m_fixture->sandbox()->requestCount(QStringLiteral("sync")), 1);
    const std::optional<HistoryRecord> settled = m_history->run(earlier);
    QVERIFY(settled);
    QCOMPARE(settled->outcome, RunOutcome::Succeeded);
    QCOMPARE(settled->verification, QStringLiteral("verified"));
    QCOMPARE(settled->stageResult(u"sync"), StageResult::Done);
}

void TestSyncRun::earlierLostSyncNotVisibleStaysRefused()
{
    m_fixture->sandbox()->directory().setSettleDelayMs(0);
    loseFirstSync();
    // Torii lists other users for the account: the earlier sync cannot be confirmed, so the refusal stands.
    (void)m_fixture->sandbox()->directory().listUsers(Sandbox::demoAppId, {}, std::numeric_limits<qint64>::max() / 2);
    m_fixture->sandbox()->directory().setUsers(4242, {});
    const qint64 earlier = m_history->runs(1).value(0).id;
    SyncRun later(m_history.get(), m_fixture->nam());
    SyncRequest r = request(m_csv);
    r.appId = Sandbox::demoAppId;
    r.verifyLimit = std::chrono::seconds(2);
    (void)run(later, r);
    QCOMPARE(later.result().outcome, RunOutcome::Failed);
    QVERIFY(later.result().refused);
    QVERIFY2(later.result().error.contains(QStringLiteral("does not show")), qPrintable(later.result().error));
    QCOMPARE(m_fixture->sandbox()->requestCount(QStringLiteral("sync")), 1);
    QCOMPARE(m_history->run(earlier)->outcome, RunOutcome::Unanswered);
}

QTEST_GUILESS_MAIN(TestSyncRun)
#include "tst_syncrun.moc"

// BackgroundTask: the work runs off the calling thread; its result, its (throttled) progress and its posts
// arrive on the context's thread; a superseded run delivers nothing; cancel reaches the work; the destructor
// waits for the work.
#include "common/backgroundtask.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <optional>

class TestBackgroundTask : public QObject
{
    Q_OBJECT

private slots:
    void runsOffThreadAndDeliversOnContext();
    void progressIsThrottledAndOnContext();
    void supersededRunDeliversNothing();
    void cancelReachesTheWork();
    void destructorWaitsForTheWork();
};

void TestBackgroundTask::runsOffThreadAndDeliversOnContext()
{
    QObject context;
    BackgroundTask<int> task(&context);
    QThread* ranOn = nullptr;
    QThread* finishedOn = nullptr;
    QThread* postedOn = nullptr;
    QList<QString> order;
    int result = 0;
    task.onFinished([&](int r) {
        finishedOn = QThread::currentThread();
        order << QStringLiteral("finished");
        result = r;
    });
    task.start([&ranOn, &postedOn, &order](const BackgroundTask<int>::Worker& worker) {
        ranOn = QThread::currentThread();
        worker.post([&postedOn, &order] {
            postedOn = QThread::currentThread();
            order << QStringLiteral("posted");
        });
        return 42;
    });
    QVERIFY(task.isRunning());
    QTRY_COMPARE(result, 42);
    QVERIFY(!task.isRunning());
    QVERIFY(ranOn != QThread::currentThread());
    QCOMPARE(finishedOn, QThread::currentThread());
    QCOMPARE(postedOn, QThread::currentThread());
    QCOMPARE(order, (QList<QString> {QStringLiteral("posted"), QStringLiteral("finished")}));
}

void TestBackgroundTask::progressIsThrottledAndOnContext()
{
    QObject context;
    // An interval no run reaches: only the first report may arrive, however many the work makes.
    BackgroundTask<int> task(&context, std::chrono::hours(1));
    QList<qint64> reports;
    bool finished = false;
    task.onProgress([&reports](qint64 done, qint64 total) {
        QCOMPARE(total, 1000);
        reports << done;
    });
    task.onFinished([&finished, &reports](int) {
        QVERIFY(!reports.isEmpty()); // progress arrives before the result
        finished = true;
    });
    task.start([](const BackgroundTask<int>::Worker& worker) {
        const ProgressCallback progress = worker.progressCallback();
        for (int i = 1; i <= 1000; ++i)
            progress(i, 1000);
        return 0;
    });
    QTRY_VERIFY(finished);
    QCoreApplication::processEvents();
    // The first report, and the final numbers before the result (else a bar would stop short of its end).
    QVERIFY2(reports.size() <= 2, qPrintable(QString::number(reports.size())));
    QCOMPARE(reports.constLast(), 1000);
}

void TestBackgroundTask::supersededRunDeliversNothing()
{
    QObject context;
    BackgroundTask<int> task(&context);
    QList<int> results;
    int posts = 0;
    task.onFinished([&results](int r) { results << r; });
    QSemaphore release;
    task.start([&release, &posts](const BackgroundTask<int>::Worker& worker) {
        release.acquire();
        worker.post([&posts] { ++posts; });
        return 1;
    });
    task.start([](const BackgroundTask<int>::Worker&) { return 2; });
    release.release();
    QTRY_COMPARE(results, QList<int> {2});
    QTest::qWait(50); // give a wrongly delivered first result the chance to arrive
    QCOMPARE(results, QList<int> {2});
    QCOMPARE(posts, 0);
}

void TestBackgroundTask::cancelReachesTheWork()
{
    QObject context;
    BackgroundTask<bool> task(&context);
    std::optional<bool> sawCancel;
    task.onFinished([&sawCancel](bool cancelled) { sawCancel = cancelled; });
    std::atomic_bool started {false};
    task.start([&started](const BackgroundTask<bool>::Worker& worker) {
        started = true;
        while (!worker.cancelled())
            QThread::msleep(1);
        return worker.cancelFlag()->load();
    });
    QTRY_VERIFY(started.load());
    task.cancel();
    QTRY_VERIFY(sawCancel.has_value()); // a cancelled run still delivers its result
    QVERIFY(*sawCancel);
}

void TestBackgroundTask::destructorWaitsForTheWork()
{
    std::atomic_bool done {false};
    {
        QObject context;
        BackgroundTask<int> task(&context);
        std::atomic_bool started {false};
        task.start([&started, &done](const BackgroundTask<int>::Worker& worker) {
            started = true;
            while (!worker.cancelled())
                QThread::msleep(1);
            done = true;
            return 0;
        });
        QTRY_VERIFY(started.load());
    }
    QVERIFY(done.load());
}

QTEST_GUILESS_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"

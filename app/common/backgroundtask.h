#pragma once

#include "common/progress.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <utility>

// GUI-side background work, done one way: the work runs on Qt's thread pool with a cancel flag of its own;
// its progress is throttled (at most one report queued, at most one per interval) and arrives, like its result
// and anything it post()s, on the context object's thread. start() supersedes the previous run: that one is
// cancelled and nothing more of it arrives (call cancelAndWait() first when two runs must not overlap, e.g.
// because they write the same file). The destructor cancels and waits, so the work may use what its owner
// owns; make the task a member of its context so both go together.
template<typename T> class BackgroundTask final
{
    Q_DISABLE_COPY_MOVE(BackgroundTask)

    // One run's state, shared by the task and the worker; what arrives on the context's thread checks it.
    struct Run
    {
        QObject* context = nullptr;
        qint64 intervalMs = 0;
        std::function<void(qint64, qint64)> onProgress;
        CancelFlag cancel {false};
        std::atomic<qint64> done {0};
        std::atomic<qint64> total {0};
        std::atomic_bool reportQueued {false};
        std::atomic<qint64> lastReportMs {0};
        QElapsedTimer clock;
        // What the context last showed (its thread only): the final numbers are shown before the result.
        qint64 shownDone = -1;
        qint64 shownTotal = -1;

        void show()
        {
            shownDone = done.load();
            shownTotal = total.load();
            if (onProgress)
                onProgress(shownDone, shownTotal);
        }
    };

public:
    // What the work gets: poll cancelled() (or hand cancelFlag() on), report progress(), post() partial results.
    class Worker
    {
    public:
        [[nodiscard]] bool cancelled() const { return m_run->cancel.load(); }
        [[nodiscard]] const CancelFlag* cancelFlag() const { return &m_run->cancel; }
        // Call as often as the work likes: reports are coalesced.
        void progress(qint64 done, qint64 total) const { report(m_run, done, total); }
        [[nodiscard]] ProgressCallback progressCallback() const
        {
            return [run = m_run](qint64 done, qint64 total) { report(run, done, total); };
        }
        // Runs f on the context's thread, unless this run was cancelled or superseded by then.
        void post(std::function<void()> f) const
        {
            QMetaObject::invokeMethod(
                m_run->context,
                [run = m_run, f = std::move(f)] {
                    if (!run->cancel)
                        f();
                },
                Qt::QueuedConnection);
        }

    private:
        friend class BackgroundTask;
        explicit Worker(std::shared_ptr<Run> run)
            : m_run(std::move(run))
        { }
        static void report(const std::shared_ptr<Run>& run, qint64 done, qint64 total)
        {
            run->done = done;
            run->total = total;
            const qint64 now = run->clock.elapsed();
            if (now - run->lastReportMs.load() < run->intervalMs || run->reportQueued.exchange(true))
                return;
            run->lastReportMs = now;
            QMetaObject::invokeMethod(
                run->context,
                [run] {
                    run->reportQueued = false;
                    if (!run->cancel)
                        run->show();
                },
                Qt::QueuedConnection);
        }

        std::shared_ptr<Run> m_run;
    };

    using Work = std::function<T(const Worker& worker)>;

    // context: the object (a page, a job) on whose thread results and progress arrive.
    explicit BackgroundTask(QObject* context,
                            std::chrono::milliseconds progressInterval = std::chrono::milliseconds(100))
        : m_context(context)
        , m_interval(progressInterval.count())
    {
        QObject::connect(&m_watcher, &QFutureWatcher<T>::finished, context, [this] {
            // A superseded run's finished() never arrives: setFuture() drops it.
            const std::shared_ptr<Run> run = std::exchange(m_run, nullptr);
            if (!run)
                return;
            if (!run->cancel && run->total > 0 && (run->done != run->shownDone || run->total != run->shownTotal))
                run->show(); // the last report was throttled away
            if (m_onFinished)
                m_onFinished(m_watcher.result());
        });
    }
    ~BackgroundTask() { cancelAndWait(); }

    void onFinished(std::function<void(T)> f) { m_onFinished = std::move(f); }
    void onProgress(std::function<void(qint64 done, qint64 total)> f) { m_onProgress = std::move(f); }

    void start(Work work)
    {
        cancel();
        auto run = std::make_shared<Run>();
        run->context = m_context;
        run->intervalMs = m_interval;
        run->onProgress = m_onProgress;
        run->clock.start();
        run->lastReportMs = -m_interval;
        m_run = run;
        // QPromise on the global pool rather than QtConcurrent, so the engine's libraries need only QtCore.
        auto promise = std::make_shared<QPromise<T>>();
        m_watcher.setFuture(promise->future());
        QThreadPool::globalInstance()->start([promise, worker = Worker(run), work = std::move(work)] {
            promise->start();
            promise->addResult(work(worker));
            promise->finish();
        });
    }
    // Sets the run's flag: the work stops at its next check. Its result still arrives (the work decides what a
    // cancelled result is); its progress and posts no longer do.
    void cancel()
    {
        if (m_run)
            m_run->cancel = true;
    }
    void cancelAndWait()
    {
        cancel();
        m_watcher.waitForFinished();
    }
    [[nodiscard]] bool isRunning() const { return m_run != nullptr; }

private:
    QObject* m_context;
    qint64 m_interval;
    std::shared_ptr<Run> m_run; // the current run; touched on the context's thread only
    QFutureWatcher<T> m_watcher;
    std::function<void(T)> m_onFinished;
    std::function<void(qint64, qint64)> m_onProgress;
};

// Benchmark of the window (not a test): connects to the demo sandbox, drops a large export on the real MainWindow
// (offscreen), measures the time to the first preview rows on screen, the full read, the dry run of the Review
// page, a real sync of it to the demo sandbox through the Sync page, and the longest event-loop stall throughout
// with a 1 ms probe timer. Built only on request:
//   cmake --build BUILD --target bench_gui
//   bench_gui FILE [RUNS]          (QT_QPA_PLATFORM defaults to offscreen)
// A stall is the gap between two probe ticks. On a loaded machine the OS also preempts the GUI thread, so each
// gap is split: "wall" is the gap as the admin would feel it, "GUI CPU" is the CPU time the GUI thread itself
// spent inside it (CLOCK_THREAD_CPUTIME_ID), which is what a slot that blocks the event loop costs. The stalls
// listed with BENCH_GUI_VERBOSE=1 also say how long the GUI thread waited for a CPU (Linux schedstat): a gap that
// is neither CPU nor waiting was spent blocked (I/O, a lock).
#include "appservices.h"
#include "import/importjob.h"
#include "import/table.h"
#include "loadpage.h"
#include "mainwindow.h"
#include "mappage.h"
#include "memoryprobe.h"
#include "memorysecretstore.h"
#include "reviewpage.h"
#include "run/syncrun.h"
#include "session.h"
#include "syncpage.h"
#include "theme.h"
#include "torii/syncpipeline.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>

namespace
{
    constexpr double FirstRowsTargetMs = 150.0;
    constexpr double StallTargetMs = 50.0;
    constexpr int TimeoutMs = 300000;
    constexpr double ReportStallMs = 20.0; // gaps longer than this are listed with their phase
    // The phases of the file's way to a dry run: the overall stall figure covers these (as it always did).
    const QStringList ReadPhases {QStringLiteral("load"), QStringLiteral("map"), QStringLiteral("convert"),
                                  QStringLiteral("after")};

    double threadCpuMs()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }

    // Time the GUI thread spent runnable but waiting for a CPU (Linux schedstat's second field), so a wall gap
    // with little CPU in it can be told apart: preempted by other work, or blocked (I/O, a lock).
    class RunQueueWait
    {
    public:
        RunQueueWait()
            : m_file(QStringLiteral("/proc/thread-self/schedstat"))
        {
            (void)m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        }
        [[nodiscard]] double ms()
        {
            if (!m_file.isOpen() || !m_file.seek(0))
                return 0;
            return m_file.readAll().split(' ').value(1).toDouble() / 1e6;
        }

    private:
        QFile m_file;
    };

    struct Stall
    {
        QString phase;
        double atMs = 0;   // since the drop, when the gap ended
        double wallMs = 0; // gap between two ticks
        double cpuMs = 0;  // GUI-thread CPU time inside the gap
        double waitMs = 0; // GUI thread runnable, waiting for a CPU, inside the gap
    };

    // The 1 ms probe: records the longest gap between its ticks, per phase, in wall and GUI-thread CPU time.
    struct Probe
    {
        QTimer timer;
        QElapsedTimer clock;
        double lastWall = 0;
        double lastCpu = 0;
        double lastWait = 0;
        RunQueueWait runQueue;
        double origin = 0; // the drop, so stalls are listed in the same time as the events
        QString phase = QStringLiteral("idle");
        QHash<QString, double> phaseMaxWall; // where the longest gaps happen
        QHash<QString, double> phaseMaxCpu;
        QList<Stall> stalls;

        void start(const QElapsedTimer& since)
        {
            clock = since;
            timer.setTimerType(Qt::PreciseTimer);
            timer.setInterval(1);
            lastWall = double(clock.nsecsElapsed()) / 1e6;
            lastCpu = threadCpuMs();
            lastWait = runQueue.ms();
            QObject::connect(&timer, &QTimer::timeout, &timer, [this] { tick(); });
            timer.start();
        }
        void tick()
        {
            const double wall = double(clock.nsecsElapsed()) / 1e6;
            const double cpu = threadCpuMs();
            const double gap = wall - lastWall;
            const double cpuGap = cpu - lastCpu;
            const double wait = runQueue.ms();
            const double waitGap = wait - lastWait;
            lastWall = wall;
            lastCpu = cpu;
            lastWait = wait;
            phaseMaxWall[phase] = std::max(phaseMaxWall.value(phase), gap);
            phaseMaxCpu[phase] = std::max(phaseMaxCpu.value(phase), cpuGap);
            if (phase == QLatin1String("idle"))
                return; // the settle time before the drop only shows the machine's own noise
            if (gap > ReportStallMs || cpuGap > ReportStallMs)
                stalls.append({phase, wall - origin, gap, cpuGap, waitGap});
        }
    };

    struct RunResult
    {
        bool ok = false;
        QString error;
        double firstRowsModelMs = -1;   // preview model has rows
        double firstRowsPaintedMs = -1; // the preview grid painted with rows
        double loadedMs = -1;
        double mapReadyMs = -1; // Map page done with its background work
        double convertMs = -1;  // Review page dry run, from entering the page to the result
        double syncMs = -1;     // Start Sync clicked -> the Sync page's run finished
        qint64 users = 0;
        double stallWallMs = 0; // the read phases (ReadPhases)
        double stallCpuMs = 0;
        double syncStallWallMs = 0;
        double syncStallCpuMs = 0;
        int progressSignals = 0; // the pipeline's stageProgress emissions during the sync
        QHash<QString, double> phaseMaxWall;
        QHash<QString, double> phaseMaxCpu;
        QList<Stall> stalls;
        QStringList events;
    };

    // Waits in the event loop until done() or the timeout; the probe keeps ticking meanwhile. processEvents()
    // with a time limit never sleeps (it drops WaitForMoreEvents), so it would spin a core that the window's
    // workers and the sandbox's thread need; without one it sleeps until the next event.
    bool waitFor(const std::function<bool()>& done, int timeoutMs = TimeoutMs)
    {
        QElapsedTimer t;
        t.start();
        QTimer wake; // so the timeout is noticed even when nothing else happens (before the probe runs)
        wake.start(10);
        while (!done()) {
            if (t.elapsed() > timeoutMs)
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        }
        return true;
    }

    // Fires once when the watched viewport paints while its model has rows: the first rows are on screen.
    class PaintWatch final : public QObject
    {
    public:
        PaintWatch(QAbstractItemModel* model, std::function<void()> painted)
            : m_model(model)
            , m_painted(std::move(painted))
        { }

    protected:
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() == QEvent::Paint && m_painted && m_model->rowCount() > 0) {
                m_painted();
                m_painted = nullptr;
            }
            return QObject::eventFilter(watched, event);
        }

    private:
        QAbstractItemModel* m_model;
        std::function<void()> m_painted;
    };

    // The Sync page's run of the reviewed payload to the demo sandbox, as the admin starts it: the whole run is
    // the "sync" phase, with the pipeline's stages marked so a stall can be placed.
    bool runSync(MainWindow& window, Probe& probe, RunResult& r, const std::function<double()>& since,
                 const std::function<void(const QString&)>& mark)

    {
        SyncPage* page = window.syncPage();
        const SyncPipeline* pipeline = &page->syncRun()->pipeline();
        if (!pipeline) {
            r.error = QStringLiteral("the Sync page has no pipeline");
            return false;
        }
        QObject::connect(pipeline, &SyncPipeline::stageStarted, &probe.timer, [mark](SyncStage stage) {
            mark(QStringLiteral("stage started: %1").arg(SyncStages::displayName(stage)));
        });
        QObject::connect(pipeline, &SyncPipeline::attemptStarted, &probe.timer, [mark](SyncStage stage, int attempt) {
            mark(QStringLiteral("request leaves: %1 (attempt %2)").arg(SyncStages::displayName(stage)).arg(attempt));
        });
        QObject::connect(pipeline, &SyncPipeline::stageFinished, &probe.timer, [mark](SyncStage stage) {
            mark(QStringLiteral("stage finished: %1").arg(SyncStages::displayName(stage)));
        });
        QObject::connect(pipeline, &SyncPipeline::stageProgress, &probe.timer, [&r] { ++r.progressSignals; });
        QObject::connect(page, &SyncPage::runFinished, &probe.timer, [&r, since, mark](bool ok) {
            r.syncMs = since();
            mark(QStringLiteral("sync run finished (%1)").arg(ok ? QStringLiteral("ok") : QStringLiteral("failed")));
        });

        window.showStep(MainWindow::Step::Sync);
        if (!page->startButton()->isEnabled()) {
            r.error = QStringLiteral("the Sync page cannot start");
            return false;
        }
        probe.phase = QStringLiteral("sync");
        const double syncStart = since();
        mark(QStringLiteral("Start Sync clicked"));
        page->startButton()->click();
        if (!waitFor([&r] { return r.syncMs >= 0; })) {
            r.error = QStringLiteral("the sync did not finish within %1 s").arg(TimeoutMs / 1000);
            return false;
        }
        r.syncMs -= syncStart;
        QTest::qWait(200); // still "sync": the window's handling of the end shows up at the next tick
        probe.phase = QStringLiteral("done");
        if (!page->isComplete()) {
            r.error = QStringLiteral("the sync failed: %1").arg(page->summaryText());
            return false;
        }
        return true;
    }

    RunResult runOnce(const QString& path)
    {
        RunResult r;
        MemorySecretStore secrets;
        AppServices services(&secrets);
        MainWindow window(&services);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            r.error = QStringLiteral("the window was not exposed");
            return r;
        }
        // The demo profile first, as a newcomer does: the sync at the end goes to the built-in sandbox.
        window.startDemo();
        if (!waitFor([&window] { return window.session()->connection().ready(); }, 30000)) {
            r.error = QStringLiteral("the demo sandbox did not connect");
            return r;
        }
        window.showStep(MainWindow::Step::Load);

        QElapsedTimer clock;
        clock.start();
        Probe probe;
        probe.start(clock);
        QTest::qWait(300); // settle: the window's first layout and paint are not part of the figures
        const auto now = [&clock] { return double(clock.nsecsElapsed()) / 1e6; };
        double dropAt = 0;
        const auto since = [&] { return now() - dropAt; };
        const auto mark = [&](const QString& what) {
            r.events << QStringLiteral("%1 ms (GUI CPU %2 ms)  %3")
                            .arg(since(), 9, 'f', 1)
                            .arg(threadCpuMs(), 8, 'f', 1)
                            .arg(what);
        };

        QTableView* view = window.loadPage()->previewView();
        QAbstractItemModel* model = view->model();
        QObject::connect(model, &QAbstractItemModel::modelReset, &probe.timer, [&] {
            if (r.firstRowsModelMs < 0 && model->rowCount() > 0) {
                r.firstRowsModelMs = since();
                mark(QStringLiteral("preview model has %1 rows").arg(model->rowCount()));
            }
        });
        PaintWatch paintWatch(model, [&] {
            r.firstRowsPaintedMs = since();
            mark(QStringLiteral("preview grid painted with rows"));
        });
        view->viewport()->installEventFilter(&paintWatch);
        QObject::connect(window.loadPage(), &LoadPage::fileLoaded, &probe.timer, [&] {
            r.loadedMs = since();
            mark(QStringLiteral("file loaded (%1 rows)").arg(window.session()->table()->rowCount()));
        });
        QObject::connect(window.session(), &Session::dryRunChanged, &probe.timer, [&] {
            if (window.session()->hasDryRun() && r.convertMs < 0) {
                r.convertMs = since();
                mark(QStringLiteral("dry run result"));
            }
        });

        // Timestamps around the GUI-thread work after the read, to attribute a stall (connected last, so each
        // runs after the window's own slots of the same signal).
        const QList<QTableView*> views = window.findChildren<QTableView*>();
        for (QTableView* v : views) {
            QAbstractItemModel* m = v->model();
            const QString name = v->objectName().isEmpty() ? QStringLiteral("grid") : v->objectName();
            QObject::connect(m, &QAbstractItemModel::modelAboutToBeReset, &probe.timer,
                             [&mark, name] { mark(QStringLiteral("%1: model reset begins").arg(name)); });
            QObject::connect(m, &QAbstractItemModel::modelReset, &probe.timer, [&mark, name, m] {
                mark(QStringLiteral("%1: model reset done (%2 rows)").arg(name).arg(m->rowCount()));
            });
        }
        if (auto* job = window.loadPage()->findChild<ImportJob*>())
            QObject::connect(job, &ImportJob::finished, &probe.timer,
                             [&mark] { mark(QStringLiteral("ImportJob::finished handled by the Load page")); });
        QObject::connect(window.session(), &Session::tableChanged, &probe.timer,
                         [&mark] { mark(QStringLiteral("Session::tableChanged handled (Map page)")); });
        QObject::connect(window.session(), &Session::mappingChanged, &probe.timer,
                         [&mark] { mark(QStringLiteral("Session::mappingChanged handled")); });

        // The drop, as TOOLCHAIN.md §4 sends it.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint pos = window.rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        if (!enter.isAccepted()) {
            r.error = QStringLiteral("the window refused the drag");
            return r;
        }
        probe.phase = QStringLiteral("load");
        dropAt = now();
        probe.origin = dropAt;
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        mark(QStringLiteral("drop handled"));

        if (!waitFor([&] { return r.loadedMs >= 0 && r.firstRowsPaintedMs >= 0; })) {
            r.error = QStringLiteral("the file did not load within %1 s (status: %2)")
                          .arg(TimeoutMs / 1000)
                          .arg(window.loadPage()->statusText());
            return r;
        }

        // The Map page auto-matches the new header and computes samples in the background; the admin then
        // goes on to Review, whose enter() starts the dry run in a worker thread.
        probe.phase = QStringLiteral("map");
        window.showStep(MainWindow::Step::Map);
        mark(QStringLiteral("map page shown"));
        if (!waitFor([&] { return !window.mapPage()->isBusy(); })) {
            r.error = QStringLiteral("the Map page stayed busy");
            return r;
        }
        r.mapReadyMs = since();
        mark(QStringLiteral("map page ready"));
        if (!window.mapPage()->isComplete()) {
            r.error = QStringLiteral("the mapping of the file is incomplete; no dry run");
            return r;
        }
        probe.phase = QStringLiteral("convert");
        const double convertStart = since();
        window.showStep(MainWindow::Step::Review);
        mark(QStringLiteral("review page entered"));
        if (!waitFor([&] { return r.convertMs >= 0; })) {
            r.error = QStringLiteral("the dry run did not finish");
            return r;
        }
        r.convertMs -= convertStart;
        r.users = window.session()->dryRun().users;
        probe.phase = QStringLiteral("after");
        QTest::qWait(200); // a stall right after the result shows up at the next tick
        if (!window.session()->dryRun().ok) {
            r.error = QStringLiteral("the dry run failed: %1").arg(window.session()->dryRun().error);
            return r;
        }
        if (!runSync(window, probe, r, since, mark))
            return r;
        for (const QString& phase : ReadPhases) {
            r.stallWallMs = std::max(r.stallWallMs, probe.phaseMaxWall.value(phase));
            r.stallCpuMs = std::max(r.stallCpuMs, probe.phaseMaxCpu.value(phase));
        }
        r.syncStallWallMs = probe.phaseMaxWall.value(QStringLiteral("sync"));
        r.syncStallCpuMs = probe.phaseMaxCpu.value(QStringLiteral("sync"));
        r.stalls = probe.stalls;
        r.phaseMaxWall = probe.phaseMaxWall;
        r.phaseMaxCpu = probe.phaseMaxCpu;
        r.ok = true;
        probe.timer.stop();
        return r;
    }

    double median(QList<double> values)
    {
        std::sort(values.begin(), values.end());
        return values.isEmpty() ? -1 : values.at(values.size() / 2);
    }

    QString peakRss()
    {
        const qint64 bytes = MemoryProbe::peakBytes();
        return bytes < 0 ? QStringLiteral("n/a") : QStringLiteral("%1 MiB").arg(double(bytes) / (1 << 20), 0, 'f', 0);
    }
} // namespace

int main(int argc, char* argv[])
{
    // The offscreen platform warns once per window that it cannot propagate size hints; keep the table readable.
    static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (!message.contains(QLatin1String("propagateSizeHints")))
            previous(type, context, message);
    });
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtime; // silences "XDG_RUNTIME_DIR not set" under offscreen
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.isValid()) {
        QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never the admin's settings, recent files or presets
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || !QFileInfo(args.at(1)).isFile()) {
        err << "usage: bench_gui FILE [RUNS]\n";
        return 2;
    }
    const QString path = QFileInfo(args.at(1)).absoluteFilePath();
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 1;
    Theme::apply();

    QList<double> firstModel, firstPainted, loaded, convert, stallWall, stallCpu, sync, syncStallWall, syncStallCpu;
    for (int i = 0; i < runs; ++i) {
        const RunResult r = runOnce(path);
        if (!r.ok) {
            err << "bench_gui: run " << i + 1 << ": " << r.error << '\n';
            for (const QString& e : r.events)
                err << "  " << e << '\n';
            return 2;
        }
        out << QStringLiteral("run %1: first rows %2 ms (model %3 ms), loaded %4 ms, dry run %5 ms (%6 users), "
                              "longest stall %7 ms wall / %8 ms GUI CPU; sync %9 ms, longest stall in it %10 ms "
                              "wall / %11 ms GUI CPU (%12 progress signals)\n")
                   .arg(i + 1)
                   .arg(r.firstRowsPaintedMs, 0, 'f', 1)
                   .arg(r.firstRowsModelMs, 0, 'f', 1)
                   .arg(r.loadedMs, 0, 'f', 0)
                   .arg(r.convertMs, 0, 'f', 0)
                   .arg(r.users)
                   .arg(r.stallWallMs, 0, 'f', 1)
                   .arg(r.stallCpuMs, 0, 'f', 1)
                   .arg(r.syncMs, 0, 'f', 0)
                   .arg(r.syncStallWallMs, 0, 'f', 1)
                   .arg(r.syncStallCpuMs, 0, 'f', 1)
                   .arg(r.progressSignals);
        QStringList phases;
        for (const char* phase : {"idle", "load", "map", "convert", "after", "sync"}) {
            const QString name = QLatin1String(phase);
            phases << QStringLiteral("%1 %2/%3")
                          .arg(name)
                          .arg(r.phaseMaxWall.value(name), 0, 'f', 1)
                          .arg(r.phaseMaxCpu.value(name), 0, 'f', 1);
        }
        out << "  longest stall by phase (ms wall/GUI CPU): " << phases.join(QStringLiteral(", ")) << '\n';
        if (qEnvironmentVariableIsSet("BENCH_GUI_VERBOSE")) {
            for (const QString& e : r.events)
                out << "  " << e << '\n';
            for (const Stall& s : r.stalls)
                out << QStringLiteral(
                           "  stall in %1 ending at %2 ms: %3 ms wall, %4 ms GUI CPU, %5 ms waiting for a CPU\n")
                           .arg(s.phase)
                           .arg(s.atMs, 0, 'f', 1)
                           .arg(s.wallMs, 0, 'f', 1)
                           .arg(s.cpuMs, 0, 'f', 1)
                           .arg(s.waitMs, 0, 'f', 1);
        }
        firstModel << r.firstRowsModelMs;
        firstPainted << r.firstRowsPaintedMs;
        loaded << r.loadedMs;
        convert << r.convertMs;
        stallWall << r.stallWallMs;
        stallCpu << r.stallCpuMs;
        sync << r.syncMs;
        syncStallWall << r.syncStallWallMs;
        syncStallCpu << r.syncStallCpuMs;
    }

    const auto row = [&out](const QString& metric, double value, double target) {
        const QString verdict =
            target <= 0 ? QStringLiteral("-") : (value <= target ? QStringLiteral("pass") : QStringLiteral("FAIL"));
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(metric, -44)
                   .arg(QStringLiteral("%1 ms").arg(value, 0, 'f', 1), 12)
                   .arg(target > 0 ? QStringLiteral("<= %1 ms").arg(target, 0, 'f', 0) : QStringLiteral("-"), 12)
                   .arg(verdict);
    };
    out << "\nfile: " << path << " (" << QFileInfo(path).size() << " bytes), median of " << runs << " run(s)\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("metric"), -44)
               .arg(QStringLiteral("value"), 12)
               .arg(QStringLiteral("target"), 12)
               .arg(QStringLiteral("result"));
    row(QStringLiteral("drop -> first preview rows painted"), median(firstPainted), FirstRowsTargetMs);
    row(QStringLiteral("drop -> preview model has rows"), median(firstModel), 0);
    row(QStringLiteral("drop -> file loaded"), median(loaded), 0);
    row(QStringLiteral("Review page -> dry run result"), median(convert), 0);
    row(QStringLiteral("longest event-loop stall (wall)"), median(stallWall), StallTargetMs);
    row(QStringLiteral("longest event-loop stall (GUI-thread CPU)"), median(stallCpu), StallTargetMs);
    row(QStringLiteral("Start Sync -> sync done (demo sandbox)"), median(sync), 0);
    row(QStringLiteral("longest stall during the sync (wall)"), median(syncStallWall), StallTargetMs);
    row(QStringLiteral("longest stall during the sync (GUI CPU)"), median(syncStallCpu), StallTargetMs);
    out << QStringLiteral("%1 %2\n").arg(QStringLiteral("peak RSS (VmHWM)"), -44).arg(peakRss(), 12);
    return 0;
}

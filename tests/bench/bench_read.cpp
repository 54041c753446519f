// Benchmark of the import engine alone (not a test): reads a file with TableReader and prints throughput and
// peak memory. Built only on request:  cmake --build BUILD --target bench_read
//   bench_read FILE [REPEAT]
#include "import/table.h"
#include "import/tablereader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <ctime>
#include <sys/resource.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_read FILE [REPEAT]\n";
        return 2;
    }
    const QString path = args.at(1);
    const int repeat = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 1;
    const double megabytes = double(QFileInfo(path).size()) / 1e6;
    double best = 1e30;
    double bestCpu = 1e30; // process CPU time: what "one core" costs, even on a busy machine
    qsizetype rows = 0;
    qint64 tableBytes = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const ImportResult result = TableReader::read(path);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        bestCpu = std::min(bestCpu, double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        if (!result.ok()) {
            QTextStream(stderr) << result.error.toString() << '\n';
            return 2;
        }
        best = std::min(best, seconds);
        rows = result.table->rowCount();
        tableBytes = result.table->memoryUsage();
        // Touch every cell once, as the mapping stage does, to show the index is usable at that speed.
        QElapsedTimer scan;
        scan.start();
        qint64 total = 0;
        for (qsizetype r = 0; r < rows; ++r) {
            for (int c = 0; c < result.table->cellCount(r); ++c)
                total += result.table->cellUtf8(r, c).size();
        }
        if (i == 0)
            out << "cell scan: " << double(scan.nsecsElapsed()) / 1e6 << " ms (" << total << " bytes of cells)\n";
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << "file: " << megabytes << " MB, rows: " << rows << '\n';
    out << "read: " << best << " s (best of " << repeat << "), " << megabytes / best << " MB/s\n";
    out << "cpu:  " << bestCpu << " s (user + system, best of " << repeat << "), " << megabytes / bestCpu << " MB/s\n";
    out << "table: " << double(tableBytes) / 1e6 << " MB (" << double(tableBytes) / 1e6 / megabytes << "x the file)\n";
    out << "peak RSS: " << double(usage.ru_maxrss) / 1024.0 << " MiB ("
        << double(usage.ru_maxrss) * 1024.0 / 1e6 / megabytes << "x the file)\n";
    return 0;
}

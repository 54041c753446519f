// Benchmark of the sandbox's payload check (not a test): PayloadScanner over the file in memory (its own
// speed), PayloadSchema::validateFile (1 MiB reads, as the sandbox used it) and the QJsonDocument-based
// reference it replaced, all in one run so the ratio holds on a noisy machine. Built only on request:
//   cmake --build BUILD --target bench_payloadscan      then  BUILD/tests/bench/bench_payloadscan FILE [REPEAT]
#include "referencepayloadschema.h"
#include "sandbox/payloadscanner.h"
#include "sandbox/payloadschema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

namespace
{
    struct Timing
    {
        double wall = 1e30;
        double cpu = 1e30;
        PayloadSchema::Result result;
    };

    Timing measure(int repeat, const std::function<PayloadSchema::Result()>& run)
    {
        Timing timing;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpuStart = std::clock();
            timing.result = run();
            timing.wall = std::min(timing.wall, double(timer.nsecsElapsed()) / 1e9);
            timing.cpu = std::min(timing.cpu, double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        }
        return timing;
    }

    void report(QTextStream& out, const char* name, const Timing& timing, double megabytes)
    {
        out << name << ": " << timing.wall << " s wall, " << megabytes / timing.wall << " MB/s; cpu " << timing.cpu
            << " s, " << megabytes / timing.cpu << " MB/s  ["
            << (timing.result.ok
                    ? QStringLiteral("ok, %1 users, %2 licenses").arg(timing.result.users).arg(timing.result.licenses)
                    : timing.result.message)
            << "]\n";
    }
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_payloadscan FILE [REPEAT]\n";
        return 2;
    }
    const QString path = args.at(1);
    const int repeat = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "cannot read " << path << '\n';
        return 2;
    }
    const QByteArray bytes = file.readAll();
    const double megabytes = double(bytes.size()) / 1e6;
    out << "file: " << megabytes << " MB, best of " << repeat << '\n';

    // In memory, in 1 MiB chunks as a socket or file would deliver them: the scanner's own cost.
    const Timing memory = measure(repeat, [&bytes] {
        PayloadScanner scanner;
        constexpr qsizetype chunk = 1 << 20;
        for (qsizetype at = 0; at < bytes.size() && !scanner.failed(); at += chunk)
            scanner.feed(QByteArrayView(bytes).sliced(at, std::min(chunk, bytes.size() - at)));
        return scanner.finish();
    });
    report(out, "scanner (memory)", memory, megabytes);
    const Timing scannerFile = measure(repeat, [&path] { return PayloadSchema::validateFile(path); });
    report(out, "scanner (validateFile)", scannerFile, megabytes);
    const Timing reference =
        measure(std::min(repeat, 2), [&path] { return ReferencePayloadSchema::validateFile(path); });
    report(out, "reference (validateFile)", reference, megabytes);
    out << "ratio (cpu, validateFile): " << reference.cpu / scannerFile.cpu << "x\n";
    return 0;
}

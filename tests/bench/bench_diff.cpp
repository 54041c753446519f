// The safe-sync diff at a million users: what it adds to a sync beyond fetching Torii's pages. Prints the time
// to collect the payload's users (the Converter's hook), to compare, and the total; the goal is at most 2 s
// (README, Performance). Figures only: it never fails on them.
//   cmake --build BUILD --target bench_diff      then  BUILD/tests/bench/bench_diff [USERS]
#include "diff/diffengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>

namespace
{
    QByteArray address(const char* prefix, qint64 i)
    {
        return prefix + QByteArray::number(i) + "@bench.example";
    }
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 users = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    if (users <= 0) {
        std::fprintf(stderr, "usage: bench_diff [USERS]\n");
        return 2;
    }
    const QByteArray licenses[] = {"Pro", "Basic", "Enterprise E5"};

    // Torii's side, as AccountUsersFetch fills it from the pages (that cost is part of fetching).
    UserSet current;
    current.reserve(users);
    for (qint64 i = 0; i < users; ++i) {
        const qsizetype at =
            current.add(address("user", i), i % 50 == 0 ? UserSet::Status::Deleted : UserSet::Status::Active);
        current.addLicenseAt(at, licenses[i % 3]);
    }
    current.finalize();

    // The payload's side, as the Converter's hook fills it (normalised addresses), with 2% dropped, 1% new,
    // 1% deactivated and 1% on another licence.
    QElapsedTimer timer;
    timer.start();
    std::clock_t cpu = std::clock();
    UserSet payload;
    payload.reserve(users);
    for (qint64 i = users / 50; i < users + users / 100; ++i) {
        const QByteArray email = i < users ? address("user", i) : address("new", i);
        const qsizetype at =
            payload.addNormalized(email, i % 100 == 7 ? UserSet::Status::Deleted : UserSet::Status::Active);
        payload.addLicenseAt(at, licenses[(i + (i % 100 == 3 ? 1 : 0)) % 3]);
    }
    payload.finalize();
    const qint64 collectMs = timer.restart();
    const qint64 collectCpuMs = qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC;
    cpu = std::clock();

    const UserDiff diff = DiffEngine::compare(payload, current, UserDiff::Source::Torii);
    const qint64 compareMs = timer.elapsed();
    const qint64 compareCpuMs = qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC;

    std::printf("bench_diff: %lld payload users vs %lld current users\n", static_cast<long long>(payload.size()),
                static_cast<long long>(current.size()));
    // CPU time beside wall time: on a shared machine the wall clock also counts other processes' turns.
    std::printf("                          wall ms   cpu ms\n");
    std::printf("  collect payload users   %7lld  %7lld\n", static_cast<long long>(collectMs),
                static_cast<long long>(collectCpuMs));
    std::printf("  compare                 %7lld  %7lld\n", static_cast<long long>(compareMs),
                static_cast<long long>(compareCpuMs));
    std::printf("  added beyond fetching   %7lld  %7lld   (goal: at most 2000 ms)\n",
                static_cast<long long>(collectMs + compareMs), static_cast<long long>(collectCpuMs + compareCpuMs));
    std::printf("  diff: +%lld added, -%lld removed, %lld deactivated, %lld reactivated, %lld unchanged, %lld licence "
                "changes\n",
                static_cast<long long>(diff.added.size()), static_cast<long long>(diff.removed.size()),
                static_cast<long long>(diff.deactivated.size()), static_cast<long long>(diff.reactivated.size()),
                static_cast<long long>(diff.unchanged), static_cast<long long>(diff.licenseChanged.size()));
    return 0;
}

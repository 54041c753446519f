// The victim of tst_killduringsave: saves presets or adds history runs in a loop, printing each finished save,
// until the parent kills it with SIGKILL at a random moment.
//   savechild preset DIR      PresetStore(DIR).save("victim") with a growing generation
//   savechild history FILE    HistoryStore(FILE).add() / update() runs
#include "history/historyrecord.h"
#include "history/historystore.h"
#include "mapping/preset.h"
#include "mapping/presetstore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

namespace
{
    // Large enough that a save takes a while, so kills land inside writes too.
    Preset victim(qint64 generation)
    {
        Preset preset;
        preset.name = QStringLiteral("victim");
        preset.description = QStringLiteral("generation %1").arg(generation);
        for (int i = 0; i < 4000; ++i)
            preset.fingerprint.append(QStringLiteral("column %1 of generation %2").arg(i).arg(generation));
        return preset;
    }

    int savePresets(const QString& dir)
    {
        const PresetStore store(dir);
        for (qint64 generation = 1;; ++generation) {
            QString error;
            if (!store.save(victim(generation), &error)) {
                std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
                return 1;
            }
            std::printf("saved %lld\n", generation);
            std::fflush(stdout);
        }
    }

    int addRuns(const QString& file)
    {
        HistoryStore store(file);
        if (!store.open()) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(store.errorString()));
            return 1;
        }
        for (qint64 generation = 1;; ++generation) {
            HistoryRecord record;
            record.started = QDateTime::currentDateTimeUtc();
            record.profile = QStringLiteral("default");
            record.sourceFile = QStringLiteral("users-%1.csv").arg(generation);
            record.users = generation;
            record.outcome = RunOutcome::Running;
            record.error = QString(2000, QLatin1Char('x')); // bigger pages, longer writes
            record.id = store.add(record);
            if (record.id <= 0) {
                std::fprintf(stderr, "add failed: %s\n", qPrintable(store.errorString()));
                return 1;
            }
            record.outcome = RunOutcome::Succeeded;
            record.finished = QDateTime::currentDateTimeUtc();
            if (!store.update(record)) {
                std::fprintf(stderr, "update failed: %s\n", qPrintable(store.errorString()));
                return 1;
            }
            std::printf("added %lld %lld\n", record.id, generation);
            std::fflush(stdout);
        }
    }
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    if (args.at(1) == QLatin1String("preset"))
        return savePresets(args.at(2));
    if (args.at(1) == QLatin1String("history"))
        return addRuns(args.at(2));
    return 2;
}

#include "cli/historycommand.h"

#include "cli/argumentreader.h"
#include "cli/console.h"
#include "cli/jobcommand.h"
#include "history/historycsv.h"
#include "history/historystore.h"
#include "run/exitcode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <limits>

QString HistoryCommand::name() const
{
    return QStringLiteral("history");
}

QString HistoryCommand::summary() const
{
    return tr("list past sync runs");
}

QString HistoryCommand::usage() const
{
    return tr("Usage: torii-sync-cli history [--json | --csv FILE] [--limit N] [--job NAME] [--profile NAME]\n"
              "                              [--outcome OUTCOME] [--since DATE] [--until DATE]\n"
              "       torii-sync-cli history run-again ID [--json]\n"
              "\n"
              "Lists past runs, newest first: when, outcome, job, source file, app account, profile, counts\n"
              "and Torii's file id. --json prints every field, including per-stage results and timings; --csv\n"
              "FILE exports the listed runs as CSV ('-' for stdout). The filters combine: --job, --profile,\n"
              "--outcome (succeeded, failed, blocked, cancelled, unknown, interrupted, running, dry-run) and\n"
              "--since/--until (YYYY-MM-DD, local days, both included).\n"
              "run-again ID runs the job that made run ID once more (its source as it is now).\n");
}

namespace
{
    // A local day (YYYY-MM-DD) or an ISO date-time; until a day means up to the end of that day.
    QDateTime readDate(const QString& text, bool endOfDay)
    {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            return (endOfDay ? day.addDays(1) : day).startOfDay().toUTC();
        return QDateTime::fromString(text, Qt::ISODate).toUTC();
    }

    QString scrubbedForTerminal(QString text)
    {
        for (QChar& c : text) {
            if (c.category() == QChar::Other_Control)
                c = u'?';
        }
        return text;
    }
} // namespace

int HistoryCommand::run(const QStringList& arguments, Console& console)
{
    if (arguments.value(0) == u"run-again")
        return runAgain(arguments.mid(1), console);
    bool json = false;
    QString csvPath;
    HistoryFilter filter;
    filter.limit = 50;
    ArgumentReader args(arguments);
    while (args.next()) {
        const QString arg = args.current();
        if (arg == u"--json") {
            json = true;
            continue;
        }
        if (arg == u"--limit") {
            qint64 limit = 0;
            if (!args.takeNumber(1, std::numeric_limits<int>::max(), &limit))
                return console.fail(ExitCode::UsageError, tr("--limit needs a number (1 or more)"));
            filter.limit = int(limit);
            continue;
        }
        static const QStringList valued = {QStringLiteral("--job"),     QStringLiteral("--profile"),
                                           QStringLiteral("--outcome"), QStringLiteral("--since"),
                                           QStringLiteral("--until"),   QStringLiteral("--csv")};
        if (!valued.contains(arg))
            return console.fail(ExitCode::UsageError, tr("unknown option '%1' (see history --help)").arg(arg));
        QString value;
        if (!args.takeValue(&value) || value.isEmpty())
            return console.fail(ExitCode::UsageError, tr("%1 needs a value").arg(arg));
        if (arg == u"--job") {
            filter.job = value;
        } else if (arg == u"--profile") {
            filter.profile = value;
        } else if (arg == u"--outcome") {
            filter.outcome = value;
        } else if (arg == u"--csv") {
            csvPath = value;
        } else {
            QDateTime& bound = arg == u"--since" ? filter.from : filter.until;
            bound = readDate(value, arg == u"--until");
            if (!bound.isValid())
                return console.fail(ExitCode::UsageError, tr("%1 needs a date (YYYY-MM-DD)").arg(arg));
        }
    }
    if (json && !csvPath.isEmpty())
        return console.fail(ExitCode::UsageError, tr("give --json or --csv, not both"));
    HistoryStore store;
    if (!store.open())
        return console.fail(ExitCode::UsageError, store.errorString());
    const QList<HistoryRecord> runs = store.runs(filter);
    if (!csvPath.isEmpty())
        return exportCsv(runs, csvPath, console);
    if (json) {
        QJsonArray array;
        for (const HistoryRecord& run : runs)
            array.append(run.toJson());
        console.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    if (runs.isEmpty()) {
        console.out() << tr("No runs yet.") << '\n';
        return ExitCode::Success;
    }
    for (const HistoryRecord& run : runs) {
        console.out() << scrubbedForTerminal(
                             tr("#%1  %2  %3  %4%5 -> app account %6  %7  users %8, rejected %9")
                                 .arg(run.id)
                                 .arg(run.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                      RunStates::key(run.outcome).leftJustified(9),
                                      run.job.isEmpty() ? QString() : tr("[job %1] ").arg(run.job), run.sourceFile)
                                 .arg(run.appAccountId)
                                 .arg(run.profile.isEmpty() ? QString() : QStringLiteral("(%1)").arg(run.profile))
                                 .arg(run.users)
                                 .arg(run.rejected) +
                             (run.fileId >= 0 ? tr(", Torii file %1").arg(run.fileId) : QString()))
                      << '\n';
        if (!run.error.isEmpty())
            console.out() << QStringLiteral("      ") << scrubbedForTerminal(run.error) << '\n';
    }
    return ExitCode::Success;
}

int HistoryCommand::exportCsv(const QList<HistoryRecord>& runs, const QString& path, Console& console)
{
    const QByteArray csv = HistoryCsv::toCsv(runs);
    if (path == u"-") {
        console.out() << QString::fromUtf8(csv);
        return ExitCode::Success;
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(HistoryStore::defaultPath()).absoluteFilePath())
        return console.fail(ExitCode::UsageError, tr("--csv cannot overwrite the history itself"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return console.fail(ExitCode::UsageError,
                            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    console.err() << tr("%n run(s) exported to %1.", nullptr, int(runs.size())).arg(QDir::toNativeSeparators(path))
                  << '\n';
    return ExitCode::Success;
}

int HistoryCommand::runAgain(const QStringList& arguments, Console& console)
{
    bool ok = false;
    const qint64 id = arguments.value(0).toLongLong(&ok);
    if (!ok || id <= 0 || arguments.size() > 2 || (arguments.size() == 2 && arguments.at(1) != u"--json"))
        return console.fail(ExitCode::UsageError, tr("history run-again needs a run ID (see 'history')"));
    HistoryStore store;
    if (!store.open())
        return console.fail(ExitCode::UsageError, store.errorString());
    const std::optional<HistoryRecord> run = store.run(id);
    if (!run)
        return console.fail(ExitCode::UsageError, tr("no run #%1 in the history").arg(id));
    // Only a job knows where its source lives; the history keeps file names, not folders.
    if (run->job.isEmpty())
        return console.fail(ExitCode::UsageError,
                            tr("run #%1 was a one-off sync of %2, not a job: run 'torii-sync-cli sync' with the file "
                               "again, or save it as a job")
                                .arg(id)
                                .arg(run->sourceFile));
    console.err() << tr("Running job \"%1\" again (run #%2).").arg(run->job).arg(id) << '\n';
    JobCommand job;
    return job.run(QStringList {QStringLiteral("run"), run->job} + arguments.mid(1), console);
}

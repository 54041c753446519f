#include "cli/historycommand.h"

#include "cli/console.h"
#include "history/historystore.h"
#include "run/exitcode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace
{
    QString tr(const char* text)
    {
        return QCoreApplication::translate("HistoryCommand", text);
    }
} // namespace

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
    return tr("Usage: torii-sync-cli history [--json] [--limit N]\n"
              "\n"
              "Lists past runs, newest first: when, profile, app account, source file, outcome, counts\n"
              "and Torii's file id. --json prints every field, including per-stage results and timings.\n");
}

int HistoryCommand::run(const QStringList& arguments, Console& console)
{
    bool json = false;
    int limit = 50;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--json") {
            json = true;
        } else if (arg == u"--limit") {
            bool ok = false;
            limit = i + 1 < arguments.size() ? arguments.at(++i).toInt(&ok) : 0;
            if (!ok || limit < 1)
                return console.fail(ExitCode::UsageError, tr("--limit needs a number (1 or more)"));
        } else {
            return console.fail(ExitCode::UsageError, tr("unknown option '%1' (see history --help)").arg(arg));
        }
    }
    HistoryStore store;
    if (!store.open())
        return console.fail(ExitCode::UsageError, store.errorString());
    const QList<HistoryRecord> runs = store.runs(limit);
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
        console.out() << tr("#%1  %2  %3  %4 -> app account %5  %6  users %7, rejected %8%9")
                             .arg(run.id)
                             .arg(run.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                  RunStates::key(run.outcome).leftJustified(9), run.sourceFile)
                             .arg(run.appAccountId)
                             .arg(run.profile.isEmpty() ? QString() : QStringLiteral("(%1)").arg(run.profile))
                             .arg(run.users)
                             .arg(run.rejected)
                             .arg(run.fileId >= 0 ? tr(", Torii file %1").arg(run.fileId) : QString())
                      << '\n';
        if (!run.error.isEmpty())
            console.out() << QStringLiteral("      ") << run.error << '\n';
    }
    return ExitCode::Success;
}

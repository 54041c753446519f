#include "cli/synccommand.h"

#include "cli/argumentreader.h"
#include "cli/console.h"
#include "cli/interruptguard.h"
#include "cli/progressline.h"
#include "profiles/profilestore.h"
#include "run/exitcode.h"
#include "run/syncrun.h"
#include "secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace
{
    SecretStore::Result readKey(ProfileStore& profiles, const QString& profile)
    {
        SecretStore::Result result;
        QEventLoop loop;
        QObject::connect(&profiles, &ProfileStore::keyFinished, &loop,
                         [&](const QString&, const SecretStore::Result& r) {
                             result = r;
                             loop.quit();
                         });
        profiles.readKey(profile);
        loop.exec();
        return result;
    }

    void printIssues(Console& console, const ConvertResult& result)
    {
        const qsizetype shown = std::min<qsizetype>(result.issues.size(), 20);
        for (qsizetype i = 0; i < shown; ++i) {
            const ValidationIssue& issue = result.issues.at(i);
            console.err() << (issue.row > 0 ? SyncCommand::tr("line %1").arg(issue.row) : SyncCommand::tr("file"))
                          << ": " << ValidationIssue::severityName(issue.severity) << ": "
                          << (issue.column.isEmpty() ? QString() : issue.column + QStringLiteral(": ")) << issue.message
                          << '\n';
        }
        if (result.issues.size() + result.issuesOmitted > shown)
            console.err() << SyncCommand::tr("... and %1 more issue(s); 'convert --json' lists them all")
                                 .arg(result.issues.size() + result.issuesOmitted - shown)
                          << '\n';
    }

    // Stage lines on stderr ("[3/5] Upload ..."), a live percentage on a terminal, retries, and with
    // --verbose the pipeline's (redacted) log.
    void watch(SyncRun& run, ProgressLine& progress, Console& console, bool verbose)
    {
        QObject::connect(&run, &SyncRun::loadProgress, &run, [&progress](qint64 done, qint64 total) {
            progress.show(SyncCommand::tr("reading"), done, total);
        });
        QObject::connect(&run, &SyncRun::notice, &run, [&](const QString& text) {
            progress.end();
            console.err() << text << '\n';
        });
        QObject::connect(&run, &SyncRun::stageStarted, &run, [&](SyncStage stage) {
            progress.end();
            console.err() << QStringLiteral("[%1/5] %2 ...").arg(int(stage)).arg(SyncStages::displayName(stage))
                          << Qt::endl;
        });
        QObject::connect(&run, &SyncRun::stageProgress, &run, [&progress](SyncStage stage, qint64 d, qint64 t) {
            progress.show(SyncStages::displayName(stage), d, t);
        });
        QObject::connect(&run, &SyncRun::stageFinished, &run, [&](SyncStage stage) {
            progress.end();
            console.err() << QStringLiteral("[%1/5] %2: %3 (%4 ms)")
                                 .arg(int(stage))
                                 .arg(SyncStages::displayName(stage), SyncCommand::tr("done"))
                                 .arg(run.pipeline().record(stage).elapsedMs)
                          << Qt::endl;
        });
        QObject::connect(&run, &SyncRun::retrying, &run,
                         [&](SyncStage stage, int attempt, qint64 delayMs, const QString& reason) {
                             progress.end();
                             console.err() << SyncCommand::tr("      %1: attempt %2 failed (%3); retrying in %4 s")
                                                  .arg(SyncStages::displayName(stage))
                                                  .arg(attempt)
                                                  .arg(reason)
                                                  .arg(double(delayMs) / 1000.0, 0, 'f', 1)
                                           << Qt::endl;
                         });
        if (verbose) {
            QObject::connect(&run, &SyncRun::logLine, &run,
                             [&console](const QString& line) { console.err() << "      " << line << Qt::endl; });
        }
    }

    QJsonObject reportJson(const SyncRunResult& result)
    {
        QJsonObject json = result.record.toJson();
        json.insert(QStringLiteral("historyId"), result.record.id);
        json.insert(QStringLiteral("exitCode"), result.exitCode);
        json.insert(QStringLiteral("bytes"), result.conversion.payloadBytes);
        json.insert(QStringLiteral("syncOutcomeUnknown"), result.syncOutcomeUnknown);
        json.insert(QStringLiteral("priorRun"), result.priorRunId > 0 ? QJsonValue(result.priorRunId) : QJsonValue());
        QJsonArray stages;
        for (SyncStage stage : SyncStages::all()) {
            const HistoryRecord::Stage& s = result.record.stages.at(SyncStages::index(stage));
            stages.append(QJsonObject {{QStringLiteral("number"), int(stage)},
                                       {QStringLiteral("stage"), s.key},
                                       {QStringLiteral("name"), SyncStages::displayName(stage)},
                                       {QStringLiteral("result"), RunStates::key(s.result)},
                                       {QStringLiteral("elapsedMs"), s.elapsedMs},
                                       {QStringLiteral("attempts"), s.attempts}});
        }
        json.insert(QStringLiteral("stages"), stages);
        const ToriiError& error = result.toriiError;
        if (error.isError() && result.conversion.ok && result.outcome != RunOutcome::Cancelled) {
            json.insert(QStringLiteral("error"),
                        QJsonObject {{QStringLiteral("stage"), SyncStages::key(error.stage)},
                                     {QStringLiteral("httpStatus"), error.httpStatus},
                                     {QStringLiteral("message"), error.userText},
                                     {QStringLiteral("toriiMessage"), error.toriiMessage}});
        } else {
            json.insert(QStringLiteral("error"), result.error.isEmpty() ? QJsonValue() : QJsonValue(result.error));
        }
        return json;
    }

    QString successLine(const SyncRunResult& r, qint64 appAccountId)
    {
        const ConvertResult& c = r.conversion;
        if (r.outcome == RunOutcome::DryRun)
            return SyncCommand::tr("Dry run: %1 user(s), %2 licence(s) formatted (%3 bytes, sha256 %4); nothing "
                                   "was sent.")
                .arg(c.users)
                .arg(c.licenses)
                .arg(c.payloadBytes)
                .arg(QString::fromLatin1(c.sha256Hex));
        return SyncCommand::tr("Synced %1 user(s) and %2 licence(s) to app account %3: Torii file id %4.")
            .arg(c.users)
            .arg(c.licenses)
            .arg(appAccountId)
            .arg(r.fileId);
    }
} // namespace

QString SyncCommand::name() const
{
    return QStringLiteral("sync");
}

QString SyncCommand::summary() const
{
    return tr("run the five Torii stages for a file");
}

QString SyncCommand::usage() const
{
    return tr("Usage: torii-sync-cli sync FILE (--preset FILE|NAME | --auto) [--profile NAME] [--app-account ID]\n"
              "                           [--api-url URL] [--policy block|skip] [--keep-payload PATH] [--dry-run]\n"
              "                           [--json] [--verbose] [--force]\n"
              "                           [--sheet NAME] [--encoding NAME] [--delimiter CHAR] [--header-row N]\n"
              "\n"
              "Reads FILE, maps and validates it, writes Torii's JSON and runs the five stages: Format data, Create\n"
              "file, Upload, Get file ID, Sync (formatting runs first, so the 5-minute upload URL cannot expire while\n"
              "the payload is written). Progress goes to stderr; the run is recorded in 'history'.\n"
              "  --preset FILE|NAME  use a preset;  --auto  match columns by their names\n"
              "  --profile NAME      the profile (API URL, app account id, key); default: the current one\n"
              "  --app-account ID    the custom integration's app account id (overrides the profile)\n"
              "  --api-url URL       Torii's API URL (overrides the profile; https://, or http:// on this computer)\n"
              "  --policy block|skip rows with errors block the sync (default) or are left out\n"
              "  --keep-payload PATH also keep the payload that was sent at PATH\n"
              "  --dry-run           stop after formatting: nothing is sent, no key needed\n"
              "  --json              print stages (result, timings), Torii's file id and the outcome as JSON\n"
              "  --verbose           also print the pipeline's log (secrets redacted)\n"
              "  --sheet, --encoding, --delimiter, --header-row  override how FILE is read (as for inspect)\n"
              "  --force             send the sync even though an earlier run of the same payload may already\n"
              "                      have sent it (see below)\n"
              "Never twice: the history row is written before anything is sent and kept current stage by stage.\n"
              "A run of the same payload to the same app account after an interrupted one continues it: it reuses\n"
              "the registered file, sends nothing if Torii already accepted it, and stops (exit 3) when the earlier\n"
              "sync request left without an answer, unless --force. Two runs never sync one app account at once.\n"
              "The key comes from TORII_API_KEY, else the profile's keychain entry ('key set').\n"
              "Exit codes: 0 synced (or dry run ok), 1 blocked by validation, 2 usage error or unreadable input,\n"
              "3 Torii or network failure after retries, 4 authentication or keychain failure, 130 cancelled.\n");
}

QString SyncCommand::parse(const QStringList& arguments, Options* o)
{
    SyncRequest& r = o->request;
    QString policy;
    ArgumentReader args(arguments);
    while (args.next()) {
        const QString arg = args.current();
        QString text, problem;
        if (arg == u"--json") {
            o->json = true;
        } else if (arg == u"--dry-run") {
            r.dryRun = true;
        } else if (arg == u"--verbose") {
            o->verbose = true;
        } else if (arg == u"--auto") {
            o->autoMatch = true;
        } else if (arg == u"--force") {
            r.force = true;
        } else if (arg == u"--preset" || arg == u"--profile" || arg == u"--api-url" || arg == u"--policy" ||
                   arg == u"--keep-payload") {
            QString* target = arg == u"--preset" ? &r.source.preset
                : arg == u"--profile"            ? &r.profile
                : arg == u"--api-url"            ? &o->apiUrl
                : arg == u"--policy"             ? &policy
                                                 : &r.keepPayloadPath;
            if (!args.takeValue(target))
                return tr("%1 needs a value").arg(arg);
        } else if (arg == u"--app-account") {
            bool ok = false;
            o->appAccountId = args.takeValue(&text) ? text.toLongLong(&ok) : 0;
            if (!ok || o->appAccountId <= 0)
                return tr("--app-account needs the app account id (a positive number)");
        } else if (args.takeReadingOption(&problem)) {
            if (!problem.isEmpty())
                return problem;
        } else if (args.isOption()) {
            return tr("unknown option '%1' (see sync --help)").arg(arg);
        } else if (r.source.path.isEmpty()) {
            r.source.path = arg;
        } else {
            return tr("sync takes one FILE (got '%1' too)").arg(arg);
        }
    }
    r.source.reading = args.readingOverrides();
    if (r.source.path.isEmpty())
        return tr("sync needs a FILE (see sync --help)");
    if (o->autoMatch == !r.source.preset.isEmpty())
        return tr("sync needs exactly one of --preset or --auto");
    if (!policy.isEmpty()) {
        InvalidRowPolicy p;
        if (!InvalidRowPolicies::fromName(policy, &p))
            return tr("--policy needs block or skip");
        r.source.policy = p;
    }
    return {};
}

int SyncCommand::resolveTarget(Options& o, Console& console)
{
    KeychainSecretStore secrets;
    ProfileStore profiles(&secrets);
    SyncRequest& request = o.request;
    const bool named = !request.profile.isEmpty();
    if (!named)
        request.profile = profiles.currentProfileName();
    if (named && !profiles.profile(request.profile) && o.apiUrl.isEmpty() && o.appAccountId < 0 && !request.dryRun)
        return console.fail(ExitCode::UsageError, tr("no profile named \"%1\"").arg(request.profile));
    const Profile profile = profiles.profileOrDefault(request.profile);
    request.apiUrl = o.apiUrl.isEmpty() ? profile.apiUrl : QUrl(o.apiUrl);
    request.appAccountId = o.appAccountId > 0 ? o.appAccountId : profile.appAccountId;
    if (request.dryRun)
        return ExitCode::Success;
    if (const QString problem = SyncRun::checkTarget(request); !problem.isEmpty())
        return console.fail(ExitCode::UsageError, problem);
    const SecretStore::Result key = readKey(profiles, request.profile);
    if (key.status == SecretStore::Status::NotFound)
        return console.fail(ExitCode::AuthFailure,
                            tr("no API key for profile \"%1\": run 'torii-sync-cli key set' or set TORII_API_KEY")
                                .arg(request.profile));
    if (!key.ok())
        return console.fail(ExitCode::AuthFailure, key.message);
    request.apiKey = key.secret;
    return ExitCode::Success;
}

int SyncCommand::run(const QStringList& arguments, Console& console)
{
    Options o;
    if (const QString problem = parse(arguments, &o); !problem.isEmpty())
        return console.fail(ExitCode::UsageError, problem);
    if (const int code = resolveTarget(o, console); code != ExitCode::Success)
        return code;

    // Ctrl+C or SIGTERM cancels the run cleanly (the history row says so) instead of killing it mid-write.
    const InterruptGuard interruptGuard;
    SyncRun run;
    ProgressLine progress(console);
    watch(run, progress, console, o.verbose);
    QEventLoop loop;
    QObject::connect(&run, &SyncRun::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &run, [&run] {
        if (InterruptGuard::raised())
            run.cancel();
    });
    poll.start(100);
    run.start(o.request);
    loop.exec();
    progress.end();

    const SyncRunResult& result = run.result();
    if (result.notStarted)
        return console.fail(result.exitCode, result.error);
    if (result.conversion.blocked || !result.conversion.issues.isEmpty())
        printIssues(console, result.conversion);
    if (!result.historyError.isEmpty())
        console.err() << tr("warning: the run could not be recorded in the history: %1").arg(result.historyError)
                      << '\n';
    if (o.json)
        console.out() << QJsonDocument(reportJson(result)).toJson(QJsonDocument::Indented);
    else if (result.exitCode == ExitCode::Success)
        console.out() << successLine(result, o.request.appAccountId) << '\n';
    console.out().flush();
    return result.exitCode == ExitCode::Success ? result.exitCode : console.fail(result.exitCode, result.error);
}

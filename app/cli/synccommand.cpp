#include "cli/synccommand.h"

#include "cli/argumentreader.h"
#include "cli/console.h"
#include "cli/interruptguard.h"
#include "cli/invalidrowsoptions.h"
#include "cli/noticelist.h"
#include "cli/outputguard.h"
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
                          << (issue.column.isEmpty() ? QString() : Console::data(issue.column) + QStringLiteral(": "))
                          << Console::data(issue.message) << '\n';
        }
        if (result.issues.size() + result.issuesOmitted > shown)
            console.err() << SyncCommand::tr("... and %n more issue(s); 'convert --json' lists them all", nullptr,
                                             int(result.issues.size() + result.issuesOmitted - shown))
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
            console.err() << Console::data(text) << '\n';
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
        json.insert(QStringLiteral("skipped"), InvalidRowsOptions::skippedJson(result.conversion));
        json.insert(QStringLiteral("syncOutcomeUnknown"), result.syncOutcomeUnknown);
        json.insert(QStringLiteral("notices"), NoticeList::toJson(result.notices));
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
        json.insert(QStringLiteral("diff"), result.diff ? QJsonValue(result.diff->toJson()) : QJsonValue());
        if (!result.diffNote.isEmpty())
            json.insert(QStringLiteral("diffNote"), result.diffNote);
        json.insert(QStringLiteral("verified"),
                    result.verified == SyncSafety::Verified::Yes      ? QJsonValue(true)
                        : result.verified == SyncSafety::Verified::No ? QJsonValue(false)
                                                                      : QJsonValue());
        if (result.blockedByRemovals)
            json.insert(QStringLiteral("blockedBy"), QStringLiteral("removals"));
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

    // The change as text: the counts, then up to 20 e-mails of each list (--json and the window have them all).
    void printDiff(Console& console, const UserDiff& diff)
    {
        console.out() << SyncCommand::tr("Compared with %1.").arg(UserDiff::sourceText(diff.source)) << '\n'
                      << diff.summary() << '\n';
        const auto list = [&console](const QString& title, const QList<QByteArray>& emails) {
            if (emails.isEmpty())
                return;
            console.out() << title << '\n';
            for (qsizetype i = 0; i < emails.size() && i < UserDiff::sampleSize; ++i)
                console.out() << "  " << QString::fromUtf8(emails.at(i)) << '\n';
            if (emails.size() > UserDiff::sampleSize)
                console.out() << "  "
                              << SyncCommand::tr("... and %n more", nullptr, int(emails.size() - UserDiff::sampleSize))
                              << '\n';
        };
        list(SyncCommand::tr("Removed (%1):").arg(diff.removed.size()), diff.removed);
        list(SyncCommand::tr("Deactivated (%1):").arg(diff.deactivated.size()), diff.deactivated);
        list(SyncCommand::tr("Reactivated (%1):").arg(diff.reactivated.size()), diff.reactivated);
        list(SyncCommand::tr("Added (%1):").arg(diff.added.size()), diff.added);
        for (auto it = diff.licensesAdded.cbegin(); it != diff.licensesAdded.cend(); ++it)
            console.out() << SyncCommand::tr("Licence %1: +%2").arg(QString::fromUtf8(it.key())).arg(it.value())
                          << '\n';
        for (auto it = diff.licensesRemoved.cbegin(); it != diff.licensesRemoved.cend(); ++it)
            console.out() << SyncCommand::tr("Licence %1: −%2").arg(QString::fromUtf8(it.key())).arg(it.value())
                          << '\n';
    }

    QString successLine(const SyncRunResult& r, qint64 appAccountId)
    {
        const ConvertResult& c = r.conversion;
        if (r.outcome == RunOutcome::DryRun)
            return SyncCommand::tr("Dry run: formatted (users: %1, licences: %2, %3 bytes, sha256 %4); nothing "
                                   "was sent.")
                .arg(c.users)
                .arg(c.licenses)
                .arg(c.payloadBytes)
                .arg(QString::fromLatin1(c.sha256Hex));
        return SyncCommand::tr("Synced to app account %3 (users: %1, licences: %2): Torii file id %4.")
            .arg(c.users)
            .arg(c.licenses)
            .arg(appAccountId)
            .arg(r.fileId);
    }
} // namespace

SyncCommand::SyncCommand(bool diffOnly)
    : m_diffOnly(diffOnly)
{ }

QString SyncCommand::name() const
{
    return m_diffOnly ? QStringLiteral("diff") : QStringLiteral("sync");
}

QString SyncCommand::summary() const
{
    return m_diffOnly ? tr("show what a sync of a file would change in the app account")
                      : tr("run the five Torii stages for a file");
}

QString SyncCommand::diffUsage() const
{
    return tr("Usage: torii-sync-cli diff FILE (--preset FILE|NAME | --auto) [--profile NAME] [--app ID]\n"
              "                           [--app-account ID] [--api-url URL] [--policy limit|block|skip]\n"
              "                           [--max-invalid PERCENT] [--removal-guard PERCENT[,MINIMUM]] [--json]\n"
              "                           [--sheet NAME] [--encoding NAME] [--delimiter CHAR] [--header-row N]\n"
              "\n"
              "Reads, maps and formats FILE as sync does, then compares its users with the app account's current\n"
              "users, matched by e-mail: added, removed (listed now, absent from the file), deactivated, reactivated,\n"
              "unchanged, and licence changes. Nothing is sent to Torii but GET /apps/{idApp}/users.\n"
              "  --app ID            the Torii app (see 'apps'); without it (or when Torii cannot be asked) the\n"
              "                      file is compared with the last accepted sync of the same app account\n"
              "  --app-account ID    the custom integration's app account id (overrides the profile)\n"
              "  --json              print {\"diff\": {\"source\", \"current\", \"added\", \"removed\", ...}}\n"
              "Exit codes: 0 compared, 1 the data is blocked by validation or the removal guard would stop a sync,\n"
              "2 usage error or unreadable input, 3 Torii or network failure, 4 authentication failure.\n");
}

QString SyncCommand::guardUsage()
{
    return tr("  --removal-guard PERCENT[,MINIMUM]  the removal guard's thresholds for this run, over the preset's\n"
              "                      \"removalGuard\" and the profile's (default 10,10: more than 10% and at least\n"
              "                      10 users)\n");
}

QString SyncCommand::usage() const
{
    if (m_diffOnly)
        return diffUsage() + guardUsage();
    return tr("Usage: torii-sync-cli sync FILE (--preset FILE|NAME | --auto) [--profile NAME] [--app-account ID]\n"
              "                           [--api-url URL] [--policy limit|block|skip] [--max-invalid PERCENT]\n"
              "                           [--keep-payload PATH] [--dry-run]\n"
              "                           [--json] [--verbose] [--force] [--app ID] [--allow-removals N|all]\n"
              "                           [--verify-timeout SECONDS] [--stage-timeout SECONDS]\n"
              "                           [--removal-guard PERCENT[,MINIMUM]]\n"
              "                           [--sheet NAME] [--encoding NAME] [--delimiter CHAR] [--header-row N]\n"
              "\n"
              "Reads FILE, maps and validates it, writes Torii's JSON and runs the five stages: Format data, Create\n"
              "file, Upload, Get file ID, Sync (formatting runs first, so the 5-minute upload URL cannot expire while\n"
              "the payload is written). Progress goes to stderr; the run is recorded in 'history'.\n"
              "  --preset FILE|NAME  use a preset;  --auto  match columns by their names\n"
              "  --profile NAME      the profile (API URL, app account id, key); default: the current one\n"
              "  --app-account ID    the custom integration's app account id (overrides the profile)\n"
              "  --api-url URL       Torii's API URL (overrides the profile; https://, or http:// on this computer)\n"
              "  --policy limit|block|skip, --max-invalid PERCENT  rows with errors: left out while they are at most\n"
              "                      PERCENT (default 10) of the data rows (limit, the default), block the sync\n"
              "                      (block), or left out whatever their number (skip)\n"
              "  --keep-payload PATH also keep the payload that was sent at PATH (not FILE or the preset)\n"
              "  --dry-run           stop after formatting: nothing is sent, no key needed\n"
              "  --json              print stages (result, timings), Torii's file id and the outcome as JSON\n"
              "  --verbose           also print the pipeline's log (secrets redacted)\n"
              "  --sheet, --encoding, --delimiter, --header-row  override how FILE is read (as for inspect)\n"
              "  --force             send the sync even though an earlier run of the same payload may already\n"
              "                      have sent it (see below)\n"
              "  --app ID            the Torii app (see 'apps'; overrides the profile): the file is compared with\n"
              "                      the app account's users before the sync, and checked against them after it\n"
              "  --allow-removals N|all  go on although the sync removes or deactivates up to N users (or any\n"
              "                      number) more than the removal guard allows\n"
              "  --verify-timeout S  how long to wait for Torii to show the synced users (default 300; 0: no check)\n"
              "  --stage-timeout S   the most one stage may spend waiting for Torii, retries included (default 120):\n"
              "                      a server that never answers ends the run with exit 3 after this\n"
              "Safe sync: before anything is sent the file is compared with the account's users (or, without --app,\n"
              "with the last accepted sync). When it would remove or deactivate more than 10% of them and at least\n"
              "10 users (the profile's thresholds), nothing is sent and the exit code is 1 (\"blockedBy\": "
              "\"removals\").\n"
              "Never twice: the history row is written before anything is sent and kept current stage by stage.\n"
              "A run of the same payload to the same app account after an interrupted one continues it: it reuses\n"
              "the registered file, sends nothing if Torii already accepted it, and stops (exit 3) when the earlier\n"
              "sync request left without an answer, unless --force. Two runs never sync one app account at once.\n"
              "The key comes from TORII_API_KEY, else the profile's keychain entry ('key set').\n"
              "A key with a control character (CR, LF, ...) is refused (exit 4).\n"
              "Exit codes: 0 synced (or dry run ok), 1 blocked by validation, 2 usage error or unreadable input,\n"
              "3 Torii or network failure after retries, 4 authentication or keychain failure, 130 cancelled.\n") +
        guardUsage();
}

QString SyncCommand::parse(const QStringList& arguments, Options* o) const
{
    SyncRequest& r = o->request;
    InvalidRowsOptions invalidRows;
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
        } else if (invalidRows.take(args, &problem)) {
            if (!problem.isEmpty())
                return problem;
        } else if (arg == u"--preset" || arg == u"--profile" || arg == u"--api-url" || arg == u"--keep-payload") {
            QString* target = arg == u"--preset" ? &r.source.preset
                : arg == u"--profile"            ? &r.profile
                : arg == u"--api-url"            ? &o->apiUrl
                                                 : &r.keepPayloadPath;
            // An empty value ("--api-url \"\"", an unset shell variable) is an error, not "use the profile's".
            if (!args.takeValue(target) || target->isEmpty())
                return tr("%1 needs a value").arg(arg);
        } else if (arg == u"--app") {
            bool ok = false;
            o->appId = args.takeValue(&text) ? text.toLongLong(&ok) : 0;
            if (!ok || o->appId <= 0)
                return tr("--app needs the app id (a positive number; see 'apps')");
        } else if (arg == u"--removal-guard") {
            if (!args.takeValue(&text) || !r.removalGuard.parseFlag(text))
                return tr("--removal-guard needs PERCENT (0 to 100) or PERCENT,MINIMUM (e.g. 20,50)");
        } else if (arg == u"--allow-removals" && !m_diffOnly) {
            if (!args.takeValue(&text) || !RemovalGuard::Allowance::parse(text, &r.allowRemovals))
                return tr("--allow-removals needs a number of users or 'all'");
        } else if (arg == u"--verify-timeout" && !m_diffOnly) {
            bool ok = false;
            const int seconds = args.takeValue(&text) ? text.toInt(&ok) : -1;
            if (!ok || seconds < 0 || seconds > 24 * 3600)
                return tr("--verify-timeout needs a number of seconds (0 for no check)");
            r.verifyLimit = std::chrono::seconds(seconds);
        } else if (arg == u"--stage-timeout" && !m_diffOnly) {
            qint64 seconds = 0;
            if (!args.takeNumber(1, 3600, &seconds))
                return tr("--stage-timeout needs a number of seconds from 1 to 3600");
            r.stageTimeout = std::chrono::seconds(seconds);
        } else if (arg == u"--app-account") {
            bool ok = false;
            o->appAccountId = args.takeValue(&text) ? text.toLongLong(&ok) : 0;
            if (!ok || o->appAccountId <= 0)
                return tr("--app-account needs the app account id (a positive number)");
        } else if (args.takeReadingOption(&problem)) {
            if (!problem.isEmpty())
                return problem;
        } else if (args.isOption()) {
            return tr("unknown option '%1' (see %2 --help)").arg(arg, name());
        } else if (r.source.path.isEmpty()) {
            r.source.path = arg;
        } else {
            return tr("%1 takes one FILE (got '%2' too)").arg(name(), arg);
        }
    }
    r.source.reading = args.readingOverrides();
    if (r.source.path.isEmpty())
        return tr("%1 needs a FILE (see %1 --help)").arg(name());
    if (o->autoMatch == !r.source.preset.isEmpty())
        return tr("%1 needs exactly one of --preset or --auto").arg(name());
    if (m_diffOnly)
        r.dryRun = true;
    if (QString problem; !invalidRows.apply(&r.source, &problem))
        return problem;
    return {};
}

int SyncCommand::resolveTarget(Options& o, Console& console) const
{
    KeychainSecretStore secrets;
    ProfileStore profiles(&secrets);
    SyncRequest& request = o.request;
    // A misspelt --profile never falls back to the default profile (whose URL is production), not even with
    // TORII_API_KEY set or --api-url given.
    QString unknownProfile;
    const std::optional<Profile> resolved = profiles.resolve(request.profile, &unknownProfile);
    if (!resolved)
        return console.fail(ExitCode::UsageError, unknownProfile);
    const Profile& profile = *resolved;
    request.profile = profile.name;
    request.apiUrl = o.apiUrl.isEmpty() ? profile.apiUrl : QUrl(o.apiUrl);
    request.appAccountId = o.appAccountId > 0 ? o.appAccountId : profile.appAccountId;
    request.appId = o.appId > 0 ? o.appId : profile.appId;
    request.removalGuard.profile = {profile.guardPercent, profile.guardMinimum};
    // A dry run needs no key, unless it is to ask Torii for the account's users (diff with an app id).
    const bool asksTorii = m_diffOnly && request.appId > 0;
    if (m_diffOnly && request.appAccountId <= 0)
        return console.fail(ExitCode::UsageError, SyncRun::checkTarget(request));
    if (request.dryRun && !asksTorii)
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
    SyncRunResult result;
    const int code = execute(o, console, &result);
    if (result.notStarted || result.outcome == RunOutcome::Running)
        return code; // stopped before the run (profile, key, target): execute() said why
    if (o.json)
        console.out() << QJsonDocument(reportJson(result)).toJson(QJsonDocument::Indented);
    else if (m_diffOnly && result.diff)
        printDiff(console, *result.diff);
    else if (result.exitCode == ExitCode::Success) {
        console.out() << successLine(result, o.request.appAccountId) << '\n';
        if (const QString skipped = InvalidRowsOptions::skippedText(result.conversion); !skipped.isEmpty())
            console.out() << skipped << '\n';
    }
    console.out().flush();
    return result.exitCode == ExitCode::Success ? result.exitCode : console.fail(result.exitCode, result.error);
}

int SyncCommand::execute(Options& o, Console& console, SyncRunResult* result) const
{
    if (const QString clash = OutputGuard::check(
            {{QStringLiteral("FILE"), o.request.source.path}, {QStringLiteral("--preset"), o.request.source.preset}},
            {{QStringLiteral("--keep-payload"), o.request.keepPayloadPath}});
        !clash.isEmpty())
        return console.fail(ExitCode::UsageError, clash);
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

    *result = run.result();
    if (result->notStarted)
        return console.fail(result->exitCode, result->error);
    if (result->conversion.blocked || !result->conversion.issues.isEmpty())
        printIssues(console, result->conversion);
    if (!result->historyError.isEmpty())
        console.err() << tr("warning: the run could not be recorded in the history: %1").arg(result->historyError)
                      << '\n';
    return result->exitCode;
}

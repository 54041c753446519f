#include "cli/synccommand.h"

#include "cli/argumentreader.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "cli/interruptguard.h"
#include "common/sha256.h"
#include "history/historystore.h"
#include "history/syncjournal.h"
#include "import/table.h"
#include "import/tablereader.h"
#include "mapping/automatcher.h"
#include "mapping/presetstore.h"
#include "payload/converter.h"
#include "profiles/profilestore.h"
#include "secrets/keychainsecretstore.h"
#include "torii/syncpipeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <future>
#include <unistd.h>

namespace
{
    // Empty when the file cannot be read or `stop` is set first.
    QByteArray sha256Of(const QString& path, const std::atomic_bool& stop)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? Sha256::hexDigestOf(&file, &stop) : QByteArray();
    }

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

    // A live percentage on a terminal only; logs and pipes get the stage lines alone.
    class ProgressLine
    {
    public:
        explicit ProgressLine(Console& console)
            : m_console(console)
            , m_tty(isatty(fileno(stderr)))
        { }
        void show(const QString& label, qint64 done, qint64 total)
        {
            if (!m_tty || total <= 0)
                return;
            const int percent = int(done * 100 / total);
            if (percent == m_last)
                return;
            m_last = percent;
            m_console.err() << '\r' << label << ' ' << percent << '%' << Qt::flush;
        }
        void end()
        {
            if (m_tty && m_last >= 0)
                m_console.err() << '\n';
            m_last = -1;
        }

    private:
        Console& m_console;
        bool m_tty;
        int m_last = -1;
    };

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
    ArgumentReader args(arguments);
    while (args.next()) {
        const QString arg = args.current();
        QString text, problem;
        if (arg == u"--json") {
            o->json = true;
        } else if (arg == u"--dry-run") {
            o->dryRun = true;
        } else if (arg == u"--verbose") {
            o->verbose = true;
        } else if (arg == u"--auto") {
            o->autoMatch = true;
        } else if (arg == u"--force") {
            o->force = true;
        } else if (arg == u"--preset" || arg == u"--profile" || arg == u"--api-url" || arg == u"--policy" ||
                   arg == u"--keep-payload") {
            QString* target = arg == u"--preset" ? &o->preset
                : arg == u"--profile"            ? &o->profile
                : arg == u"--api-url"            ? &o->apiUrl
                : arg == u"--policy"             ? &o->policy
                                                 : &o->keepPayload;
            // An empty value ("--api-url \"\"", an unset shell variable) is an error, not "use the profile's".
            if (!args.takeValue(target) || target->isEmpty())
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
        } else if (o->path.isEmpty()) {
            o->path = arg;
        } else {
            return tr("sync takes one FILE (got '%1' too)").arg(arg);
        }
    }
    o->reading = args.readingOverrides();
    if (o->path.isEmpty())
        return tr("sync needs a FILE (see sync --help)");
    if (o->autoMatch == !o->preset.isEmpty())
        return tr("sync needs exactly one of --preset or --auto");
    InvalidRowPolicy policy;
    if (!o->policy.isEmpty() && !InvalidRowPolicies::fromName(o->policy, &policy))
        return tr("--policy needs block or skip");
    return {};
}

int SyncCommand::run(const QStringList& arguments, Console& console)
{
    Options o;
    if (const QString problem = parse(arguments, &o); !problem.isEmpty())
        return console.fail(ExitCode::UsageError, problem);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const InterruptGuard interruptGuard;
    CancelFlag& interrupted = InterruptGuard::flag();

    // Where and as whom: checked before any work, so a bad key or URL fails in a second, not after a read.
    KeychainSecretStore secrets;
    ProfileStore profiles(&secrets);
    // A misspelt --profile never falls back to the default profile (whose URL is production), not even with
    // TORII_API_KEY set or --api-url given.
    QString unknownProfile;
    const std::optional<Profile> resolved = profiles.resolve(o.profile, &unknownProfile);
    if (!resolved)
        return console.fail(ExitCode::UsageError, unknownProfile);
    const Profile profile = *resolved;
    const QString profileName = profile.name;
    const QUrl apiUrl = o.apiUrl.isEmpty() ? profile.apiUrl : QUrl(o.apiUrl);
    const qint64 appAccountId = o.appAccountId > 0 ? o.appAccountId : profile.appAccountId;
    QString apiKey;
    if (!o.dryRun) {
        if (const ToriiError error = ToriiClient::checkUrl(apiUrl, SyncStage::None); error.isError())
            return console.fail(ExitCode::UsageError, error.userText);
        if (appAccountId <= 0)
            return console.fail(ExitCode::UsageError,
                                tr("no app account id: pass --app-account ID or save it in profile \"%1\" (Torii "
                                   "shows it on the custom integration's tile)")
                                    .arg(profileName));
        const SecretStore::Result key = readKey(profiles, profileName);
        if (key.status == SecretStore::Status::NotFound)
            return console.fail(ExitCode::AuthFailure,
                                tr("no API key for profile \"%1\": run 'torii-sync-cli key set' or set TORII_API_KEY")
                                    .arg(profileName));
        if (!key.ok())
            return console.fail(ExitCode::AuthFailure, key.message);
        apiKey = key.secret;
    }

    // Read and map.
    std::optional<Preset> preset;
    ImportOptions importOptions;
    if (!o.preset.isEmpty()) {
        QString error;
        preset = PresetStore().resolve(o.preset, &error);
        if (!preset)
            return console.fail(ExitCode::UsageError, error);
        if (!preset->toImportOptions(&importOptions, &error))
            return console.fail(ExitCode::UsageError, tr("preset \"%1\": %2").arg(preset->name, error));
    }
    ArgumentReader::overlay(o.reading, &importOptions);
    ProgressLine progress(console);
    // The source file's hash only labels the history entry: it is computed on a thread of its own while the
    // file is read, instead of adding a second pass over it to the run. Any early return (a bad file, Ctrl+C)
    // stops it at its next MiB rather than waiting in the future's destructor for a whole pass over the file.
    std::atomic_bool stopHashing = false;
    std::future<QByteArray> sourceHash = std::async(std::launch::async, sha256Of, o.path, std::cref(stopHashing));
    const auto stopHashingOnReturn = qScopeGuard([&stopHashing] { stopHashing = true; });
    const ImportResult read = TableReader::read(
        o.path, importOptions, [&](qint64 done, qint64 total) { progress.show(tr("reading"), done, total); },
        &interrupted);
    progress.end();
    if (!read.ok())
        return console.fail(read.error.cancelled ? ExitCode::Cancelled : ExitCode::UsageError, read.error.toString());
    Mapping mapping;
    InvalidRowPolicy policy = InvalidRowPolicy::Block;
    if (preset) {
        mapping = preset->mapping;
        policy = preset->policy;
    } else {
        const AutoMatchResult matched = AutoMatcher::match(read.table->columnNames());
        mapping = matched.mapping;
        for (const QString& conflict : matched.conflicts)
            console.err() << tr("auto-match: %1").arg(conflict) << '\n';
    }
    if (!o.policy.isEmpty())
        (void)InvalidRowPolicies::fromName(o.policy, &policy);

    QTemporaryDir workDir;
    ConvertOptions convertOptions;
    convertOptions.payloadPath =
        o.keepPayload.isEmpty() ? workDir.filePath(QStringLiteral("payload.json")) : o.keepPayload;
    convertOptions.policy = policy;
    auto converted = std::make_shared<ConvertResult>();
    const std::shared_ptr<const Table> table = read.table;
    // Stage 2 as the pipeline's formatter: runs in a worker thread, so it only touches its own copies.
    const PayloadFormatter formatter = [table, mapping, convertOptions, converted](const ProgressCallback& report,
                                                                                   const CancelFlag& cancel) {
        *converted = Converter::run(*table, mapping, convertOptions, report, &cancel);
        FormattedPayload payload;
        payload.path = converted->payloadPath;
        payload.bytes = converted->payloadBytes;
        payload.users = converted->users;
        payload.licenses = converted->licenses;
        payload.sha256Hex = converted->sha256Hex;
        payload.cancelled = converted->cancelled;
        if (converted->blocked)
            payload.error = tr("blocked: %1 row(s) have errors (fix them, or use --policy skip to leave them out)")
                                .arg(converted->rejected);
        else if (!converted->ok && !converted->cancelled)
            payload.error = converted->error.isEmpty() ? tr("no valid user to send") : converted->error;
        return payload;
    };

    QNetworkAccessManager nam;
    ToriiClient client(&nam);
    client.setBaseUrl(apiUrl);
    client.setApiKey(apiKey);
    SyncPipeline pipeline(&client);
    pipeline.setFormatter(formatter);
    pipeline.setAppAccountId(appAccountId);

    QObject::connect(&pipeline, &SyncPipeline::stageStarted, &pipeline, [&](SyncStage stage) {
        console.err() << QStringLiteral("[%1/5] %2 ...").arg(int(stage)).arg(SyncStages::displayName(stage))
                      << Qt::endl;
    });
    QObject::connect(&pipeline, &SyncPipeline::stageProgress, &pipeline,
                     [&](SyncStage stage, qint64 d, qint64 t) { progress.show(SyncStages::displayName(stage), d, t); });
    QObject::connect(&pipeline, &SyncPipeline::stageFinished, &pipeline, [&](SyncStage stage) {
        progress.end();
        console.err() << QStringLiteral("[%1/5] %2: %3 (%4 ms)")
                             .arg(int(stage))
                             .arg(SyncStages::displayName(stage), tr("done"))
                             .arg(pipeline.record(stage).elapsedMs)
                      << Qt::endl;
    });
    QObject::connect(&pipeline, &SyncPipeline::retrying, &pipeline,
                     [&](SyncStage stage, int attempt, qint64 delayMs, const QString& reason) {
                         progress.end();
                         console.err() << tr("      %1: attempt %2 failed (%3); retrying in %4 s")
                                              .arg(SyncStages::displayName(stage))
                                              .arg(attempt)
                                              .arg(reason)
                                              .arg(double(delayMs) / 1000.0, 0, 'f', 1)
                                       << Qt::endl;
                     });
    if (o.verbose) {
        QObject::connect(&pipeline, &SyncPipeline::logLine, &pipeline,
                         [&](const QString& line) { console.err() << "      " << line << Qt::endl; });
    }

    // History: one row per run, never the key or a signed URL. A real run's row is written before anything
    // is sent and kept current stage by stage (SyncJournal), so even a killed run leaves an honest trace and a
    // later run of the same payload continues it instead of syncing twice.
    HistoryRecord base;
    base.started = started;
    base.profile = profileName;
    base.apiUrl = apiUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    base.appAccountId = appAccountId;
    base.sourceFile = QFileInfo(o.path).fileName();
    base.sourceSha256Hex = sourceHash.get();
    base.preset = preset ? preset->name : QStringLiteral("auto");
    base.payloadPath = o.keepPayload.isEmpty() ? QString() : QFileInfo(o.keepPayload).absoluteFilePath();
    base.dryRun = o.dryRun;
    HistoryStore history;
    SyncJournal journal(&history, &pipeline);
    journal.setForce(o.force);

    SyncPipeline::Outcome outcome = SyncPipeline::Outcome::None;
    if (o.dryRun) {
        // Stage 2 alone, inline: nothing leaves the machine.
        console.err() << QStringLiteral("[2/5] %1 ...").arg(SyncStages::displayName(SyncStage::FormatData)) << Qt::endl;
        const FormattedPayload payload =
            formatter([&](qint64 d, qint64 t) { progress.show(SyncStages::displayName(SyncStage::FormatData), d, t); },
                      interrupted);
        progress.end();
        outcome = payload.cancelled   ? SyncPipeline::Outcome::Cancelled
            : payload.error.isEmpty() ? SyncPipeline::Outcome::Succeeded
                                      : SyncPipeline::Outcome::Failed;
    } else {
        if (!journal.begin(base))
            return console.fail(ExitCode::NetworkFailure, journal.errorString());
        QEventLoop loop;
        QObject::connect(&pipeline, &SyncPipeline::finished, &loop, [&](SyncPipeline::Outcome result) {
            outcome = result;
            loop.quit();
        });
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &poll, [&pipeline, &interrupted] {
            if (interrupted.load())
                pipeline.cancel();
        });
        poll.start(100);
        pipeline.start();
        loop.exec();
        progress.end();
    }

    // Exit code (DESIGN.md §4).
    const ToriiError error = pipeline.lastError();
    int exitCode = ExitCode::Success;
    QString outcomeName = o.dryRun ? QStringLiteral("dry-run") : QStringLiteral("succeeded");
    QString errorText;
    if (outcome == SyncPipeline::Outcome::Cancelled || converted->cancelled) {
        exitCode = ExitCode::Cancelled;
        outcomeName = QStringLiteral("cancelled");
        errorText = tr("cancelled");
    } else if (converted->blocked || (!converted->ok && converted->users == 0 && converted->error.isEmpty())) {
        exitCode = ExitCode::ValidationBlocked;
        outcomeName = QStringLiteral("blocked");
        errorText = converted->blocked ? tr("blocked: %1 row(s) have errors (fix them, or use --policy skip to leave "
                                            "them out)")
                                             .arg(converted->rejected)
                                       : tr("no valid user to send");
    } else if (!converted->ok) {
        exitCode = ExitCode::UsageError;
        outcomeName = QStringLiteral("failed");
        errorText = converted->error;
    } else if (outcome == SyncPipeline::Outcome::Failed) {
        exitCode = error.isAuthFailure()                  ? ExitCode::AuthFailure
            : error.kind == ToriiError::Kind::InsecureUrl ? ExitCode::UsageError
                                                          : ExitCode::NetworkFailure;
        outcomeName = QStringLiteral("failed");
        errorText = error.userText;
    }
    if (converted->blocked || !converted->issues.isEmpty())
        printIssues(console, *converted);

    HistoryRecord record;
    if (o.dryRun) {
        record = base;
        record.finished = QDateTime::currentDateTimeUtc();
        record.stages = SyncJournal::stagesOf(pipeline);
        record.stages[SyncStages::index(SyncStage::FormatData)].result =
            converted->ok ? QStringLiteral("done") : QStringLiteral("failed");
        record.outcome = outcomeName;
        record.error = errorText;
        record.payloadSha256Hex = converted->sha256Hex;
        record.users = converted->users;
        record.licenses = converted->licenses;
    }
    record.rejected = converted->rejected;
    record.warnings = converted->warnings;
    if (o.dryRun) {
        record.id = history.add(record);
    } else {
        journal.record().rejected = record.rejected;
        journal.record().warnings = record.warnings;
        journal.finish(outcomeName, errorText);
        record = journal.record();
    }
    const qint64 historyId = record.id;
    if (historyId == 0)
        console.err() << tr("warning: the run could not be recorded in the history: %1").arg(history.errorString())
                      << '\n';

    if (o.json) {
        QJsonObject json = record.toJson();
        json.insert(QStringLiteral("historyId"), historyId);
        json.insert(QStringLiteral("exitCode"), exitCode);
        json.insert(QStringLiteral("bytes"), converted->payloadBytes);
        json.insert(QStringLiteral("syncOutcomeUnknown"), pipeline.syncOutcomeUnknown());
        json.insert(QStringLiteral("priorRun"),
                    journal.priorRunId() > 0 ? QJsonValue(journal.priorRunId()) : QJsonValue());
        QJsonArray stages;
        for (SyncStage stage : SyncStages::all()) {
            const HistoryRecord::Stage& s = record.stages.at(SyncStages::index(stage));
            stages.append(QJsonObject {{QStringLiteral("number"), int(stage)},
                                       {QStringLiteral("stage"), s.key},
                                       {QStringLiteral("name"), SyncStages::displayName(stage)},
                                       {QStringLiteral("result"), s.result},
                                       {QStringLiteral("elapsedMs"), s.elapsedMs},
                                       {QStringLiteral("attempts"), s.attempts}});
        }
        json.insert(QStringLiteral("stages"), stages);
        if (outcome == SyncPipeline::Outcome::Failed && error.isError() && converted->ok) {
            json.insert(QStringLiteral("error"),
                        QJsonObject {{QStringLiteral("stage"), SyncStages::key(error.stage)},
                                     {QStringLiteral("httpStatus"), error.httpStatus},
                                     {QStringLiteral("message"), error.userText},
                                     {QStringLiteral("toriiMessage"), error.toriiMessage}});
        } else {
            json.insert(QStringLiteral("error"), errorText.isEmpty() ? QJsonValue() : QJsonValue(errorText));
        }
        console.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        console.out().flush();
    } else if (exitCode == ExitCode::Success) {
        console.out() << (o.dryRun ? tr("Dry run: %1 user(s), %2 licence(s) formatted (%3 bytes, sha256 %4); nothing "
                                        "was sent.")
                                         .arg(converted->users)
                                         .arg(converted->licenses)
                                         .arg(converted->payloadBytes)
                                         .arg(QString::fromLatin1(converted->sha256Hex))
                                   : tr("Synced %1 user(s) and %2 licence(s) to app account %3: Torii file id %4.")
                                         .arg(converted->users)
                                         .arg(converted->licenses)
                                         .arg(appAccountId)
                                         .arg(pipeline.fileId()))
                      << '\n';
        console.out().flush();
    }
    if (exitCode != ExitCode::Success)
        return console.fail(exitCode, errorText);
    return exitCode;
}

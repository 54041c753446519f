#include "cli/convertcommand.h"

#include "cli/argumentreader.h"
#include "cli/console.h"
#include "cli/interruptguard.h"
#include "cli/invalidrowsoptions.h"
#include "cli/noticelist.h"
#include "cli/outputguard.h"
#include "cli/progressline.h"
#include "import/table.h"
#include "payload/converter.h"
#include "run/exitcode.h"
#include "run/sourceloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{
    QJsonObject mappingJson(const Mapping& mapping)
    {
        // Torii field -> column, as `inspect` shows it.
        QJsonObject json;
        for (const FieldInfo& info : ToriiSchema::fields()) {
            const QString column = mapping.column(info.field);
            if (!column.isEmpty())
                json.insert(info.key, column);
        }
        return json;
    }
} // namespace

QString ConvertCommand::name() const
{
    return QStringLiteral("convert");
}

QString ConvertCommand::summary() const
{
    return tr("map and validate a file and write Torii's JSON payload");
}

QString ConvertCommand::usage() const
{
    return tr("Usage: torii-sync-cli convert FILE (--preset FILE|NAME | --auto) --out PAYLOAD.json\n"
              "                              [--rejects REJECTS.csv] [--policy limit|block|skip]\n"
              "                              [--max-invalid PERCENT] [--json]\n"
              "                              [--sheet NAME] [--encoding NAME] [--delimiter CHAR] [--header-row N]\n"
              "\n"
              "Reads FILE, maps its columns to Torii's fields, validates every row and writes the JSON Torii's\n"
              "custom integration accepts.\n"
              "  --preset FILE|NAME  use a preset (a .json file, or a name from 'presets list')\n"
              "  --auto              match columns by their names and cells (see 'inspect' for what it picks)\n"
              "  --out PAYLOAD.json  where to write the payload (written atomically, mode 0600)\n"
              "  --rejects FILE.csv  write rows with errors there: original columns plus a reason column\n"
              "  --policy limit|block|skip  rows with errors: limit (default, or the preset's) leaves them out\n"
              "                      while they are at most --max-invalid of the data rows and blocks above;\n"
              "                      block: any row with an error stops the conversion; skip: any number is left out\n"
              "  --max-invalid PERCENT  the share of data rows that may be invalid under limit (default 10)\n"
              "  --json              print users, licenses, rejected, issues, payload, sha256 as one JSON object\n"
              "  --sheet, --encoding, --delimiter, --header-row  override how FILE is read (as for inspect)\n"
              "Refuses an --out or --rejects that is FILE, the preset or the other output (links included).\n"
              "Exit codes: 0 payload written, 1 blocked by validation (or no valid user), 2 usage error,\n"
              "unreadable input or an output that cannot be written (e.g. the disk is full), 130 cancelled.\n");
}

int ConvertCommand::run(const QStringList& arguments, Console& console)
{
    QString path, presetName, out, rejectsPath;
    InvalidRowsOptions invalidRows;
    bool autoMatch = false;
    bool json = false;
    ArgumentReader args(arguments);
    while (args.next()) {
        const QString arg = args.current();
        QString problem;
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--auto")) {
            autoMatch = true;
        } else if (arg == QLatin1String("--preset")) {
            if (!args.takeValue(&presetName))
                return console.fail(ExitCode::UsageError, tr("--preset needs a preset file or name"));
        } else if (arg == QLatin1String("--out")) {
            if (!args.takeValue(&out))
                return console.fail(ExitCode::UsageError, tr("--out needs the payload file to write"));
        } else if (arg == QLatin1String("--rejects")) {
            if (!args.takeValue(&rejectsPath))
                return console.fail(ExitCode::UsageError, tr("--rejects needs a CSV file to write"));
        } else if (invalidRows.take(args, &problem)) {
            if (!problem.isEmpty())
                return console.fail(ExitCode::UsageError, problem);
        } else if (args.takeReadingOption(&problem)) {
            if (!problem.isEmpty())
                return console.fail(ExitCode::UsageError, problem);
        } else if (args.isOption()) {
            return console.fail(ExitCode::UsageError, tr("unknown option '%1' (see convert --help)").arg(arg));
        } else if (path.isEmpty()) {
            path = arg;
        } else {
            return console.fail(ExitCode::UsageError, tr("convert takes one FILE (got '%1' too)").arg(arg));
        }
    }
    if (path.isEmpty())
        return console.fail(ExitCode::UsageError, tr("convert needs a FILE (see convert --help)"));
    if (autoMatch == !presetName.isEmpty())
        return console.fail(ExitCode::UsageError, tr("convert needs exactly one of --preset or --auto"));
    if (out.isEmpty())
        return console.fail(ExitCode::UsageError, tr("convert needs --out PAYLOAD.json"));
    if (const QString clash =
            OutputGuard::check({{QStringLiteral("FILE"), path}, {QStringLiteral("--preset"), presetName}},
                               {{QStringLiteral("--out"), out}, {QStringLiteral("--rejects"), rejectsPath}});
        !clash.isEmpty())
        return console.fail(ExitCode::UsageError, clash);

    SourceRequest source {path, presetName, args.readingOverrides(), std::nullopt, std::nullopt};
    if (QString problem; !invalidRows.apply(&source, &problem))
        return console.fail(ExitCode::UsageError, problem);
    // Ctrl+C or a scheduler's SIGTERM stops reading or converting cleanly: no half-written payload is left.
    const InterruptGuard interruptGuard;
    const CancelFlag* cancel = &InterruptGuard::flag();
    ProgressLine progress(console);

    QElapsedTimer timer;
    timer.start();
    const LoadedSource loaded = SourceLoader::load(source, progress.callback(tr("reading")), cancel);
    progress.end();
    if (!loaded.ok())
        return console.fail(loaded.exitCode, loaded.error);
    InvalidRowsOptions::printMatchNotes(console, loaded);
    // Every reading notice (e.g. a line that is not valid UTF-8) is shown, not only by `inspect`.
    if (!json)
        NoticeList::print(console.err(), loaded.notices);

    ConvertOptions convertOptions;
    convertOptions.payloadPath = out;
    convertOptions.rejectsPath = rejectsPath;
    convertOptions.policy = loaded.policy;
    convertOptions.maxInvalidPercent = loaded.maxInvalidPercent;
    const ConvertResult result =
        Converter::run(*loaded.table, loaded.mapping, convertOptions, progress.callback(tr("converting")), cancel);
    progress.end();
    const qint64 totalMs = timer.elapsed();

    if (json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), result.ok);
        o.insert(QStringLiteral("blocked"), result.blocked);
        o.insert(QStringLiteral("rows"), result.rows);
        o.insert(QStringLiteral("users"), result.users);
        o.insert(QStringLiteral("licenses"), result.licenses);
        o.insert(QStringLiteral("licenseAssignments"), result.licenseAssignments);
        o.insert(QStringLiteral("rejected"), result.rejected);
        o.insert(QStringLiteral("errors"), result.errors);
        o.insert(QStringLiteral("warnings"), result.warnings);
        QJsonArray issues;
        for (const ValidationIssue& issue : result.issues)
            issues.append(issue.toJson());
        o.insert(QStringLiteral("issues"), issues);
        o.insert(QStringLiteral("issuesOmitted"), result.issuesOmitted);
        o.insert(QStringLiteral("notices"), NoticeList::toJson(loaded.notices));
        o.insert(QStringLiteral("unknownStatusWords"), QJsonArray::fromStringList(result.unknownStatusWords));
        o.insert(QStringLiteral("payload"), result.ok ? QJsonValue(result.payloadPath) : QJsonValue());
        o.insert(QStringLiteral("sha256"),
                 result.ok ? QJsonValue(QString::fromLatin1(result.sha256Hex)) : QJsonValue());
        o.insert(QStringLiteral("bytes"), result.payloadBytes);
        o.insert(QStringLiteral("rejects"),
                 result.rejectsPath.isEmpty() ? QJsonValue() : QJsonValue(result.rejectsPath));
        o.insert(QStringLiteral("preset"), loaded.presetName.isEmpty() ? QJsonValue() : QJsonValue(loaded.presetName));
        o.insert(QStringLiteral("policy"), InvalidRowPolicies::name(loaded.policy));
        o.insert(QStringLiteral("mapping"), mappingJson(loaded.mapping));
        o.insert(QStringLiteral("maxInvalidPercent"),
                 loaded.policy == InvalidRowPolicy::SkipWithinLimit ? QJsonValue(loaded.maxInvalidPercent)
                                                                    : QJsonValue());
        o.insert(QStringLiteral("skipped"), InvalidRowsOptions::skippedJson(result));
        o.insert(QStringLiteral("shape"), loaded.shape.isEmpty() ? QJsonValue() : QJsonValue(loaded.shape));
        o.insert(QStringLiteral("shapeNote"), loaded.shapeNote.isEmpty() ? QJsonValue() : QJsonValue(loaded.shapeNote));
        o.insert(QStringLiteral("mappingWarnings"), QJsonArray::fromStringList(loaded.mappingWarnings));
        o.insert(QStringLiteral("conflicts"), QJsonArray::fromStringList(loaded.conflicts));
        o.insert(QStringLiteral("error"), result.error.isEmpty() ? QJsonValue() : QJsonValue(result.error));
        o.insert(QStringLiteral("readMs"), loaded.readMs);
        o.insert(QStringLiteral("totalMs"), totalMs);
        console.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        printText(console, result);
    }
    console.out().flush();
    if (result.cancelled)
        return console.fail(ExitCode::Cancelled, tr("cancelled; no payload was written"));
    if (result.blocked)
        return console.fail(
            ExitCode::ValidationBlocked,
            InvalidRowPolicies::blockedMessage(loaded.policy, loaded.maxInvalidPercent, result.rejected, result.rows));
    if (!result.ok) {
        // No valid user at all is a data problem; anything else (I/O, a mapping without e-mail) is input.
        const bool dataProblem = !result.writeFailed && (result.error.isEmpty() || result.users == 0);
        return console.fail(dataProblem ? ExitCode::ValidationBlocked : ExitCode::UsageError, result.error);
    }
    return ExitCode::Success;
}

void ConvertCommand::printText(Console& console, const ConvertResult& result)
{
    QTextStream& err = console.err();
    const qsizetype shown = std::min<qsizetype>(result.issues.size(), 50);
    for (qsizetype i = 0; i < shown; ++i) {
        const ValidationIssue& issue = result.issues.at(i);
        err << (issue.row > 0 ? tr("line %1").arg(issue.row) : tr("file")) << ": "
            << ValidationIssue::severityName(issue.severity) << ": "
            << (issue.column.isEmpty() ? QString() : Console::data(issue.column) + QStringLiteral(": "))
            << Console::data(issue.message) << '\n';
    }
    if (result.issues.size() + result.issuesOmitted > shown)
        err << tr("... and %n more issue(s); use --json or --rejects to see them all", nullptr,
                  int(result.issues.size() + result.issuesOmitted - shown))
            << '\n';
    err.flush();
    QTextStream& out = console.out();
    if (result.ok) {
        out << tr("Wrote %3 (users: %1, licences: %2, %4 bytes, sha256 %5)")
                   .arg(result.users)
                   .arg(result.licenses)
                   .arg(QDir::toNativeSeparators(result.payloadPath))
                   .arg(result.payloadBytes)
                   .arg(QString::fromLatin1(result.sha256Hex))
            << '\n';
    }
    out << tr("Rows read: %1, rejected: %2, errors: %3, warnings: %4")
               .arg(result.rows)
               .arg(result.rejected)
               .arg(result.errors)
               .arg(result.warnings)
        << '\n';
    if (const QString skipped = InvalidRowsOptions::skippedText(result); !skipped.isEmpty())
        out << skipped << '\n';
    if (!result.rejectsPath.isEmpty())
        out << tr("Rejected rows written to %1").arg(QDir::toNativeSeparators(result.rejectsPath)) << '\n';
    if (!result.unknownStatusWords.isEmpty())
        out << tr("Unknown status words (map them in a preset): %1")
                   .arg(Console::data(result.unknownStatusWords.join(QStringLiteral(", "))))
            << '\n';
}

#include "cli/presetscommand.h"

#include "cli/argumentreader.h"
#include "cli/console.h"
#include "mapping/presetstore.h"
#include "run/exitcode.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString PresetsCommand::name() const
{
    return QStringLiteral("presets");
}

QString PresetsCommand::summary() const
{
    return tr("list, show, import and export mapping presets");
}

QString PresetsCommand::usage() const
{
    return tr("Usage: torii-sync-cli presets list [--json]\n"
              "       torii-sync-cli presets show NAME\n"
              "       torii-sync-cli presets import FILE\n"
              "       torii-sync-cli presets export NAME FILE\n"
              "       torii-sync-cli presets delete NAME\n"
              "\n"
              "Presets are versioned JSON files (format \"torii-sync-preset\", formatVersion 1) holding a column\n"
              "mapping, value maps, licence rules, reading overrides and the invalid-row policy; never secrets.\n"
              "Bundled presets (Google Workspace, Microsoft 365, Okta, Slack, Zoom) are marked and read-only; your\n"
              "own live in the application data folder (see 'presets list'). Import refuses a preset from a newer\n"
              "version or with unknown fields.\n"
              "Exit codes: 0 done, 2 usage error, unknown preset or unreadable file.\n");
}

int PresetsCommand::run(const QStringList& arguments, Console& console)
{
    if (arguments.isEmpty())
        return console.fail(ExitCode::UsageError, tr("presets needs list, show, import, export or delete"));
    const QString action = arguments.first();
    QStringList rest; // the action's NAME / FILE arguments
    bool json = false;
    ArgumentReader args(arguments.mid(1));
    while (args.next()) {
        if (args.current() == u"--json" && action == u"list")
            json = true;
        else if (args.isOption())
            return console.fail(ExitCode::UsageError,
                                tr("unknown option '%1' (see presets --help)").arg(args.current()));
        else
            rest << args.current();
    }
    const PresetStore store;
    QString error;
    if (action == QLatin1String("list")) {
        QStringList warnings;
        const QList<Preset> presets = store.list(&warnings);
        for (const QString& w : std::as_const(warnings))
            console.err() << tr("warning: %1").arg(w) << '\n';
        if (json) {
            QJsonArray array;
            for (const Preset& p : presets)
                array.append(QJsonObject {{QStringLiteral("name"), p.name},
                                          {QStringLiteral("vendor"), p.vendor},
                                          {QStringLiteral("bundled"), p.bundled},
                                          {QStringLiteral("description"), p.description}});
            console.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const Preset& p : presets)
                console.out() << QStringLiteral("%1%2\n").arg(p.name, p.bundled ? tr("  (bundled)") : QString());
            console.out() << tr("User presets folder: %1").arg(QDir::toNativeSeparators(store.directory())) << '\n';
        }
        return ExitCode::Success;
    }
    if (action == QLatin1String("show")) {
        if (rest.size() != 1)
            return console.fail(ExitCode::UsageError, tr("presets show needs one NAME"));
        const std::optional<Preset> p = store.resolve(rest.first(), &error);
        if (!p)
            return console.fail(ExitCode::UsageError, error);
        console.out() << p->toJsonBytes();
        return ExitCode::Success;
    }
    if (action == QLatin1String("import")) {
        if (rest.size() != 1)
            return console.fail(ExitCode::UsageError, tr("presets import needs one FILE"));
        const std::optional<Preset> p = store.importFile(rest.first(), &error);
        if (!p)
            return console.fail(ExitCode::UsageError, error);
        console.out() << tr("Imported preset \"%1\"").arg(p->name) << '\n';
        return ExitCode::Success;
    }
    if (action == QLatin1String("export")) {
        if (rest.size() != 2)
            return console.fail(ExitCode::UsageError, tr("presets export needs NAME and FILE"));
        if (!store.exportTo(rest.at(0), rest.at(1), &error))
            return console.fail(ExitCode::UsageError, error);
        console.out() << tr("Exported preset \"%1\" to %2").arg(rest.at(0), QDir::toNativeSeparators(rest.at(1)))
                      << '\n';
        return ExitCode::Success;
    }
    if (action == QLatin1String("delete")) {
        if (rest.size() != 1)
            return console.fail(ExitCode::UsageError, tr("presets delete needs one NAME"));
        if (!store.remove(rest.first(), &error))
            return console.fail(ExitCode::UsageError, error);
        console.out() << tr("Deleted preset \"%1\"").arg(rest.first()) << '\n';
        return ExitCode::Success;
    }
    return console.fail(ExitCode::UsageError,
                        tr("unknown presets action '%1' (list, show, import, export, delete)").arg(action));
}

#include "cli/appscommand.h"

#include "cli/argumentreader.h"
#include "cli/connection.h"
#include "cli/console.h"
#include "run/exitcode.h"
#include "torii/appsfetch.h"
#include "torii/toriiclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

QString AppsCommand::name() const
{
    return QStringLiteral("apps");
}

QString AppsCommand::summary() const
{
    return tr("list the org's apps in Torii (to find the app id)");
}

QString AppsCommand::usage() const
{
    return tr("Usage: torii-sync-cli apps [--search TEXT] [--profile NAME] [--api-url URL] [--json]\n"
              "\n"
              "Lists the apps of the Torii organisation (GET /apps, all pages) with their ids. The app id lets\n"
              "diff and sync compare the file with the app account's current users (--app, or saved in the profile).\n"
              "  --search TEXT   only apps whose name contains TEXT (Torii's search)\n"
              "  --profile NAME  the profile (API URL, key); default: the current one\n"
              "  --api-url URL   Torii's API URL (overrides the profile's)\n"
              "  --json          print {\"apps\": [{\"id\", \"name\", \"state\", \"isCustom\"}]}\n"
              "The key comes from TORII_API_KEY, else the profile's keychain entry ('key set').\n"
              "Exit codes: 0 ok, 2 usage error, 3 Torii or network failure, 4 key rejected or keychain unavailable.\n");
}

int AppsCommand::run(const QStringList& arguments, Console& console)
{
    QString search, profile, apiUrl;
    bool json = false;
    ArgumentReader args(arguments);
    while (args.next()) {
        const QString arg = args.current();
        if (arg == u"--json") {
            json = true;
        } else if (arg == u"--search" || arg == u"--profile" || arg == u"--api-url") {
            QString* target = arg == u"--search" ? &search : arg == u"--profile" ? &profile : &apiUrl;
            if (!args.takeValue(target))
                return console.fail(ExitCode::UsageError, tr("%1 needs a value").arg(arg));
        } else {
            return console.fail(ExitCode::UsageError, tr("unknown argument '%1' (see apps --help)").arg(arg));
        }
    }
    Connection connection;
    if (const int code = connection.resolve(profile, apiUrl, true, console); code != ExitCode::Success)
        return code;

    QNetworkAccessManager nam;
    ToriiClient client(&nam);
    client.setBaseUrl(connection.apiUrl);
    client.setApiKey(connection.apiKey);
    AppsFetch fetch(&client, search);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&fetch, &AppsFetch::finished, &loop, [&](bool done) {
        ok = done;
        loop.quit();
    });
    fetch.start();
    loop.exec();
    if (!ok) {
        const ToriiError error = fetch.error();
        return console.fail(error.isAuthFailure() ? ExitCode::AuthFailure : ExitCode::NetworkFailure, error.userText);
    }
    if (json) {
        QJsonArray apps;
        for (const AppsFetch::App& app : fetch.apps())
            apps.append(QJsonObject {{QStringLiteral("id"), app.id},
                                     {QStringLiteral("name"), app.name},
                                     {QStringLiteral("state"), app.state},
                                     {QStringLiteral("isCustom"), app.isCustom}});
        console.out() << QJsonDocument(QJsonObject {{QStringLiteral("apps"), apps}}).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    for (const AppsFetch::App& app : fetch.apps()) {
        const bool current = app.id == connection.profile.appId;
        console.out() << (current ? "* " : "  ") << QString::number(app.id).rightJustified(10) << "  " << app.name
                      << '\n';
    }
    console.err() << tr("%n app(s)", nullptr, int(fetch.apps().size()))
                  << (connection.profile.appId > 0 ? tr("; * marks profile \"%1\"'s app").arg(connection.profileName)
                                                   : QString())
                  << '\n';
    return ExitCode::Success;
}

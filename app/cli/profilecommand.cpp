#include "cli/profilecommand.h"

#include "cli/console.h"
#include "profiles/profilestore.h"
#include "run/exitcode.h"
#include "run/guardthresholds.h"
#include "secrets/keychainsecretstore.h"
#include "torii/toriiclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{
    QJsonObject toJson(const Profile& profile, bool current)
    {
        return QJsonObject {
            {QStringLiteral("name"), profile.name},
            {QStringLiteral("apiUrl"), profile.apiUrl.toString()},
            {QStringLiteral("appId"), profile.appId > 0 ? QJsonValue(profile.appId) : QJsonValue()},
            {QStringLiteral("appAccountId"),
             profile.appAccountId > 0 ? QJsonValue(profile.appAccountId) : QJsonValue()},
            {QStringLiteral("appName"), profile.appName.isEmpty() ? QJsonValue() : QJsonValue(profile.appName)},
            {QStringLiteral("removalGuard"),
             QJsonObject {{QStringLiteral("percent"), profile.guardPercent},
                          {QStringLiteral("minimum"), profile.guardMinimum}}},
            {QStringLiteral("current"), current}};
    }

    bool readId(const QString& text, qint64* id)
    {
        bool ok = false;
        *id = text.toLongLong(&ok);
        return ok && *id > 0;
    }
} // namespace

QString ProfileCommand::name() const
{
    return QStringLiteral("profile");
}

QString ProfileCommand::summary() const
{
    return tr("list, add, change and delete connection profiles");
}

QString ProfileCommand::usage() const
{
    return tr("Usage: torii-sync-cli profile list [--json]\n"
              "       torii-sync-cli profile show NAME [--json]\n"
              "       torii-sync-cli profile add NAME --api-url URL [--app ID] [--app-account ID]\n"
              "                                   [--removal-guard PERCENT[,MINIMUM]] [--json]\n"
              "       torii-sync-cli profile set NAME [--api-url URL] [--app ID] [--app-account ID]\n"
              "                                   [--removal-guard PERCENT[,MINIMUM]] [--json]\n"
              "       torii-sync-cli profile delete NAME\n"
              "\n"
              "A profile names one Torii (its API URL: https://, or http:// on this computer) and one custom\n"
              "integration (Torii's app id and the app account id shown on its tile). Its API key lives in the\n"
              "OS keychain: store it with 'torii-sync-cli key set --profile NAME'. 'delete' removes the key too.\n"
              "--removal-guard sets the profile's removal guard: a sync stops when more than PERCENT of the\n"
              "account's users, and at least MINIMUM of them, would be removed or deactivated (default 10,10;\n"
              "a preset's removalGuard and sync's --removal-guard take precedence).\n"
              "An unknown profile name is an error here and in every other command (exit 2), never the default.\n"
              "Exit codes: 0 done, 2 usage error or unknown profile, 4 keychain failure while deleting the key.\n");
}

QString ProfileCommand::readFields(const QStringList& arguments, Profile* profile, bool* json)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--json") {
            *json = true;
            continue;
        }
        if (arg != u"--api-url" && arg != u"--app" && arg != u"--app-account" && arg != u"--removal-guard")
            return tr("unknown argument '%1' (see profile --help)").arg(arg);
        const QString value = i + 1 < arguments.size() ? arguments.at(++i) : QString();
        if (arg == u"--removal-guard") {
            // The same syntax as sync's flag; a missing MINIMUM keeps the profile's.
            GuardThresholds parsed;
            if (!parsed.parseFlag(value))
                return tr("--removal-guard needs PERCENT (0 to 100) or PERCENT,MINIMUM (e.g. 20,50)");
            profile->guardPercent = *parsed.flagPercent;
            profile->guardMinimum = parsed.flagMinimum.value_or(profile->guardMinimum);
        } else if (arg == u"--api-url") {
            const QUrl url(value, QUrl::StrictMode);
            if (value.isEmpty())
                return tr("--api-url needs a URL");
            if (const ToriiError error = ToriiClient::checkUrl(url, SyncStage::None); error.isError())
                return error.userText;
            profile->apiUrl = url;
        } else if (!readId(value, arg == u"--app" ? &profile->appId : &profile->appAccountId)) {
            return tr("%1 needs a positive number").arg(arg);
        }
    }
    return {};
}

int ProfileCommand::run(const QStringList& arguments, Console& console)
{
    if (arguments.isEmpty())
        return console.fail(ExitCode::UsageError, tr("profile needs list, show, add, set or delete"));
    const QString action = arguments.first();
    KeychainSecretStore secrets;
    ProfileStore store(&secrets);
    if (action == u"list") {
        if (arguments.size() > 2 || (arguments.size() == 2 && arguments.at(1) != u"--json"))
            return console.fail(ExitCode::UsageError, tr("profile list takes only --json"));
        return list(store, arguments.size() == 2, console);
    }
    if (action != u"show" && action != u"add" && action != u"set" && action != u"delete")
        return console.fail(ExitCode::UsageError, tr("profile needs list, show, add, set or delete"));
    if (arguments.size() < 2 || arguments.at(1).startsWith(QLatin1String("--")))
        return console.fail(ExitCode::UsageError, tr("profile %1 needs a profile NAME").arg(action));
    const QString name = arguments.at(1);
    if (const QString problem = ProfileStore::checkName(name); !problem.isEmpty())
        return console.fail(ExitCode::UsageError, problem);
    const std::optional<Profile> stored = store.profile(name);
    if (action != u"add" && !stored)
        return console.fail(ExitCode::UsageError,
                            tr("no profile named \"%1\" (see 'torii-sync-cli profile list')").arg(name));

    Profile fresh;
    fresh.name = name;
    Profile profile = stored.value_or(fresh);
    bool json = false;
    const QStringList rest = arguments.mid(2);
    if (action == u"show" || action == u"delete") {
        if (!rest.isEmpty() && !(action == u"show" && rest == QStringList {QStringLiteral("--json")}))
            return console.fail(ExitCode::UsageError,
                                tr("unknown argument '%1' (see profile --help)").arg(rest.first()));
        if (action == u"show") {
            print(store, profile, !rest.isEmpty(), console);
            return ExitCode::Success;
        }
        store.removeProfile(name);
        SecretStore::Result result;
        QEventLoop loop;
        QObject::connect(&store, &ProfileStore::keyFinished, &loop, [&](const QString&, const SecretStore::Result& r) {
            result = r;
            loop.quit();
        });
        store.removeKey(name);
        loop.exec();
        console.out() << tr("Profile \"%1\" deleted.").arg(name) << '\n';
        // No keychain on this computer (a server using TORII_API_KEY): there is no key to remove.
        if (result.status == SecretStore::Status::Unavailable)
            console.err() << tr("note: no keychain is available, so no key was removed for \"%1\"").arg(name) << '\n';
        else if (!result.ok() && result.status != SecretStore::Status::NotFound)
            return console.fail(ExitCode::AuthFailure,
                                tr("its key could not be removed from the keychain: %1").arg(result.message));
        return ExitCode::Success;
    }
    if (action == u"add" && stored)
        return console.fail(ExitCode::UsageError,
                            tr("a profile named \"%1\" exists already (change it with 'profile set')").arg(name));
    if (const QString problem = readFields(rest, &profile, &json); !problem.isEmpty())
        return console.fail(ExitCode::UsageError, problem);
    if (action == u"set" && rest.size() == qsizetype(json))
        return console.fail(ExitCode::UsageError,
                            tr("profile set needs --api-url, --app, --app-account or --removal-guard"));
    if (profile.apiUrl.isEmpty())
        return console.fail(ExitCode::UsageError, tr("profile add needs --api-url URL"));
    store.saveProfile(profile);
    if (!json)
        console.out() << (action == u"add" ? tr("Profile \"%1\" added.") : tr("Profile \"%1\" changed.")).arg(name)
                      << '\n';
    print(store, profile, json, console);
    return ExitCode::Success;
}

int ProfileCommand::list(const ProfileStore& store, bool json, Console& console)
{
    const QStringList names = store.profileNames();
    if (json) {
        QJsonArray array;
        for (const QString& name : names)
            array.append(toJson(store.profileOrDefault(name), name == store.currentProfileName()));
        console.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    if (names.isEmpty())
        console.out() << tr("No profiles yet: add one with 'torii-sync-cli profile add NAME --api-url URL'.") << '\n';
    for (const QString& name : names)
        print(store, store.profileOrDefault(name), false, console);
    return ExitCode::Success;
}

void ProfileCommand::print(const ProfileStore& store, const Profile& profile, bool json, Console& console)
{
    const bool current = profile.name == store.currentProfileName();
    if (json) {
        console.out() << QJsonDocument(toJson(profile, current)).toJson(QJsonDocument::Indented);
        return;
    }
    const QString none = tr("not set");
    console.out() << tr("%1%2  %3  app %4, app account %5")
                         .arg(profile.name, current ? tr(" (current)") : QString(), profile.apiUrl.toString(),
                              profile.appId > 0 ? QString::number(profile.appId) : none,
                              profile.appAccountId > 0 ? QString::number(profile.appAccountId) : none)
                  << '\n'
                  << "  "
                  << tr("removal guard: more than %1 % and at least %n user(s)", nullptr, profile.guardMinimum)
                         .arg(profile.guardPercent)
                  << '\n';
}

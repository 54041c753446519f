#include "cli/keycommand.h"

#include "cli/argumentreader.h"
#include "cli/console.h"
#include "profiles/profilestore.h"
#include "run/exitcode.h"
#include "secrets/keychainsecretstore.h"
#include "torii/toriiclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>

#include <cstdio>

namespace
{
    // The key is read from stdin, never argv (argv is visible to every user in `ps`). On a terminal the
    // echo is switched off while typing.
    QString readKeyFromStdin(Console& console)
    {
        const bool terminal = Console::inIsTerminal();
        bool hidden = false;
        if (terminal) {
            console.err() << KeyCommand::tr("Paste the Torii API key and press Enter: ") << Qt::flush;
            hidden = Console::setInputEcho(false);
        }
        QFile in;
        QString key;
        if (in.open(stdin, QIODevice::ReadOnly))
            key = QString::fromUtf8(terminal ? in.readLine(4096) : in.read(16384)).trimmed();
        if (terminal) {
            if (hidden)
                Console::setInputEcho(true);
            console.err() << Qt::endl;
        }
        // Only the first line counts; a trailing newline from `echo` or a file is normal.
        return key.section(u'\n', 0, 0).trimmed();
    }

    SecretStore::Result waitForKey(ProfileStore& store)
    {
        SecretStore::Result result;
        QEventLoop loop;
        QObject::connect(&store, &ProfileStore::keyFinished, &loop, [&](const QString&, const SecretStore::Result& r) {
            result = r;
            loop.quit();
        });
        loop.exec();
        return result;
    }
} // namespace

QString KeyCommand::name() const
{
    return QStringLiteral("key");
}

QString KeyCommand::summary() const
{
    return tr("store, check or delete a profile's API key in the keychain");
}

QString KeyCommand::usage() const
{
    return tr("Usage: torii-sync-cli key set|check|delete [--profile NAME]\n"
              "       torii-sync-cli key check [--profile NAME] [--api-url URL]\n"
              "\n"
              "  set     read the key from stdin (never from the command line) and store it in the OS keychain\n"
              "          e.g.  torii-sync-cli key set < key.txt   or type it at the prompt\n"
              "  check   call Torii's GET /orgs/my with the key and print the organisation's name\n"
              "  delete  remove the key from the keychain\n"
              "  --profile NAME  the profile (default: the current one, usually \"default\"); an unknown name is\n"
              "                  an error: create profiles with 'torii-sync-cli profile add'\n"
              "  --api-url URL   check only: the API URL to call instead of the profile's\n"
              "TORII_API_KEY, when set, is used by check (and sync) instead of the keychain.\n"
              "Exit codes: 0 ok, 2 usage error, 3 network failure, 4 key rejected or keychain unavailable.\n");
}

int KeyCommand::run(const QStringList& arguments, Console& console)
{
    QString action, profileName, apiUrl;
    bool hasApiUrl = false;
    ArgumentReader args(arguments);
    while (args.next()) {
        const QString arg = args.current();
        if (arg == u"--profile" || arg == u"--api-url") {
            if (!args.takeValue(arg == u"--profile" ? &profileName : &apiUrl))
                return console.fail(ExitCode::UsageError, tr("%1 needs a value").arg(arg));
            hasApiUrl = hasApiUrl || arg == u"--api-url";
            if (arg == u"--profile" && profileName.isEmpty())
                return console.fail(ExitCode::UsageError, tr("--profile needs a profile name"));
        } else if (action.isEmpty() && !arg.startsWith(u'-')) {
            action = arg;
        } else {
            // Not echoed: a stray argument here is often the key itself, pasted on the command line.
            return console.fail(ExitCode::UsageError,
                                tr("unexpected argument (not shown, in case it is a key): the key is read from stdin, "
                                   "see key --help"));
        }
    }
    if (action != u"set" && action != u"check" && action != u"delete")
        return console.fail(ExitCode::UsageError, tr("key needs set, check or delete (see key --help)"));
    // An option a command does not use is refused rather than ignored: `key set --api-url URL` used to store
    // the key under the default profile and drop the URL without a word.
    if (hasApiUrl && action != u"check")
        return console.fail(ExitCode::UsageError,
                            tr("key %1 does not take --api-url: a profile's URL is set with 'torii-sync-cli profile "
                               "add|set NAME --api-url URL'")
                                .arg(action));
    if (hasApiUrl && apiUrl.isEmpty())
        return console.fail(ExitCode::UsageError, tr("--api-url needs a URL"));

    KeychainSecretStore secrets;
    ProfileStore profiles(&secrets);
    if (profileName.isEmpty())
        profileName = profiles.currentProfileName();
    if (const QString problem = ProfileStore::checkName(profileName); !problem.isEmpty())
        return console.fail(ExitCode::UsageError, problem);
    QString unknown;
    // delete may clean up the key of a profile that is gone already; set and check need the profile.
    if (action != u"delete" && !profiles.resolve(profileName, &unknown))
        return console.fail(ExitCode::UsageError, unknown);

    if (action == u"set") {
        const QString key = readKeyFromStdin(console);
        if (key.isEmpty())
            return console.fail(ExitCode::UsageError, tr("no key on stdin"));
        profiles.writeKey(profileName, key);
        const SecretStore::Result result = waitForKey(profiles);
        if (!result.ok())
            return console.fail(ExitCode::AuthFailure, result.message);
        if (!profiles.profile(profileName))
            profiles.saveProfile(profiles.profileOrDefault(profileName));
        console.out() << tr("Key stored in the keychain for profile \"%1\".").arg(profileName) << '\n';
        return ExitCode::Success;
    }
    if (action == u"delete") {
        profiles.removeKey(profileName);
        const SecretStore::Result result = waitForKey(profiles);
        if (!result.ok() && result.status != SecretStore::Status::NotFound)
            return console.fail(ExitCode::AuthFailure, result.message);
        console.out() << tr("Key for profile \"%1\" deleted.").arg(profileName) << '\n';
        return ExitCode::Success;
    }
    return check(profiles, profileName, apiUrl, console);
}

int KeyCommand::check(ProfileStore& profiles, const QString& profileName, const QString& apiUrl, Console& console)
{
    profiles.readKey(profileName);
    const SecretStore::Result key = waitForKey(profiles);
    if (key.status == SecretStore::Status::NotFound)
        return console.fail(
            ExitCode::AuthFailure,
            tr("no API key stored for profile \"%1\": run 'torii-sync-cli key set --profile %1'").arg(profileName));
    if (!key.ok())
        return console.fail(ExitCode::AuthFailure, key.message);
    const QUrl url =
        apiUrl.isEmpty() ? profiles.resolve(profileName, nullptr).value_or(Profile {}).apiUrl : QUrl(apiUrl);
    if (const ToriiError error = ToriiClient::checkUrl(url, SyncStage::None); error.isError())
        return console.fail(ExitCode::UsageError, error.userText);

    QNetworkAccessManager nam;
    ToriiClient client(&nam);
    client.setBaseUrl(url);
    client.setApiKey(key.secret);
    client.setTimeout(std::chrono::seconds(30));
    ToriiResponse response;
    QEventLoop loop;
    ToriiJob* job = client.getOrg();
    QObject::connect(job, &ToriiJob::finished, &loop, [&](const ToriiResponse& r) {
        response = r;
        loop.quit();
    });
    job->start();
    loop.exec();
    if (!response.ok()) {
        return console.fail(response.error.isAuthFailure() ? ExitCode::AuthFailure : ExitCode::NetworkFailure,
                            response.error.userText);
    }
    const auto org = ToriiClient::parseOrg(response.json);
    if (!org)
        return console.fail(ExitCode::NetworkFailure, tr("Torii answered without an organisation."));
    console.out() << tr("Key OK: organisation \"%1\" (%2, id %3)").arg(org->companyName, org->domain).arg(org->id)
                  << '\n';
    return ExitCode::Success;
}

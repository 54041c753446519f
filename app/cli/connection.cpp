#include "cli/connection.h"

#include "cli/console.h"
#include "profiles/profilestore.h"
#include "run/exitcode.h"
#include "secrets/keychainsecretstore.h"
#include "torii/toriiclient.h"

#include <QEventLoop>

int Connection::resolve(const QString& profileOption, const QString& apiUrlOption, bool needKey, Console& console)
{
    KeychainSecretStore secrets;
    ProfileStore profiles(&secrets);
    profileName = profileOption.isEmpty() ? profiles.currentProfileName() : profileOption;
    if (!profileOption.isEmpty() && !profiles.profile(profileOption))
        return console.fail(ExitCode::UsageError, tr("no profile named \"%1\"").arg(profileOption));
    profile = profiles.profileOrDefault(profileName);
    apiUrl = apiUrlOption.isEmpty() ? profile.apiUrl : QUrl(apiUrlOption);
    if (const ToriiError error = ToriiClient::checkUrl(apiUrl, SyncStage::None); error.isError())
        return console.fail(ExitCode::UsageError, error.userText);
    if (!needKey)
        return ExitCode::Success;
    SecretStore::Result key;
    QEventLoop loop;
    QObject::connect(&profiles, &ProfileStore::keyFinished, &loop, [&](const QString&, const SecretStore::Result& r) {
        key = r;
        loop.quit();
    });
    profiles.readKey(profileName);
    loop.exec();
    if (key.status == SecretStore::Status::NotFound)
        return console.fail(
            ExitCode::AuthFailure,
            tr("no API key for profile \"%1\": run 'torii-sync-cli key set' or set TORII_API_KEY").arg(profileName));
    if (!key.ok())
        return console.fail(ExitCode::AuthFailure, key.message);
    apiKey = key.secret;
    return ExitCode::Success;
}

#pragma once

#include "profiles/profile.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class Console;

// Where a read-only command talks to (apps, diff): the profile (named, or the current one), the API URL (the
// option over the profile's), and the key (TORII_API_KEY, else the profile's keychain entry). Resolves them
// before any traffic, so a bad URL or a missing key fails in a second with the right exit code.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(Connection)

public:
    QString profileName;
    Profile profile;
    QUrl apiUrl;
    QString apiKey;

    // 0 on success; otherwise the exit code, with the message already printed. An unknown --profile is a
    // usage error; without `needKey` the key is not read (and a missing one is fine).
    [[nodiscard]] int resolve(const QString& profileOption, const QString& apiUrlOption, bool needKey,
                              Console& console);
};

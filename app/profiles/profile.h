#pragma once

#include <QString>
#include <QUrl>

// One connection target: which Torii (API URL), which app (id and name, picked from GET /apps) and which custom
// integration of it (app account id), plus the removal guard's thresholds for it. The key is not here: it lives
// in the keychain under SecretStore::accountForProfile(name).
struct Profile
{
    QString name;
    QUrl apiUrl;
    qint64 appAccountId = 0;
    qint64 appId = 0; // 0: unknown (the diff then falls back to the last sync's snapshot)
    QString appName;
    // Removal guard (RemovalGuard): stop when more than this % of the account's users, and at least
    // guardMinimum of them, would be removed or deactivated.
    int guardPercent = 10;
    int guardMinimum = 10;
};

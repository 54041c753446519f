#pragma once

#include <QString>
#include <QUrl>

// One connection target: which Torii (API URL) and which custom integration (Torii's app id and the app
// account id). The key is not here: it lives in the keychain under SecretStore::accountForProfile(name).
struct Profile
{
    QString name;
    QUrl apiUrl;
    qint64 appAccountId = 0;
    qint64 appId = 0; // 0 = not given
};

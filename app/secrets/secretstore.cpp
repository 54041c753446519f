#include "secrets/secretstore.h"

SecretStore::~SecretStore() = default;

QString SecretStore::accountForProfile(const QString& profileName)
{
    return QStringLiteral("profile:") + profileName;
}

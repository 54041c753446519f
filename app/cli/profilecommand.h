#pragma once

#include "cli/command.h"

#include <QCoreApplication>

class ProfileStore;
struct Profile;

// torii-sync-cli profile: list, show, add, change and delete connection profiles (API URL, Torii app id, app
// account id). The key stays in the keychain ('key set'); `delete` removes the profile's key too.
class ProfileCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString usage() const override;
    int run(const QStringList& arguments, Console& console) override;

private:
    // Reads --api-url, --app and --app-account into *profile; empty on success, else the usage error.
    [[nodiscard]] static QString readFields(const QStringList& arguments, Profile* profile, bool* json);
    static int list(const ProfileStore& store, bool json, Console& console);
    static void print(const ProfileStore& store, const Profile& profile, bool json, Console& console);
};

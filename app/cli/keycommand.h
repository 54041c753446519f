#pragma once

#include "cli/command.h"

#include <QCoreApplication>

class ProfileStore;

// torii-sync-cli key: store, check or delete a profile's API key in the keychain
class KeyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString usage() const override;
    int run(const QStringList& arguments, Console& console) override;

private:
    static int check(ProfileStore& profiles, const QString& profileName, const QString& apiUrl, Console& console);
};

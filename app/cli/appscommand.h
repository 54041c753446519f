#pragma once

#include "cli/command.h"

#include <QCoreApplication>

// torii-sync-cli apps: the org's apps (GET /apps, every page), to find the app id a profile or --app needs.
class AppsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AppsCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString usage() const override;
    int run(const QStringList& arguments, Console& console) override;
};

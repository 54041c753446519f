#pragma once

#include "cli/command.h"

// torii-sync-cli sync: run the five Torii stages for a file
class SyncCommand final : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString usage() const override;
    int run(const QStringList& arguments, Console& console) override;
};

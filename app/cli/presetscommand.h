#pragma once

#include "cli/command.h"

// torii-sync-cli presets: list, show, import and export mapping presets
class PresetsCommand final : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString usage() const override;
    int run(const QStringList& arguments, Console& console) override;
};

#pragma once

#include "cli/command.h"

// torii-sync-cli inspect: show how a file is read: dialect, columns, rows, mapping
class InspectCommand final : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString usage() const override;
    int run(const QStringList& arguments, Console& console) override;
};

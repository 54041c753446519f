#pragma once

#include "cli/command.h"

// torii-sync-cli convert: map and validate a file and write Torii's JSON payload
class ConvertCommand final : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString usage() const override;
    int run(const QStringList& arguments, Console& console) override;
};

#pragma once

#include "cli/command.h"

// torii-sync-cli sandbox: run the local Torii + S3 sandbox
class SandboxCommand final : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString usage() const override;
    int run(const QStringList& arguments, Console& console) override;
};

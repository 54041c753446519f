#pragma once

#include "cli/command.h"

#include <QCoreApplication>

// torii-sync-cli sandbox: run the local Torii + S3 sandbox
class SandboxCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString usage() const override;
    int run(const QStringList& arguments, Console& console) override;
};

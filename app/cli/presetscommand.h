#pragma once

#include "cli/command.h"

#include <QCoreApplication>

// torii-sync-cli presets: list, show, import and export mapping presets
class PresetsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PresetsCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString usage() const override;
    int run(const QStringList& arguments, Console& console) override;
};

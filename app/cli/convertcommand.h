#pragma once

#include "cli/command.h"

#include <QCoreApplication>

class Console;
struct ConvertResult;

// torii-sync-cli convert: read a file, map it (preset or auto-match), validate, and write Torii's JSON payload
// (plus optional rejects CSV). Exit 0 written, 1 blocked by validation, 2 usage error or unreadable input.
class ConvertCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ConvertCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString usage() const override;
    int run(const QStringList& arguments, Console& console) override;

private:
    static void printText(Console& console, const ConvertResult& result);
};

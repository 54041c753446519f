#pragma once

#include "cli/command.h"
#include "history/historyrecord.h"

#include <QCoreApplication>
#include <QList>

// torii-sync-cli history: list, filter and export the run history; run a past run's job again
class HistoryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString usage() const override;
    int run(const QStringList& arguments, Console& console) override;

private:
    static int exportCsv(const QList<HistoryRecord>& runs, const QString& path, Console& console);
    static int runAgain(const QStringList& arguments, Console& console);
};

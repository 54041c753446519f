#pragma once

#include "cli/command.h"

#include <QCoreApplication>

struct Job;
struct JobRunReport;

// torii-sync-cli job: saved, repeatable syncs (add, edit, list, show, delete, run, run --all, schedule).
class JobCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(JobCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString usage() const override;
    int run(const QStringList& arguments, Console& console) override;

private:
    static int addOrEdit(const QString& action, const QString& name, const QStringList& rest, Console& console);
    static int list(bool json, Console& console);
    static int runJobs(const QStringList& rest, Console& console);
    static int schedule(const QString& name, const QStringList& rest, Console& console);
    static void printJob(const Job& job, Console& console);
    static void printTable(const QList<JobRunReport>& reports, Console& console);
};

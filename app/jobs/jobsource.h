#pragma once

#include <QCoreApplication>
#include <QString>

struct Job;

// Which file a job's run reads: the job's file itself, or the newest file in its folder whose name matches its
// pattern (admins drop nightly exports into a folder). Newest = last modified; equal times go to the name that
// sorts last, so the choice never depends on the directory's order.
class JobSource
{
    Q_DECLARE_TR_FUNCTIONS(JobSource)

public:
    // The absolute path, or empty with *error saying what is missing where.
    [[nodiscard]] static QString resolve(const Job& job, QString* error);
};

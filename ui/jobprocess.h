#pragma once

#include "jobs/jobrunreport.h"

#include <QObject>
#include <QProcess>
#include <QStringList>

// Runs saved jobs for the window through torii-sync-cli (`job run NAME|--all --json`), the program that also
// runs them from timers, in its own process: the window never blocks, a job runs exactly as it would at
// night, and the run lands in the history like any other. One run at a time.
class JobProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobProcess)

public:
    explicit JobProcess(QObject* parent = nullptr);
    ~JobProcess() override;

    // The torii-sync-cli next to this program (or on PATH); empty when there is none.
    [[nodiscard]] static QString cliPath();
    [[nodiscard]] bool isRunning() const;
    // name empty: every job (--all).
    void start(const QString& name);
    // Asks the run to stop (SIGTERM: the CLI's interrupt guard ends the job being synced cleanly, as
    // interrupted, and reports what ran); finished() follows.
    void cancel();

signals:
    void progress(const QString& line); // stderr of the run, line by line
    void finished(int exitCode, const QList<JobRunReport>& reports, const QString& problem);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QProcess* m_process = nullptr;
    QByteArray m_errBuffer;
};

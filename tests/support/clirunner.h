#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

class QProcess;

// Runs the real torii-sync-cli in a private home (config, data and TMPDIR under one temporary folder, no
// keychain) and waits with the event loop running, so an in-process Sandbox keeps answering. Shared by the
// reliability tests that drive the CLI.
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1; // -1: did not finish (or crashed)
        QString out;
        QString err;
    };

    explicit CliRunner(QString program);

    [[nodiscard]] QString home() const { return m_home.path(); }
    [[nodiscard]] QString tempDir() const;
    [[nodiscard]] QString write(const QString& name, const QByteArray& content) const;
    QProcessEnvironment& environment() { return m_env; }
    // apiKey empty: TORII_API_KEY unset. stdinData is written, then stdin closed.
    Run run(const QStringList& arguments, const QString& apiKey = {}, const QByteArray& stdinData = {},
            const std::function<void(QProcess&)>& whileRunning = {}, int timeoutMs = 60000);

private:
    QString m_program;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

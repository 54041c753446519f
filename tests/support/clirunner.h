#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

class QProcess;

// The one way the tests run the real torii-sync-cli: in a private home (config, data and TMPDIR under one
// temporary folder; no D-Bus, so no keychain and no systemd user manager, and no TORII_API_KEY unless a run
// passes one), waiting with the event loop running so an in-process sandbox or webhook receiver keeps
// answering. A run that does not finish in time is killed and reported with exit code -1.
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1; // -1: did not finish, or crashed
        QString out;
        QString err;
        // stdout as a JSON object (empty when it is not one), for --json runs.
        [[nodiscard]] QJsonObject json() const;
    };

    // The torii-sync-cli this build made.
    CliRunner();
    explicit CliRunner(QString program);

    [[nodiscard]] bool isValid() const { return m_home.isValid(); }
    [[nodiscard]] QString home() const { return m_home.path(); }
    [[nodiscard]] QString path(const QString& name) const { return m_home.filePath(name); }
    [[nodiscard]] QString tempDir() const;
    // Writes a file under the home (creating its folders) and returns its path.
    QString write(const QString& name, const QByteArray& content) const;
    QProcessEnvironment& environment() { return m_env; }
    void setEnvironment(const QString& name, const QString& value) { m_env.insert(name, value); }
    void removeEnvironment(const QString& name) { m_env.remove(name); }

    // apiKey empty: TORII_API_KEY unset. stdinData is written, then stdin closed. whileRunning is called once
    // the process started (to kill it at a moment, or to read its output as it comes).
    Run run(const QStringList& arguments, const QString& apiKey = {}, const QByteArray& stdinData = {},
            const std::function<void(QProcess&)>& whileRunning = {}, int timeoutMs = 60000);
    // Everything every run printed so far (for checks that a secret never appears).
    [[nodiscard]] const QStringList& outputs() const { return m_outputs; }

private:
    QString m_program;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QStringList m_outputs;
};

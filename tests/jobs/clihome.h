#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

class QProcess;

// Runs the real torii-sync-cli in a private home (XDG folders, no D-Bus, so no real keychain and no real
// systemd user manager), waiting with the event loop running so an in-process sandbox or webhook receiver can
// answer. Shared by the job, profile and schedule tests.
class CliHome
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };

    CliHome();
    [[nodiscard]] bool isValid() const { return m_home.isValid(); }
    [[nodiscard]] QString path(const QString& name) const { return m_home.filePath(name); }
    // Writes a file under the home and returns its path.
    QString write(const QString& name, const QByteArray& content) const;
    void setEnvironment(const QString& name, const QString& value) { m_env.insert(name, value); }
    void removeEnvironment(const QString& name) { m_env.remove(name); }

    Run cli(const QStringList& arguments, const QString& apiKey = {}) const;
    // Everything printed so far (for leak checks).
    [[nodiscard]] const QStringList& outputs() const { return m_outputs; }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    mutable QStringList m_outputs;
};

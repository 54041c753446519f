#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>

CliRunner::CliRunner(QString program)
    : m_program(std::move(program))
    , m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("HOME"), m_home.path());
    QDir().mkpath(tempDir());
    m_env.insert(QStringLiteral("TMPDIR"), tempDir());
    m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    m_env.remove(QStringLiteral("TORII_API_KEY"));
}

QString CliRunner::tempDir() const
{
    return m_home.filePath(QStringLiteral("tmp"));
}

QString CliRunner::write(const QString& name, const QByteArray& content) const
{
    const QString path = m_home.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

CliRunner::Run CliRunner::run(const QStringList& arguments, const QString& apiKey, const QByteArray& stdinData,
                              const std::function<void(QProcess&)>& whileRunning, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = m_env;
    if (!apiKey.isEmpty())
        env.insert(QStringLiteral("TORII_API_KEY"), apiKey);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_program, arguments);
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (whileRunning)
        whileRunning(process);
    if (process.state() != QProcess::NotRunning && !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {-1, QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return {code, QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>

QJsonObject CliRunner::Run::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

CliRunner::CliRunner()
    : CliRunner(QStringLiteral(TORIISYNC_CLI))
{ }

CliRunner::CliRunner(QString program)
    : m_program(std::move(program))
    , m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("HOME"), m_home.path());
    QDir().mkpath(tempDir());
    m_env.insert(QStringLiteral("TMPDIR"), tempDir());
    for (const char* name : {"DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "TORII_API_KEY"})
        m_env.remove(QString::fromLatin1(name));
}

QString CliRunner::tempDir() const
{
    return m_home.filePath(QStringLiteral("tmp"));
}

QString CliRunner::write(const QString& name, const QByteArray& content) const
{
    const QString path = m_home.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
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
    // A sandbox in this process must keep answering: wait with the event loop running, never block.
    Run result;
    if (process.state() != QProcess::NotRunning && !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    m_outputs << result.out << result.err;
    return result;
}

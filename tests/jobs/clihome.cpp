#include "clihome.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>

CliHome::CliHome()
    : m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("HOME"), m_home.path());
    for (const char* name : {"DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "TORII_API_KEY"})
        m_env.remove(QString::fromLatin1(name));
}

QString CliHome::write(const QString& name, const QByteArray& content) const
{
    const QString path = m_home.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

CliHome::Run CliHome::cli(const QStringList& arguments, const QString& apiKey) const
{
    QProcess process;
    QProcessEnvironment env = m_env;
    if (!apiKey.isEmpty())
        env.insert(QStringLiteral("TORII_API_KEY"), apiKey);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(TORIISYNC_CLI), arguments);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning && !finished.wait(60000))
        return {};
    Run run {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError())};
    m_outputs << run.out << run.err;
    return run;
}

#include "jobprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

JobProcess::JobProcess(QObject* parent)
    : QObject(parent)
    , m_process(new QProcess(this))
{
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_errBuffer += m_process->readAllStandardError();
        qsizetype end;
        while ((end = m_errBuffer.indexOf('\n')) >= 0) {
            emit progress(QString::fromUtf8(m_errBuffer.left(end)).trimmed());
            m_errBuffer.remove(0, end + 1);
        }
    });
    connect(m_process, &QProcess::finished, this, &JobProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit finished(-1, {}, tr("torii-sync-cli could not be started: %1").arg(m_process->errorString()));
    });
}

JobProcess::~JobProcess()
{
    // Closing the window does not cut a sync in half: the run goes on and is recorded by itself.
    if (m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->setParent(nullptr);
        connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
    }
}

QString JobProcess::cliPath()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("torii-sync-cli"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    const QString besideExe = beside + QStringLiteral(".exe");
    if (QFileInfo(besideExe).isExecutable())
        return besideExe;
    return QStandardPaths::findExecutable(QStringLiteral("torii-sync-cli"));
}

bool JobProcess::isRunning() const
{
    return m_process->state() != QProcess::NotRunning;
}

void JobProcess::start(const QString& name)
{
    if (isRunning())
        return;
    const QString program = cliPath();
    if (program.isEmpty()) {
        emit finished(-1, {}, tr("torii-sync-cli was not found next to the window or on the PATH."));
        return;
    }
    m_errBuffer.clear();
    m_process->start(program,
                     {QStringLiteral("job"), QStringLiteral("run"), name.isEmpty() ? QStringLiteral("--all") : name,
                      QStringLiteral("--json")});
    m_process->closeWriteChannel();
}

void JobProcess::cancel()
{
    if (isRunning())
        m_process->terminate();
}

void JobProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_errBuffer.isEmpty())
        emit progress(QString::fromUtf8(m_errBuffer).trimmed());
    m_errBuffer.clear();
    const QJsonObject json = QJsonDocument::fromJson(m_process->readAllStandardOutput()).object();
    QList<JobRunReport> reports;
    for (const QJsonValue& value : json.value(QLatin1String("jobs")).toArray())
        reports.append(JobRunReport::fromJson(value.toObject()));
    QString problem;
    if (status != QProcess::NormalExit)
        problem = tr("torii-sync-cli stopped unexpectedly.");
    else if (reports.isEmpty() && exitCode != 0)
        problem = tr("The job could not run (exit code %1); see the log.").arg(exitCode);
    emit finished(status == QProcess::NormalExit ? exitCode : -1, reports, problem);
}

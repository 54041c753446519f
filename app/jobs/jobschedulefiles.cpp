#include "jobs/jobschedulefiles.h"

#include "jobs/jobschedule.h"

#include <QDir>
#include <QStringEncoder>
#include <QXmlStreamWriter>

namespace
{
    // systemd: a path in double quotes with \ and " escaped, and % doubled (specifiers).
    QString systemdQuoted(const QString& text)
    {
        QString escaped = text;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'"', QStringLiteral("\\\""))
            .replace(u'%', QStringLiteral("%%"));
        return u'"' + escaped + u'"';
    }

    const char* const windowsDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
} // namespace

QString JobScheduleFiles::unitBaseName(const QString& jobName)
{
    return QStringLiteral("torii-sync-job-") + jobName;
}

QString JobScheduleFiles::launchdLabel(const QString& jobName)
{
    return QStringLiteral("com.toriisync.job.") + jobName;
}

QString JobScheduleFiles::systemdCalendar(const JobSchedule& schedule)
{
    const QString at = QStringLiteral("*-*-* ") + schedule.time.toString(QStringLiteral("HH:mm:00"));
    return schedule.kind == JobSchedule::Kind::Weekly ? JobSchedule::dayKey(schedule.dayOfWeek) + u' ' + at : at;
}

QByteArray JobScheduleFiles::systemdService(const QString& jobName, const QString& cliPath)
{
    // Type=oneshot: the timer's next start waits for this run; the CLI's own lock keeps two processes from
    // syncing one app account at once anyway. Output goes to the journal (journalctl --user -u UNIT).
    return QStringLiteral(
               "# Written by torii-sync-cli job schedule; remove with 'torii-sync-cli job schedule %1 --off'.\n"
               "[Unit]\n"
               "Description=Torii Sync job %1\n"
               "\n"
               "[Service]\n"
               "Type=oneshot\n"
               "ExecStart=%2 job run %1\n")
        .arg(jobName, systemdQuoted(QDir::toNativeSeparators(cliPath)))
        .toUtf8();
}

QByteArray JobScheduleFiles::systemdTimer(const QString& jobName, const JobSchedule& schedule)
{
    // Persistent=true: a run missed while the computer was off starts at the next boot or login.
    return QStringLiteral(
               "# Written by torii-sync-cli job schedule; remove with 'torii-sync-cli job schedule %1 --off'.\n"
               "[Unit]\n"
               "Description=Torii Sync job %1 (%2)\n"
               "\n"
               "[Timer]\n"
               "OnCalendar=%3\n"
               "Persistent=true\n"
               "Unit=%4.service\n"
               "\n"
               "[Install]\n"
               "WantedBy=timers.target\n")
        .arg(jobName, schedule.toText(), systemdCalendar(schedule), unitBaseName(jobName))
        .toUtf8();
}

QByteArray JobScheduleFiles::taskSchedulerXml(const QString& jobName, const JobSchedule& schedule,
                                              const QString& cliPath)
{
    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Task"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeDefaultNamespace(QStringLiteral("http://schemas.microsoft.com/windows/2004/02/mit/task"));
    xml.writeStartElement(QStringLiteral("RegistrationInfo"));
    xml.writeTextElement(QStringLiteral("Description"), QStringLiteral("Torii Sync job ") + jobName);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("Triggers"));
    xml.writeStartElement(QStringLiteral("CalendarTrigger"));
    xml.writeTextElement(QStringLiteral("StartBoundary"),
                         QStringLiteral("2026-01-01T") + schedule.time.toString(QStringLiteral("HH:mm:00")));
    if (schedule.kind == JobSchedule::Kind::Weekly) {
        xml.writeStartElement(QStringLiteral("ScheduleByWeek"));
        xml.writeTextElement(QStringLiteral("WeeksInterval"), QStringLiteral("1"));
        xml.writeStartElement(QStringLiteral("DaysOfWeek"));
        xml.writeEmptyElement(QString::fromLatin1(windowsDays[std::clamp(schedule.dayOfWeek, 1, 7) - 1]));
        xml.writeEndElement();
    } else {
        xml.writeStartElement(QStringLiteral("ScheduleByDay"));
        xml.writeTextElement(QStringLiteral("DaysInterval"), QStringLiteral("1"));
    }
    xml.writeEndElement(); // ScheduleBy...
    xml.writeEndElement(); // CalendarTrigger
    xml.writeEndElement(); // Triggers
    xml.writeStartElement(QStringLiteral("Settings"));
    xml.writeTextElement(QStringLiteral("MultipleInstancesPolicy"), QStringLiteral("IgnoreNew"));
    xml.writeTextElement(QStringLiteral("StartWhenAvailable"), QStringLiteral("true"));
    xml.writeTextElement(QStringLiteral("ExecutionTimeLimit"), QStringLiteral("PT4H"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("Actions"));
    xml.writeStartElement(QStringLiteral("Exec"));
    xml.writeTextElement(QStringLiteral("Command"), QDir::toNativeSeparators(cliPath));
    xml.writeTextElement(QStringLiteral("Arguments"), QStringLiteral("job run ") + jobName);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // Task
    xml.writeEndDocument();
    text.replace(QStringLiteral("encoding=\"UTF-8\""), QStringLiteral("encoding=\"UTF-16\""));
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

QByteArray JobScheduleFiles::launchdPlist(const QString& jobName, const JobSchedule& schedule, const QString& cliPath)
{
    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    xml.writeStartElement(QStringLiteral("plist"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    xml.writeStartElement(QStringLiteral("dict"));
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("Label"));
    xml.writeTextElement(QStringLiteral("string"), launchdLabel(jobName));
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("ProgramArguments"));
    xml.writeStartElement(QStringLiteral("array"));
    for (const QString& argument : {cliPath, QStringLiteral("job"), QStringLiteral("run"), jobName})
        xml.writeTextElement(QStringLiteral("string"), argument);
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("StartCalendarInterval"));
    xml.writeStartElement(QStringLiteral("dict"));
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("Hour"));
    xml.writeTextElement(QStringLiteral("integer"), QString::number(schedule.time.hour()));
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("Minute"));
    xml.writeTextElement(QStringLiteral("integer"), QString::number(schedule.time.minute()));
    if (schedule.kind == JobSchedule::Kind::Weekly) {
        // launchd counts 0 (or 7) = Sunday, 1 = Monday: Qt's 1..7 fits as is.
        xml.writeTextElement(QStringLiteral("key"), QStringLiteral("Weekday"));
        xml.writeTextElement(QStringLiteral("integer"), QString::number(schedule.dayOfWeek));
    }
    xml.writeEndElement(); // dict
    xml.writeEndElement(); // dict
    xml.writeEndElement(); // plist
    xml.writeEndDocument();
    return text.toUtf8();
}

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTime>

// When a job runs by itself: never, every day at a time, or once a week on a day at a time (local time).
// Parsed from the CLI's --daily HH:MM / --weekly DAY HH:MM, stored in the job file, and turned into a systemd
// OnCalendar expression, a Task Scheduler trigger or a launchd StartCalendarInterval by JobScheduleFiles.
struct JobSchedule
{
    Q_DECLARE_TR_FUNCTIONS(JobSchedule)

public:
    enum class Kind
    {
        Off,
        Daily,
        Weekly,
    };

    Kind kind = Kind::Off;
    int dayOfWeek = 1; // Qt::DayOfWeek: 1 = Monday ... 7 = Sunday (weekly only)
    QTime time;

    [[nodiscard]] bool isOn() const { return kind != Kind::Off; }
    // "HH:MM" from 00:00 to 23:59; false otherwise.
    [[nodiscard]] static bool parseTime(const QString& text, QTime* time);
    // Monday..Sunday, Mon..Sun (any case); false otherwise.
    [[nodiscard]] static bool parseDay(const QString& text, int* dayOfWeek);
    // English three-letter day, as systemd and the job file spell it.
    [[nodiscard]] static QString dayKey(int dayOfWeek);
    // "daily 02:30" / "weekly Mon 02:30" / "off" for listings.
    [[nodiscard]] QString toText() const;
    [[nodiscard]] bool operator==(const JobSchedule& other) const = default;
};

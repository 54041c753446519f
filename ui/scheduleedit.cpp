#include "scheduleedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QTimeEdit>

ScheduleEdit::ScheduleEdit(const JobSchedule& schedule, QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_day(new QComboBox(this))
    , m_time(new QTimeEdit(schedule.time.isValid() ? schedule.time : QTime(2, 0), this))
{
    m_kind->setAccessibleName(tr("Schedule"));
    m_kind->addItem(tr("Only when started by hand"), int(JobSchedule::Kind::Off));
    m_kind->addItem(tr("Every day"), int(JobSchedule::Kind::Daily));
    m_kind->addItem(tr("Every week"), int(JobSchedule::Kind::Weekly));
    m_kind->setCurrentIndex(m_kind->findData(int(schedule.kind)));
    m_day->setAccessibleName(tr("Day of the week"));
    for (int day = 1; day <= 7; ++day)
        m_day->addItem(QLocale().dayName(day), day);
    m_day->setCurrentIndex(std::clamp(schedule.dayOfWeek, 1, 7) - 1);
    m_time->setAccessibleName(tr("Time of day"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind, 1);
    layout->addWidget(m_day);
    layout->addWidget(m_time);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScheduleEdit::updateEnabled);
    updateEnabled();
}

ScheduleEdit::~ScheduleEdit() = default;

void ScheduleEdit::updateEnabled()
{
    const auto kind = JobSchedule::Kind(m_kind->currentData().toInt());
    m_day->setEnabled(kind == JobSchedule::Kind::Weekly);
    m_time->setEnabled(kind != JobSchedule::Kind::Off);
}

JobSchedule ScheduleEdit::schedule() const
{
    JobSchedule schedule;
    schedule.kind = JobSchedule::Kind(m_kind->currentData().toInt());
    schedule.dayOfWeek = m_day->currentData().toInt();
    schedule.time = schedule.isOn() ? QTime(m_time->time().hour(), m_time->time().minute()) : QTime();
    return schedule;
}

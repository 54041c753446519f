#pragma once

#include "jobs/jobschedule.h"

#include <QWidget>

class QComboBox;
class QTimeEdit;

// When a job runs by itself, as `job schedule` offers it: only by hand, every day at a time, or every week on
// a day at a time. Used by the job editor and the Jobs page's Schedule dialog.
class ScheduleEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleEdit)

public:
    explicit ScheduleEdit(const JobSchedule& schedule, QWidget* parent = nullptr);
    ~ScheduleEdit() override;

    [[nodiscard]] JobSchedule schedule() const;
    [[nodiscard]] QComboBox* kindChoice() const { return m_kind; }
    [[nodiscard]] QComboBox* dayChoice() const { return m_day; }
    [[nodiscard]] QTimeEdit* timeEdit() const { return m_time; }

private:
    void updateEnabled();

    QComboBox* m_kind = nullptr;
    QComboBox* m_day = nullptr;
    QTimeEdit* m_time = nullptr;
};

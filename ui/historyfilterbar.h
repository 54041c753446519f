#pragma once

#include "history/historystore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPushButton;

// Above the History page's table: which runs to list (job, profile, outcome, a date range) and what to do with
// them (export the listed runs as CSV, run the selected run's job again).
class HistoryFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilterBar)

public:
    explicit HistoryFilterBar(QWidget* parent = nullptr);
    ~HistoryFilterBar() override;

    [[nodiscard]] HistoryFilter filter() const;
    // Refills the job and profile choices from the saved jobs and profiles, keeping the current choice.
    void refreshChoices();
    [[nodiscard]] QPushButton* runAgainButton() const { return m_runAgain; }
    [[nodiscard]] QPushButton* exportButton() const { return m_export; }
    [[nodiscard]] QComboBox* jobChoice() const { return m_job; }
    [[nodiscard]] QComboBox* outcomeChoice() const { return m_outcome; }

signals:
    void filterChanged();
    void exportRequested();
    void runAgainRequested();

private:
    QComboBox* m_job = nullptr;
    QComboBox* m_profile = nullptr;
    QComboBox* m_outcome = nullptr;
    QCheckBox* m_dated = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_until = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_runAgain = nullptr;
};

#include "historyfilterbar.h"

#include "jobs/jobstore.h"
#include "profiles/profilestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QPushButton>

namespace
{
    void refill(QComboBox* box, const QString& all, const QStringList& names)
    {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString& name : names)
            box->addItem(name, name);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    }
} // namespace

HistoryFilterBar::HistoryFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_job(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_dated(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-7), this))
    , m_until(new QDateEdit(QDate::currentDate(), this))
    , m_export(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export CSV…"), this))
    , m_runAgain(new QPushButton(QIcon(QStringLiteral(":/icons/retry.svg")), tr("Run Again"), this))
{
    m_job->setAccessibleName(tr("Job"));
    m_profile->setAccessibleName(tr("Profile"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("All outcomes"), QString());
    for (const RunOutcome outcome :
         {RunOutcome::Succeeded, RunOutcome::Failed, RunOutcome::Blocked, RunOutcome::Cancelled, RunOutcome::Unanswered,
          RunOutcome::Interrupted, RunOutcome::DryRun})
        m_outcome->addItem(RunStates::text(outcome), RunStates::key(outcome));
    for (QDateEdit* edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("From date"));
    m_until->setAccessibleName(tr("Until date"));
    m_runAgain->setToolTip(tr("Runs the selected run's job once more, with its source as it is now"));
    refreshChoices();
    // Two rows: on one, the filters and the actions ran past 1024 px (tst_layout), German most of all. The combo
    // boxes take a bounded width whatever job or profile names they list.
    for (QComboBox* box : {m_job, m_profile, m_outcome}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*> {m_job, m_profile, m_outcome})
        filters->addWidget(w);
    filters->addStretch(1);
    auto* dates = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*> {m_dated, m_from, m_until})
        dates->addWidget(w);
    dates->addStretch(1);
    dates->addWidget(m_export);
    dates->addWidget(m_runAgain);
    layout->addLayout(filters);
    layout->addLayout(dates);
    for (QComboBox* box : {m_job, m_profile, m_outcome})
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::filterChanged);
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_until->setEnabled(on);
        emit filterChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryFilterBar::filterChanged);
    connect(m_until, &QDateEdit::dateChanged, this, &HistoryFilterBar::filterChanged);
    connect(m_export, &QPushButton::clicked, this, &HistoryFilterBar::exportRequested);
    connect(m_runAgain, &QPushButton::clicked, this, &HistoryFilterBar::runAgainRequested);
}

HistoryFilterBar::~HistoryFilterBar() = default;

void HistoryFilterBar::refreshChoices()
{
    QStringList jobs;
    for (const Job& job : JobStore().list())
        jobs << job.name;
    refill(m_job, tr("All jobs and syncs"), jobs);
    refill(m_profile, tr("All profiles"), ProfileStore(nullptr).profileNames());
}

HistoryFilter HistoryFilterBar::filter() const
{
    HistoryFilter filter;
    filter.job = m_job->currentData().toString();
    filter.profile = m_profile->currentData().toString();
    filter.outcome = m_outcome->currentData().toString();
    if (m_dated->isChecked()) {
        filter.from = m_from->date().startOfDay().toUTC();
        filter.until = m_until->date().addDays(1).startOfDay().toUTC();
    }
    return filter;
}

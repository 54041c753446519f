#include "jobspage.h"

#include "appservices.h"
#include "format.h"
#include "history/historystore.h"
#include "jobeditor.h"
#include "jobprocess.h"
#include "jobs/jobscheduler.h"
#include "jobs/jobstore.h"
#include "messagebox.h"
#include "scheduleedit.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

JobsPage::JobsPage(const AppServices* services, QWidget* parent)
    : Page(tr("Jobs"), tr("Saved syncs: run them now, all at once, or on a schedule."), parent)
    , m_services(services)
    , m_process(new JobProcess(this))
    , m_table(new QTableWidget(0, 6, this))
    , m_log(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_runNow(new QPushButton(QIcon(QStringLiteral(":/icons/play.svg")), tr("&Run Now"), this))
    , m_runAll(new QPushButton(tr("Run &All"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_schedule(new QPushButton(tr("&Schedule…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_table->setAccessibleName(tr("Saved jobs"));
    m_table->setHorizontalHeaderLabels(
        {tr("Job"), tr("Profile"), tr("Source"), tr("Schedule"), tr("Last result"), tr("When")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch); // the source; its tooltip has it all
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setAccessibleName(tr("Run log"));
    m_log->setMaximumHeight(120);
    m_log->hide(); // until a run has something to say
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("summaryLabel"));
    m_progress->setRange(0, 0); // a run reports per job, not per percent: busy while it lasts
    m_progress->setAccessibleName(tr("Run in progress"));
    m_progress->hide();
    m_cancel->setToolTip(tr("Stops the run cleanly: the job being synced ends as interrupted"));
    m_cancel->hide();
    m_delete->setObjectName(QStringLiteral("deleteJob"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_runNow, m_runAll})
        buttons->addWidget(button);
    buttons->addStretch(1);
    for (QPushButton* button : {m_new, m_edit, m_schedule, m_delete})
        buttons->addWidget(button);
    auto* running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_cancel);
    QVBoxLayout* layout = contentLayout();
    layout->addWidget(m_table, 3);
    layout->addLayout(buttons);
    layout->addLayout(running);
    layout->addWidget(m_status);
    layout->addWidget(m_log);

    connect(m_runNow, &QPushButton::clicked, this, [this] { run(selectedJob()); });
    connect(m_runAll, &QPushButton::clicked, this, [this] { run(QString()); });
    connect(m_cancel, &QPushButton::clicked, this, &JobsPage::cancel);
    connect(m_new, &QPushButton::clicked, this, [this] { edit(Job(), false); });
    connect(m_edit, &QPushButton::clicked, this, &JobsPage::editSelected);
    connect(m_schedule, &QPushButton::clicked, this, &JobsPage::scheduleSelected);
    connect(m_delete, &QPushButton::clicked, this, &JobsPage::deleteSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &JobsPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &JobsPage::editSelected);
    connect(m_process, &JobProcess::progress, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_process, &JobProcess::finished, this, &JobsPage::onFinished);
    reload();
}

JobsPage::~JobsPage() = default;

void JobsPage::enter()
{
    reload();
}

void JobsPage::reload()
{
    const QString selected = selectedJob();
    QStringList warnings;
    const QList<Job> jobs = JobStore().list(&warnings);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_table->setRowCount(int(jobs.size()));
    for (int row = 0; row < jobs.size(); ++row) {
        const Job& job = jobs.at(row);
        const QList<HistoryRecord> last = m_services->history()->runs(HistoryFilter {job.name, {}, {}, {}, {}, 1});
        const QString source = job.isFolderSource()
            ? tr("newest %1 in %2").arg(job.pattern, QDir::toNativeSeparators(job.sourcePath))
            : QDir::toNativeSeparators(job.sourcePath);
        const QStringList cells = {job.name,
                                   job.profile,
                                   source,
                                   job.schedule.toText(),
                                   last.isEmpty() ? tr("Never run") : RunStates::text(last.first().outcome),
                                   last.isEmpty() ? QString() : Format::age(last.first().started, now)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
        if (job.name == selected)
            m_table->selectRow(row);
    }
    const QString none = tr("No jobs yet: save a sync as a job at the end of a sync, or add one with New.");
    if (!warnings.isEmpty())
        setStatus(warnings.join(u'\n'), true);
    else if (jobs.isEmpty())
        setStatus(none, false);
    else if (statusText() == none)
        setStatus(QString(), false);
    updateButtons();
}

QString JobsPage::statusText() const
{
    return m_status->text();
}

void JobsPage::setStatus(const QString& text, bool failed)
{
    m_status->setText(text);
    m_status->setProperty("failed", failed);
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

QString JobsPage::selectedJob() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), 0)->text();
}

void JobsPage::selectJob(const QString& name)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == name)
            m_table->selectRow(row);
    }
}

void JobsPage::updateButtons()
{
    const bool idle = !m_process->isRunning();
    const bool selected = !selectedJob().isEmpty();
    m_runNow->setEnabled(idle && selected);
    m_runAll->setEnabled(idle && m_table->rowCount() > 0);
    m_edit->setEnabled(selected);
    m_schedule->setEnabled(selected);
    m_delete->setEnabled(idle && selected);
    m_progress->setVisible(!idle);
    m_cancel->setVisible(!idle);
    m_cancel->setEnabled(!idle);
}

void JobsPage::run(const QString& name)
{
    if (m_process->isRunning())
        return;
    m_log->clear();
    m_log->show();
    setStatus(name.isEmpty() ? tr("Running every job…") : tr("Running “%1”…").arg(name), false);
    m_process->start(name);
    updateButtons();
}

void JobsPage::cancel()
{
    if (!m_process->isRunning())
        return;
    setStatus(tr("Stopping the run…"), false);
    m_cancel->setEnabled(false);
    m_process->cancel();
}

void JobsPage::editSelected()
{
    const QString name = selectedJob();
    if (name.isEmpty())
        return;
    QString error;
    const std::optional<Job> stored = JobStore().load(name, &error);
    if (!stored) {
        setStatus(error, true);
        return;
    }
    edit(*stored, true);
}

void JobsPage::edit(const Job& job, bool existing)
{
    auto* editor = new JobEditor(job, existing, m_services, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const QString name = editor->job().name;
        reload();
        selectJob(name);
        setStatus(tr("Saved job “%1”.").arg(name), false);
        emit jobSaved(name);
    });
    editor->open();
}

void JobsPage::scheduleSelected()
{
    QString error;
    const std::optional<Job> stored = JobStore().load(selectedJob(), &error);
    if (!stored) {
        setStatus(error, true);
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Schedule “%1”").arg(stored->name));
    auto* when = new ScheduleEdit(stored->schedule, dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Run this job by itself:"), dialog));
    layout->addWidget(when);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, when, job = *stored]() mutable {
        const JobSchedule previous = job.schedule;
        job.schedule = when->schedule();
        QString problem;
        const bool applied = JobEditor::store(job, previous, &problem);
        reload();
        setStatus(applied ? tr("“%1” runs %2.").arg(job.name, job.schedule.toText()) : problem, !applied);
        dialog->accept();
    });
    dialog->open();
}

void JobsPage::deleteSelected()
{
    const QString name = selectedJob();
    if (name.isEmpty() || m_process->isRunning())
        return;
    MessageBox::ask(this, QMessageBox::Question, tr("Delete Job"),
                    tr("Delete the job “%1”? Its runs stay in the history.").arg(name),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, [this, name](MessageBox::Answer a) {
                        if (a != QMessageBox::Yes)
                            return;
                        QString error;
                        const std::optional<Job> job = JobStore().load(name, &error);
                        QStringList notes;
                        if (job && job->schedule.isOn())
                            notes << JobScheduler::apply(name, JobSchedule {}, QString()).message;
                        const bool removed = JobStore().remove(name, &error);
                        notes.prepend(removed ? tr("Deleted job “%1”.").arg(name) : error);
                        reload();
                        setStatus(notes.join(u'\n'), !removed);
                    });
}

void JobsPage::onFinished(int exitCode, const QList<JobRunReport>& reports, const QString& problem)
{
    QStringList lines;
    for (const JobRunReport& report : reports) {
        lines << tr("%1: %2 (%3)")
                     .arg(report.job, JobRunReport::outcomeText(report.outcome), Format::duration(report.durationMs));
        if (!report.message.isEmpty() && report.exitCode != 0)
            lines << QStringLiteral("    ") + report.message;
    }
    if (!problem.isEmpty())
        lines << problem;
    reload();
    setStatus(lines.join(u'\n'), exitCode != 0);
    emit runRecorded();
}

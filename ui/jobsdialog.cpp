#include "jobsdialog.h"

#include "format.h"
#include "history/historystore.h"
#include "jobeditor.h"
#include "jobprocess.h"
#include "jobs/jobstore.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace
{
    // "3 h ago", "2 days ago": how fresh the last result is.
    QString age(const QDateTime& when)
    {
        const qint64 minutes = when.secsTo(QDateTime::currentDateTimeUtc()) / 60;
        if (minutes < 60)
            return JobsDialog::tr("%n minute(s) ago", nullptr, int(std::max<qint64>(0, minutes)));
        if (minutes < 48 * 60)
            return JobsDialog::tr("%n hour(s) ago", nullptr, int(minutes / 60));
        return JobsDialog::tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
    }
} // namespace

JobsDialog::JobsDialog(QWidget* parent)
    : QDialog(parent)
    , m_process(new JobProcess(this))
    , m_table(new QTableWidget(0, 6, this))
    , m_log(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_runNow(new QPushButton(QIcon(QStringLiteral(":/icons/play.svg")), tr("&Run Now"), this))
    , m_runAll(new QPushButton(tr("Run &All"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_new(new QPushButton(tr("&New…"), this))
{
    setWindowTitle(tr("Jobs"));
    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_table->setAccessibleName(tr("Saved jobs"));
    m_table->setHorizontalHeaderLabels(
        {tr("Job"), tr("Profile"), tr("Source"), tr("Schedule"), tr("Last result"), tr("When")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setAccessibleName(tr("Run log"));
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_runNow, m_runAll, m_edit, m_new})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_log, 2);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runNow, &QPushButton::clicked, this, [this] { run(selectedJob()); });
    connect(m_runAll, &QPushButton::clicked, this, [this] { run(QString()); });
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(selectedJob()); });
    connect(m_new, &QPushButton::clicked, this, [this] { edit(QString()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &JobsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { edit(selectedJob()); });
    connect(m_process, &JobProcess::progress, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_process, &JobProcess::finished, this, &JobsDialog::onFinished);
    resize(900, 560);
    reload();
}

JobsDialog::~JobsDialog() = default;

void JobsDialog::reload()
{
    const QString selected = selectedJob();
    QStringList warnings;
    const QList<Job> jobs = JobStore().list(&warnings);
    HistoryStore history;
    m_table->setRowCount(int(jobs.size()));
    for (int row = 0; row < jobs.size(); ++row) {
        const Job& job = jobs.at(row);
        const QList<HistoryRecord> last = history.runs(HistoryFilter {job.name, {}, {}, {}, {}, 1});
        const QString source = job.isFolderSource()
            ? tr("newest %1 in %2").arg(job.pattern, QDir::toNativeSeparators(job.sourcePath))
            : QDir::toNativeSeparators(job.sourcePath);
        const QStringList cells = {job.name,
                                   job.profile,
                                   source,
                                   job.schedule.toText(),
                                   last.isEmpty() ? tr("Never run") : RunStates::text(last.first().outcome),
                                   last.isEmpty() ? QString() : age(last.first().started)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (job.name == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_status->setText(warnings.isEmpty() ? (jobs.isEmpty() ? tr("No jobs yet: save a sync as a job, or add one "
                                                                "with New.")
                                                           : QString())
                                         : warnings.join(u'\n'));
    updateButtons();
}

QString JobsDialog::selectedJob() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), 0)->text();
}

void JobsDialog::updateButtons()
{
    const bool idle = !m_process->isRunning();
    m_runNow->setEnabled(idle && !selectedJob().isEmpty());
    m_runAll->setEnabled(idle && m_table->rowCount() > 0);
    m_edit->setEnabled(!selectedJob().isEmpty());
}

void JobsDialog::run(const QString& name)
{
    if (m_process->isRunning())
        return;
    m_log->clear();
    m_status->setText(name.isEmpty() ? tr("Running every job…") : tr("Running “%1”…").arg(name));
    m_process->start(name);
    updateButtons();
}

void JobsDialog::edit(const QString& name)
{
    Job job;
    if (!name.isEmpty()) {
        QString error;
        const std::optional<Job> stored = JobStore().load(name, &error);
        if (!stored) {
            m_status->setText(error);
            return;
        }
        job = *stored;
    }
    auto* editor = new JobEditor(job, !name.isEmpty(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, &JobsDialog::reload);
    editor->open();
}

void JobsDialog::onFinished(int exitCode, const QList<JobRunReport>& reports, const QString& problem)
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
    m_status->setText(lines.join(u'\n'));
    m_status->setProperty("failed", exitCode != 0);
    reload();
    emit runRecorded();
}

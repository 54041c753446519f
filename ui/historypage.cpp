#include "historypage.h"

#include "format.h"
#include "history/historycsv.h"
#include "history/historystore.h"
#include "historyfilterbar.h"
#include "historymodel.h"
#include "jobprocess.h"
#include "messagebox.h"
#include "richtext.h"
#include "session.h"
#include "torii/syncstage.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

HistoryPage::HistoryPage(Session* session, HistoryStore* history, QWidget* parent)
    : Page(tr("History"), tr("Every run, newest first: what was sent where, and how each stage went."), parent)
    , m_session(session)
    , m_store(history)
    , m_model(new HistoryModel(this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_filterBar(new HistoryFilterBar(this))
    , m_jobs(new JobProcess(this))
{
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("Past runs"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // The file name takes what is left, so Outcome stays in view at 1024 px (fixed widths pushed it off).
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(60);
    for (int c = 0; c < HistoryModel::NB_COLUMNS; ++c)
        header->setSectionResizeMode(
            c, c == HistoryModel::FileColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_details->setObjectName(QStringLiteral("card"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMargin(12);
    m_details->setMinimumHeight(150);
    contentLayout()->addWidget(m_filterBar);
    contentLayout()->addWidget(m_view, 2);
    contentLayout()->addWidget(m_details, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPage::showDetails);
    connect(m_filterBar, &HistoryFilterBar::filterChanged, this, &HistoryPage::reload);
    connect(m_filterBar, &HistoryFilterBar::exportRequested, this, &HistoryPage::chooseExport);
    connect(m_filterBar, &HistoryFilterBar::runAgainRequested, this, &HistoryPage::runAgain);
    connect(m_jobs, &JobProcess::finished, this,
            [this](int, const QList<JobRunReport>& reports, const QString& problem) {
                m_filterBar->runAgainButton()->setEnabled(true);
                reload();
                if (!problem.isEmpty())
                    MessageBox::warning(this, tr("Run Again"), problem);
                else if (!reports.isEmpty())
                    m_details->setText(tr("Job “%1”: %2. %3")
                                           .arg(reports.first().job, JobRunReport::outcomeText(reports.first().outcome),
                                                reports.first().message)
                                           .toHtmlEscaped());
            });
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::enter()
{
    m_filterBar->refreshChoices();
    reload();
}

void HistoryPage::runRecorded()
{
    // The journal writes a run before each request and after each stage: reading the whole history back each
    // time cost the GUI thread 10-20 ms per stage of a sync, for a page nobody was looking at.
    if (isVisible())
        reload();
}

void HistoryPage::reload()
{
    if (!m_store->open()) {
        m_model->setRuns({});
        m_details->setText(tr("The history database could not be opened: %1").arg(m_store->errorString()));
        return;
    }
    m_model->setRuns(m_store->runs(m_filterBar->filter()));
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    else
        m_details->setText(tr("No runs yet. Finished and failed syncs appear here."));
}

QString HistoryPage::detailsText() const
{
    return m_details->text();
}

void HistoryPage::showDetails()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const HistoryRecord& r = m_model->run(index.row());
    QStringList stages;
    for (const SyncStage stage : Format::stagesInRunOrder()) {
        const auto it = std::find_if(r.stages.cbegin(), r.stages.cend(), [stage](const HistoryRecord::Stage& s) {
            return SyncStages::fromKey(s.key) == stage;
        });
        if (it == r.stages.cend())
            continue;
        QString line = tr("%1: %2").arg(Format::stageTitle(stage), RunStates::text(it->result));
        if (it->attempts > 0)
            line += tr(" in %1 · attempts: %2").arg(Format::duration(it->elapsedMs)).arg(it->attempts);
        stages << line.toHtmlEscaped();
    }
    const QString preset = r.preset.isEmpty() || r.preset == QLatin1String("auto") ? tr("auto-match") : r.preset;
    const QUrl api(r.apiUrl);
    const bool local = api.host() == QLatin1String("127.0.0.1") || api.host() == QLatin1String("localhost") ||
        api.host() == QLatin1String("::1");
    const QString where = local ? tr("%1 (sandbox on this computer)").arg(r.apiUrl) : r.apiUrl;
    QString text =
        QStringLiteral("<b>%1</b> → %2<br>%3<br>%4<br>%5 <b>%6</b>")
            .arg(r.sourceFile.toHtmlEscaped(),
                 tr("%1 (app account %2)").arg(r.profile).arg(r.appAccountId).toHtmlEscaped(),
                 tr("API: %1").arg(where).toHtmlEscaped(),
                 tr("Preset: %1 · %2 users, %3 licences, %4 rejected")
                     .arg(preset, Format::count(r.users), Format::count(r.licenses), Format::count(r.rejected))
                     .toHtmlEscaped(),
                 tr("Outcome:").toHtmlEscaped(), RunStates::text(r.outcome).toHtmlEscaped());
    if (!r.job.isEmpty())
        text += QStringLiteral("<br>") + tr("Job: %1").arg(r.job).toHtmlEscaped();
    if (r.fileId > 0)
        text += QStringLiteral("<br>") + tr("Torii file ID %1").arg(r.fileId).toHtmlEscaped();
    if (!r.error.isEmpty())
        text += QStringLiteral("<br><span style='color:#b3261e'>%1</span>").arg(r.error.toHtmlEscaped());
    text += QStringLiteral("<br><br>") + stages.join(QStringLiteral("<br>"));
    m_details->setText(text);
}

bool HistoryPage::exportCsv(const QString& path, QString* error) const
{
    QList<HistoryRecord> runs;
    for (int row = 0; row < m_model->rowCount(); ++row)
        runs.append(m_model->run(row));
    const QByteArray csv = HistoryCsv::toCsv(runs);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit())
        return true;
    *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

void HistoryPage::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export History"), QStringLiteral("history.csv"),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        MessageBox::warning(this, tr("Export History"), error);
}

void HistoryPage::runAgain()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const HistoryRecord& run = m_model->run(index.row());
    // Only a job knows where its source lives; the history keeps file names, not folders.
    if (run.job.isEmpty()) {
        MessageBox::information(this, tr("Run Again"),
                                tr("This run was a one-off sync of %1, not a job. Open the file again, or save a "
                                   "sync as a job (Jobs menu) to repeat it with one click.")
                                    .arg(run.sourceFile));
        return;
    }
    m_filterBar->runAgainButton()->setEnabled(false);
    m_details->setText(tr("Running job “%1” again…").arg(run.job).toHtmlEscaped());
    m_jobs->start(run.job);
}

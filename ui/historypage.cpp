#include "historypage.h"

#include "format.h"
#include "history/historystore.h"
#include "historymodel.h"
#include "richtext.h"
#include "session.h"
#include "torii/syncstage.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

HistoryPage::HistoryPage(Session* session, HistoryStore* history, QWidget* parent)
    : Page(tr("History"), tr("Every run, newest first: what was sent where, and how each stage went."), parent)
    , m_session(session)
    , m_store(history)
    , m_model(new HistoryModel(this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("Past runs"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(HistoryModel::StartedColumn, 150);
    m_view->horizontalHeader()->resizeSection(HistoryModel::FileColumn, 230);
    m_view->horizontalHeader()->resizeSection(HistoryModel::ProfileColumn, 200);
    m_details->setObjectName(QStringLiteral("card"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMargin(12);
    m_details->setMinimumHeight(150);
    contentLayout()->addWidget(m_view, 2);
    contentLayout()->addWidget(m_details, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPage::showDetails);
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::enter()
{
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
    m_model->setRuns(m_store->runs());
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
    for (const HistoryRecord::Stage& s : r.stages) {
        const SyncStage stage = SyncStages::fromKey(s.key);
        const QString name = stage == SyncStage::None
            ? s.key
            : QStringLiteral("%1. %2").arg(int(stage)).arg(SyncStages::displayName(stage));
        QString line = tr("%1: %2").arg(name, RunStates::text(s.result));
        if (s.attempts > 0)
            line += tr(" in %1 · attempts: %2").arg(Format::duration(s.elapsedMs)).arg(s.attempts);
        stages << line.toHtmlEscaped();
    }
    QStringList lines;
    lines << RichText::bold(r.sourceFile) +
            RichText::text(tr(" → %1 (app account %2)").arg(r.profile).arg(r.appAccountId));
    const QString counts = tr("%1, %2, %3")
                               .arg(tr("%Ln user(s)", nullptr, static_cast<int>(r.users)),
                                    tr("%Ln licence(s)", nullptr, static_cast<int>(r.licenses)),
                                    tr("%Ln rejected", nullptr, static_cast<int>(r.rejected)));
    lines << RichText::text(tr("Preset: %1 · %2 · outcome %3"))
                 .arg(RichText::text(r.preset), RichText::text(counts), RichText::bold(RunStates::text(r.outcome)));
    if (r.fileId > 0)
        lines << RichText::text(tr("Torii file ID %1").arg(r.fileId));
    if (!r.error.isEmpty())
        lines << RichText::tinted(r.error, RichText::Tone::Error);
    const QString text = RichText::paragraphs({RichText::lines(lines), RichText::lines(stages)});
    m_details->setText(text);
}

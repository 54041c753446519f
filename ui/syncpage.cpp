#include "syncpage.h"

#include "notifier.h"
#include "session.h"
#include "stagerow.h"
#include "torii/syncstage.h"

#include <QVBoxLayout>

SyncPage::SyncPage(Session* session, Notifier* notifier, QWidget* parent)
    : Page(tr("Sync"), tr("Send the users to Torii."), parent)
    , m_session(session)
    , m_notifier(notifier)
{
    for (const SyncStage stage : SyncStages::all()) {
        auto* row = new StageRow(SyncStages::index(stage) + 1, SyncStages::displayName(stage), this);
        m_rows << row;
        contentLayout()->addWidget(row);
    }
    contentLayout()->addStretch(1);
}

SyncPage::~SyncPage() = default;

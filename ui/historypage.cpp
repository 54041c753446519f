#include "historypage.h"

#include "session.h"

HistoryPage::HistoryPage(Session* session, QWidget* parent)
    : Page(tr("History"), tr("Past runs."), parent)
    , m_session(session)
{ }

HistoryPage::~HistoryPage() = default;

void HistoryPage::reload() { }

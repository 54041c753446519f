#include "reviewpage.h"

#include "session.h"

ReviewPage::ReviewPage(Session* session, QWidget* parent)
    : Page(tr("Review"), tr("Check what will be sent."), parent)
    , m_session(session)
{ }

ReviewPage::~ReviewPage() = default;

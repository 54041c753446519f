#include "connectpage.h"

#include "session.h"

ConnectPage::ConnectPage(Session* session, SecretStore* secrets, QWidget* parent)
    : Page(tr("Connect"), tr("Choose where to sync."), parent)
    , m_session(session)
    , m_secrets(secrets)
{ }

ConnectPage::~ConnectPage() = default;

void ConnectPage::selectDemo() { }

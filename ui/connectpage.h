#pragma once

#include "page.h"

class SecretStore;
class Session;

// Step 1 (stub until the profiles/torii engine lands).
class ConnectPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectPage)

public:
    ConnectPage(Session* session, SecretStore* secrets, QWidget* parent = nullptr);
    ~ConnectPage() override;
    void selectDemo();

private:
    Session* m_session = nullptr;
    SecretStore* m_secrets = nullptr;
};

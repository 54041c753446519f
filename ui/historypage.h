#pragma once

#include "page.h"

class Session;

class HistoryPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)

public:
    explicit HistoryPage(Session* session, QWidget* parent = nullptr);
    ~HistoryPage() override;
    void reload();

private:
    Session* m_session = nullptr;
};

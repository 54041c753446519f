#pragma once

#include "page.h"

class Session;

class ReviewPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(Session* session, QWidget* parent = nullptr);
    ~ReviewPage() override;

private:
    Session* m_session = nullptr;
};

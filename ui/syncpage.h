#pragma once

#include "page.h"

class Notifier;
class Session;
class StageRow;

class SyncPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    SyncPage(Session* session, Notifier* notifier, QWidget* parent = nullptr);
    ~SyncPage() override;
    [[nodiscard]] QList<StageRow*> stageRows() const { return m_rows; }

signals:
    void runRecorded();

private:
    Session* m_session = nullptr;
    Notifier* m_notifier = nullptr;
    QList<StageRow*> m_rows;
};

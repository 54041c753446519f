#pragma once

#include "page.h"

class QUndoStack;
class Session;

class MapPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapPage)

public:
    explicit MapPage(Session* session, QWidget* parent = nullptr);
    ~MapPage() override;
    [[nodiscard]] QUndoStack* undoStack() const { return m_undo; }

private:
    Session* m_session = nullptr;
    QUndoStack* m_undo = nullptr;
};

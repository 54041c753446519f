#pragma once

#include "mapping/mapping.h"

#include <QUndoCommand>

class Session;

// One undoable mapping change on the Map page (a column picked, a transform or value map edited, a preset
// applied): keeps the mapping before and after, and sets the session's mapping on undo/redo.
class MappingCommand final : public QUndoCommand
{
public:
    MappingCommand(Session* session, Mapping before, Mapping after, const QString& text);
    ~MappingCommand() override;
    Q_DISABLE_COPY_MOVE(MappingCommand)

    void undo() override;
    void redo() override;

private:
    Session* m_session;
    Mapping m_before;
    Mapping m_after;
};

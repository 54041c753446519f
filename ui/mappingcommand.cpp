#include "mappingcommand.h"

#include "session.h"

MappingCommand::MappingCommand(Session* session, Mapping before, Mapping after, const QString& text)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

MappingCommand::~MappingCommand() = default;

void MappingCommand::undo()
{
    m_session->setMapping(m_before);
}

void MappingCommand::redo()
{
    m_session->setMapping(m_after);
}

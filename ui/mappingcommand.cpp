#include "mappingcommand.h"

#include "session.h"

MappingCommand::MappingCommand(Session* session, MappingModel* model, State before, State after, const QString& text)
    : QUndoCommand(text)
    , m_session(session)
    , m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

MappingCommand::~MappingCommand() = default;

void MappingCommand::undo()
{
    apply(m_session, m_model, m_before);
}

void MappingCommand::redo()
{
    apply(m_session, m_model, m_after);
}

void MappingCommand::apply(Session* session, MappingModel* model, const State& state)
{
    if (session->presetName() != state.presetName)
        session->setPresetName(state.presetName);
    session->setPolicy(state.policy);
    session->setMaxInvalidPercent(state.maxInvalidPercent);
    session->setMapping(state.mapping);
    model->setOrigins(state.origins); // after the mapping: the labels describe the columns it maps
}

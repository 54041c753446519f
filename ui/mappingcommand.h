#pragma once

#include "mapping/mapping.h"
#include "mappingmodel.h"
#include "validate/invalidrowpolicy.h"

#include <QHash>
#include <QUndoCommand>

class Session;

// One undoable change on the Map page (a column picked, a transform or value map edited, a preset applied,
// auto-match): keeps what the page showed before and after, and puts it back on undo/redo. That is more than
// the mapping: undoing "Preset Okta" must also forget the preset's name (the history would otherwise record a
// preset the mapping no longer follows) and its invalid-row policy, and the Match column's labels must say
// where each column came from again.
class MappingCommand final : public QUndoCommand
{
public:
    struct State
    {
        Mapping mapping;
        QString presetName;
        InvalidRowPolicy policy = InvalidRowPolicy::SkipWithinLimit;
        double maxInvalidPercent = InvalidRowPolicies::DefaultMaxInvalidPercent;
        QHash<TargetField, MappingModel::Origin> origins;
    };

    MappingCommand(Session* session, MappingModel* model, State before, State after, const QString& text);
    ~MappingCommand() override;
    Q_DISABLE_COPY_MOVE(MappingCommand)

    void undo() override;
    void redo() override;

    // Shows `state` without an undo step (a change that leaves the mapping as it is).
    static void apply(Session* session, MappingModel* model, const State& state);

private:
    Session* m_session;
    MappingModel* m_model;
    State m_before;
    State m_after;
};

#include "mappage.h"

#include "session.h"

#include <QUndoStack>

MapPage::MapPage(Session* session, QWidget* parent)
    : Page(tr("Map"), tr("Match columns to Torii fields."), parent)
    , m_session(session)
    , m_undo(new QUndoStack(this))
{ }

MapPage::~MapPage() = default;

// SyncPipeline's pre-request gate and the settling of an unknown sync outcome (split from syncpipeline.cpp to
// keep files small): the safe-sync preflight and verification plug in here.
#include "torii/syncpipeline.h"

void SyncPipeline::setGate(Gate gate)
{
    m_gate = std::move(gate);
}

void SyncPipeline::runGate()
{
    m_gate(m_payload, [this, guard = QPointer<SyncPipeline>(this), generation = m_generation](const GateDecision& d) {
        if (!guard || generation != m_generation || !m_running)
            return; // cancelled or reset meanwhile
        if (!d.proceed) {
            m_stoppedByGate = true;
            log(d.message);
            finishRun(Outcome::Failed, ToriiError::local(SyncStage::None, d.message));
            return;
        }
        m_gatePassed = true;
        advance();
    });
}

void SyncPipeline::markSyncAccepted()
{
    if (m_running || m_fileId < 0)
        return;
    m_syncDone = true;
    m_syncUncertain = false;
    rec(SyncStage::Sync).state = StageState::Done;
    m_outcome = Outcome::Succeeded;
    m_lastError = {};
}

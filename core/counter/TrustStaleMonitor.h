#pragma once

#include "common/Clock.h"
#include "log/EvidenceJournal.h"
#include "trust/TrustRepository.h"

#include <QHash>

namespace passdesk::counter {

/// Turns stale trust data into evidence: while a live set (DSC list, SHC directory, revocation list)
/// is older than the repository's maximum age, a `trust_stale` period is open in the evidence journal,
/// naming the set, its age and source and the last failed update; it is closed when a fresh copy is
/// applied. Synchronous; call check() after each update attempt and on a timer.
class TrustStaleMonitor
{
public:
    TrustStaleMonitor(const trust::TrustRepository& repository, log::EvidenceJournal& journal, const Clock& clock);

    /// Opens and closes periods as the sets' states require. Returns how many periods it opened.
    int check();
    /// Whether a trust_stale period is open for `kind`.
    bool isOpen(trust::TrustSetKind kind) const { return m_open.contains(static_cast<int>(kind)); }

private:
    const trust::TrustRepository& m_repository;
    log::EvidenceJournal& m_journal;
    const Clock& m_clock;
    QHash<int, qint64> m_open; ///< kind -> open evidence period id
};

} // namespace passdesk::counter

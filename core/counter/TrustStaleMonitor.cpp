#include "counter/TrustStaleMonitor.h"

namespace passdesk::counter {

TrustStaleMonitor::TrustStaleMonitor(const trust::TrustRepository& repository, log::EvidenceJournal& journal,
                                     const Clock& clock)
    : m_repository(repository), m_journal(journal), m_clock(clock)
{
}

int TrustStaleMonitor::check()
{
    int opened = 0;
    for (const trust::TrustSetStatus& st : m_repository.status(m_clock.now())) {
        const int key = static_cast<int>(st.kind);
        const bool stale = st.state == trust::TrustSetStatus::State::Stale;
        if (stale && !m_open.contains(key)) {
            const QString cause = QStringLiteral("%1 older than %2 h: ")
                                      .arg(trust::toString(st.kind))
                                      .arg(m_repository.maxAge().count() / 3600) +
                                  st.summary();
            if (auto id = m_journal.begin(QStringLiteral("trust_stale"), cause)) {
                m_open.insert(key, *id);
                ++opened;
            }
        } else if (!stale && m_open.contains(key)) {
            if (m_journal.end(m_open.value(key))) {
                m_open.remove(key);
            }
        }
    }
    return opened;
}

} // namespace passdesk::counter

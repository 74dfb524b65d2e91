#include "update/TrustUpdateScheduler.h"

namespace passdesk::update {

TrustUpdateScheduler::TrustUpdateScheduler(TrustFetcher& fetcher, QObject* parent) : QObject(parent), m_fetcher(fetcher)
{
    connect(&m_timer, &QTimer::timeout, this, &TrustUpdateScheduler::fetchAll);
    connect(&m_fetcher, &TrustFetcher::finished, this, [this] {
        if (m_fetcher.pending() == 0 && m_afterUpdate) {
            m_afterUpdate();
        }
    });
}

void TrustUpdateScheduler::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    fetchAll();
}

void TrustUpdateScheduler::fetchAll()
{
    for (const Source& s : m_sources) {
        m_fetcher.fetch(s.kind, s.url, s.shcIssuer);
    }
}

} // namespace passdesk::update

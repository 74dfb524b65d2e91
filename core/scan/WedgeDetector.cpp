#include "scan/WedgeDetector.h"

#include "scan/KeyboardLayoutRecovery.h"

#include <algorithm>

namespace passdesk::scan {

void WedgeDetector::key(QChar c, qint64 ms)
{
    if (!m_text.isEmpty() && ms - m_last > m_options.maxStallMs) {
        // A long pause: whatever came before was typed, not scanned. This key may start a new burst.
        m_text.clear();
        m_pauses.clear();
        m_tooSlow = false;
    }
    if (!m_text.isEmpty() && ms - m_last > m_options.maxGapMs) {
        m_pauses.push_back(m_text.size()); // a person's gap, or a scanner stalled
        m_fastRun = 0;
    } else {
        ++m_fastRun;
    }
    if (m_text.size() >= m_options.maxLength) {
        m_tooSlow = true; // runaway input: never a certificate
    } else {
        m_text.append(c);
    }
    m_last = ms;
}

void WedgeDetector::commit(const QString& text, qint64 ms)
{
    for (QChar c : text) {
        key(c, ms);
    }
}

namespace {
// Pauses at or after `from`, of those recorded (ascending positions).
qsizetype pausesFrom(const std::vector<qsizetype>& pauses, qsizetype from)
{
    return qsizetype(pauses.end() - std::upper_bound(pauses.begin(), pauses.end(), from));
}
} // namespace

std::optional<QString> WedgeDetector::enter(qint64 ms)
{
    const QString text = m_text;
    const std::vector<qsizetype> pauses = m_pauses;
    const bool live = !m_text.isEmpty() && ms - m_last <= m_options.maxStallMs && !m_tooSlow;
    reset();
    if (!live) {
        return std::nullopt;
    }
    // The burst may follow a few keys a person typed just before (within maxStallMs): it then starts
    // after one of the pauses. Earliest start first, so a scanner's own stalls never cut its text.
    std::vector<qsizetype> starts{0};
    starts.insert(starts.end(), pauses.begin(), pauses.end());
    for (qsizetype start : starts) {
        const QString burst = text.mid(start);
        if (burst.size() < m_options.minLength || pausesFrom(pauses, start) * m_options.charsPerPause > burst.size()) {
            continue;
        }
        if (burst.startsWith(QLatin1String("HC1:")) || burst.startsWith(QLatin1String("shc:/"), Qt::CaseInsensitive)) {
            m_lastArrived = burst;
            return burst;
        }
        if (auto recovered = KeyboardLayoutRecovery::recoverCertificate(burst)) {
            m_lastArrived = burst;
            return recovered;
        }
    }
    return std::nullopt;
}

bool WedgeDetector::inBurst(qint64 ms) const
{
    return !m_text.isEmpty() && ms - m_last <= m_options.maxStallMs;
}

bool WedgeDetector::looksScanned() const
{
    return !m_tooSlow && m_text.size() >= m_options.minLength &&
           qsizetype(m_pauses.size()) * m_options.charsPerPause <= m_text.size();
}

bool WedgeDetector::scannerLike(qint64 ms) const
{
    return inBurst(ms) && looksScanned();
}

void WedgeDetector::reset()
{
    m_text.clear();
    m_pauses.clear();
    m_fastRun = 0;
    m_tooSlow = false;
    m_last = 0;
}

} // namespace passdesk::scan

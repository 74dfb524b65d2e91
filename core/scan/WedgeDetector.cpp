#include "scan/WedgeDetector.h"

#include "scan/KeyboardLayoutRecovery.h"

namespace passdesk::scan {

void WedgeDetector::key(QChar c, qint64 ms)
{
    if (!m_text.isEmpty() && ms - m_last > m_options.maxGapMs) {
        // A pause: whatever came before was typed, not scanned. This key may start a new burst.
        m_text.clear();
        m_tooSlow = false;
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

std::optional<QString> WedgeDetector::enter(qint64 ms)
{
    const QString text = m_text;
    const bool fast = !m_text.isEmpty() && ms - m_last <= m_options.maxGapMs && !m_tooSlow;
    reset();
    if (!fast || text.size() < m_options.minLength) {
        return std::nullopt;
    }
    m_lastArrived = text;
    if (text.startsWith(QLatin1String("HC1:")) || text.startsWith(QLatin1String("shc:/"), Qt::CaseInsensitive)) {
        return text;
    }
    return KeyboardLayoutRecovery::recoverCertificate(text);
}

bool WedgeDetector::inBurst(qint64 ms) const
{
    return !m_text.isEmpty() && ms - m_last <= m_options.maxGapMs;
}

bool WedgeDetector::scannerLike(qint64 ms) const
{
    return inBurst(ms) && !m_tooSlow && m_text.size() >= m_options.minLength;
}

void WedgeDetector::reset()
{
    m_text.clear();
    m_tooSlow = false;
    m_last = 0;
}

} // namespace passdesk::scan

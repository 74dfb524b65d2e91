#pragma once

#include <QDateTime>

#include <chrono>

namespace passdesk {

/// Source of "now". Production code uses SystemClock; tests inject a FixedClock and never sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Current wall-clock time in UTC.
    virtual QDateTime now() const = 0;
    /// Monotonic time for measuring durations and detecting wall-clock jumps.
    virtual std::chrono::steady_clock::time_point monotonic() const = 0;
};

/// The machine's clocks.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    std::chrono::steady_clock::time_point monotonic() const override { return std::chrono::steady_clock::now(); }
};

/// A clock that stands still until a test moves it.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_now(std::move(at)) {}
    QDateTime now() const override { return m_now; }
    std::chrono::steady_clock::time_point monotonic() const override { return m_mono; }
    void set(QDateTime at) { m_now = std::move(at); }
    void advance(std::chrono::milliseconds by)
    {
        m_now = m_now.addMSecs(by.count());
        m_mono += by;
    }

private:
    QDateTime m_now;
    std::chrono::steady_clock::time_point m_mono{};
};

} // namespace passdesk

#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "log/Database.h"

#include <chrono>

namespace passdesk::auth {

/// The owner's PIN or passphrase, which guards log review, exports, settings and the contact-logging
/// switch. Stored as a slow salted hash in the log database; wrong attempts are rate-limited (after
/// five, a lockout that doubles each time, surviving restarts); an unlocked owner view locks itself
/// after a few idle minutes.
class OwnerGate
{
public:
    static constexpr int kFreeAttempts = 5;
    static constexpr std::chrono::seconds kFirstLockout{30};

    OwnerGate(log::Database& db, const Clock& clock, std::chrono::minutes idleLock = std::chrono::minutes(5));

    bool hasPin();
    /// Sets or changes the PIN (at least 6 characters). Errors: `auth.weak`, `db.*`.
    Status setPin(const QString& pin);
    /// Tries to unlock. Errors: `auth.wrong` (message says how many tries are left), `auth.locked`
    /// (message says for how long), `auth.no_pin`.
    Status unlock(const QString& pin);
    /// Unlocked and not idle too long (checking also applies the idle lock).
    bool isUnlocked();
    /// Activity in the owner view: postpones the idle lock.
    void touch();
    void lock();

private:
    log::Database& m_db;
    const Clock& m_clock;
    std::chrono::minutes m_idleLock;
    bool m_unlocked = false;
    std::chrono::steady_clock::time_point m_lastActivity{};
};

} // namespace passdesk::auth

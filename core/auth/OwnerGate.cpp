#include "auth/OwnerGate.h"

#include "crypto/PasswordHash.h"
#include "log/MetaStore.h"

namespace passdesk::auth {

using log::MetaStore;

OwnerGate::OwnerGate(log::Database& db, const Clock& clock, std::chrono::minutes idleLock) : m_db(db), m_clock(clock), m_idleLock(idleLock) {}

bool OwnerGate::hasPin()
{
    return !MetaStore::get(m_db, QStringLiteral("owner_pin")).isEmpty();
}

Status OwnerGate::setPin(const QString& pin)
{
    if (pin.size() < 6) {
        return Status::failure(QStringLiteral("auth.weak"), QStringLiteral("the PIN needs at least 6 characters"));
    }
    if (Status s = MetaStore::set(m_db, QStringLiteral("owner_pin"), crypto::PasswordHash::create(pin)); !s) {
        return s;
    }
    (void)MetaStore::set(m_db, QStringLiteral("owner_failures"), QStringLiteral("0"));
    return MetaStore::set(m_db, QStringLiteral("owner_locked_until"), QString());
}

Status OwnerGate::unlock(const QString& pin)
{
    const QString stored = MetaStore::get(m_db, QStringLiteral("owner_pin"));
    if (stored.isEmpty()) {
        return Status::failure(QStringLiteral("auth.no_pin"), QStringLiteral("no owner PIN is set"));
    }
    const QDateTime now = m_clock.now();
    const QDateTime lockedUntil = QDateTime::fromString(MetaStore::get(m_db, QStringLiteral("owner_locked_until")), Qt::ISODate);
    if (lockedUntil.isValid() && now < lockedUntil) {
        return Status::failure(QStringLiteral("auth.locked"), QStringLiteral("locked for %1 more seconds").arg(now.secsTo(lockedUntil)));
    }
    if (crypto::PasswordHash::matches(pin, stored)) {
        (void)MetaStore::set(m_db, QStringLiteral("owner_failures"), QStringLiteral("0"));
        (void)MetaStore::set(m_db, QStringLiteral("owner_lockouts"), QStringLiteral("0"));
        m_unlocked = true;
        m_lastActivity = m_clock.monotonic();
        return {};
    }
    const int failures = MetaStore::get(m_db, QStringLiteral("owner_failures")).toInt() + 1;
    (void)MetaStore::set(m_db, QStringLiteral("owner_failures"), QString::number(failures));
    if (failures >= kFreeAttempts) {
        const int lockouts = MetaStore::get(m_db, QStringLiteral("owner_lockouts")).toInt();
        const qint64 seconds = kFirstLockout.count() << std::min(lockouts, 10);
        (void)MetaStore::set(m_db, QStringLiteral("owner_lockouts"), QString::number(lockouts + 1));
        (void)MetaStore::set(m_db, QStringLiteral("owner_failures"), QStringLiteral("0"));
        (void)MetaStore::set(m_db, QStringLiteral("owner_locked_until"), now.addSecs(seconds).toString(Qt::ISODate));
        return Status::failure(QStringLiteral("auth.locked"), QStringLiteral("wrong PIN; locked for %1 seconds").arg(seconds));
    }
    return Status::failure(QStringLiteral("auth.wrong"), QStringLiteral("wrong PIN; %1 tries left before a lockout").arg(kFreeAttempts - failures));
}

bool OwnerGate::isUnlocked()
{
    if (m_unlocked && m_clock.monotonic() - m_lastActivity > m_idleLock) {
        m_unlocked = false;
    }
    return m_unlocked;
}

void OwnerGate::touch()
{
    if (isUnlocked()) {
        m_lastActivity = m_clock.monotonic();
    }
}

void OwnerGate::lock()
{
    m_unlocked = false;
}

} // namespace passdesk::auth

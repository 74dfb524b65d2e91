#include "auth/OwnerGate.h"
#include "crypto/PasswordHash.h"
#include "log/VisitLog.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace passdesk;

namespace {
QString codeOf(const Status& s)
{
    return s.ok() ? QStringLiteral("ok") : s.error().code;
}
} // namespace

TEST_CASE("PIN hashes are salted, slow and checked in constant time", "[auth]")
{
    const QString a = crypto::PasswordHash::create(QStringLiteral("246810"), 2000);
    const QString b = crypto::PasswordHash::create(QStringLiteral("246810"), 2000);
    CHECK(a != b); // different salts
    CHECK(a.startsWith(QStringLiteral("pbkdf2-sha256$2000$")));
    CHECK(crypto::PasswordHash::matches(QStringLiteral("246810"), a));
    CHECK_FALSE(crypto::PasswordHash::matches(QStringLiteral("246811"), a));
    CHECK_FALSE(crypto::PasswordHash::matches(QStringLiteral("246810"), QStringLiteral("plain$246810")));
    CHECK_FALSE(crypto::PasswordHash::matches(QStringLiteral("246810"), QStringLiteral("pbkdf2-sha256$1$AA==$AA==")));
}

TEST_CASE("The owner gate: wrong PIN, lockout that survives a restart, idle lock", "[auth]")
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    const QString path = dir.filePath(QStringLiteral("visits.db"));
    auto log = log::VisitLog::open(path, clock, {});
    REQUIRE(log.ok());
    auth::OwnerGate gate((*log)->database(), clock, std::chrono::minutes(5));
    CHECK_FALSE(gate.hasPin());
    CHECK(codeOf(gate.unlock(QStringLiteral("anything"))) == QStringLiteral("auth.no_pin"));
    CHECK(codeOf(gate.setPin(QStringLiteral("123"))) == QStringLiteral("auth.weak"));
    REQUIRE(gate.setPin(QStringLiteral("owner-2026")).ok());
    CHECK(gate.hasPin());

    for (int i = 1; i < auth::OwnerGate::kFreeAttempts; ++i) {
        CHECK(codeOf(gate.unlock(QStringLiteral("guess%1").arg(i))) == QStringLiteral("auth.wrong"));
    }
    CHECK(codeOf(gate.unlock(QStringLiteral("guess5"))) == QStringLiteral("auth.locked"));
    // Even the right PIN waits out the lockout, and a restart does not reset it.
    CHECK(codeOf(gate.unlock(QStringLiteral("owner-2026"))) == QStringLiteral("auth.locked"));
    auth::OwnerGate restarted((*log)->database(), clock);
    CHECK(codeOf(restarted.unlock(QStringLiteral("owner-2026"))) == QStringLiteral("auth.locked"));
    clock.advance(std::chrono::seconds(31));
    REQUIRE(restarted.unlock(QStringLiteral("owner-2026")).ok());
    CHECK(restarted.isUnlocked());

    // Idle for more than five minutes: locked again; activity postpones it.
    clock.advance(std::chrono::minutes(4));
    restarted.touch();
    clock.advance(std::chrono::minutes(4));
    CHECK(restarted.isUnlocked());
    clock.advance(std::chrono::minutes(2));
    CHECK_FALSE(restarted.isUnlocked());

    // Guessing goes on: each lockout lasts twice as long as the one before; the owner's success resets it.
    for (int i = 0; i < auth::OwnerGate::kFreeAttempts; ++i) {
        (void)restarted.unlock(QStringLiteral("nope"));
    }
    clock.advance(std::chrono::seconds(31));
    for (int i = 0; i < auth::OwnerGate::kFreeAttempts; ++i) {
        (void)restarted.unlock(QStringLiteral("nope"));
    }
    clock.advance(std::chrono::seconds(31));
    CHECK(codeOf(restarted.unlock(QStringLiteral("owner-2026"))) == QStringLiteral("auth.locked")); // 60 s this time
    clock.advance(std::chrono::seconds(30));
    CHECK(restarted.unlock(QStringLiteral("owner-2026")).ok());
}

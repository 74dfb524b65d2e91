#include "rules/Policy.h"
#include "log/VisitLog.h"
#include "support/Fixtures.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace passdesk;
using namespace passdesk::log;

namespace {
credential::Verification verified(const QString& uvci, const QString& name = QStringLiteral("김민준"))
{
    credential::Verification v;
    v.outcome = credential::Outcome::Verified;
    v.checks.signature = true;
    v.credential.format = credential::Format::EuDcc;
    v.credential.type = credential::CertificateType::Vaccination;
    v.credential.identifier = uvci;
    v.credential.issuingCountry = QStringLiteral("KR");
    v.credential.holder.familyName = name.left(1);
    v.credential.holder.givenName = name.mid(1);
    v.credential.holder.dateOfBirth = QStringLiteral("1985-03-14");
    return v;
}

struct Fixture
{
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
    QString path() const { return dir.filePath(QStringLiteral("visits.db")); }

    std::unique_ptr<VisitLog> open(VisitLog::Options o = {})
    {
        auto log = VisitLog::open(path(), clock, o);
        REQUIRE(log.ok());
        return std::move(log).value();
    }

    void add(VisitLog& log, int n, const QString& prefix = QStringLiteral("URN:UVCI:01:KR:T"))
    {
        rules::Policy policy;
        for (int i = 0; i < n; ++i) {
            const auto v = verified(prefix + QString::number(i));
            REQUIRE(log.append(log.visitFrom(v, policy.decide(v, clock.now()), QStringLiteral("camera"), clock.now())).ok());
            clock.advance(std::chrono::minutes(1));
        }
    }

    void sql(const QString& statement)
    {
        auto db = Database::open(path(), false);
        REQUIRE(db.ok());
        const Status s = (*db)->exec(statement);
        INFO(statement.toStdString());
        REQUIRE(s.ok());
    }
};
} // namespace

TEST_CASE("Visits are appended, listed by day, and the chain verifies", "[log]")
{
    Fixture f;
    auto log = f.open();
    f.add(*log, 5);
    const auto day = log->listDay(QDate(2026, 3, 1));
    REQUIRE(day.ok());
    REQUIRE(day->size() == 5);
    CHECK(day->at(0).verdict == QStringLiteral("valid"));
    CHECK(day->at(0).format == QStringLiteral("eu-dcc"));
    CHECK(day->at(0).idHash.size() == 16);
    // Privacy by default: no name or birth date without contact logging.
    CHECK(day->at(0).holderName.isEmpty());
    CHECK(day->at(0).holderBirth.isEmpty());
    const auto report = log->verifyChain();
    REQUIRE(report.ok());
    CHECK(report->ok());
    CHECK(report->rows == 5);
    CHECK((QFile::permissions(f.path()) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    CHECK((QFile::permissions(f.path() + QStringLiteral(".key")) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
}

TEST_CASE("Contact logging keeps the name and birth date", "[log]")
{
    Fixture f;
    VisitLog::Options o;
    o.contactLogging = true;
    auto log = f.open(o);
    f.add(*log, 1);
    const auto day = log->listDay(QDate(2026, 3, 1));
    REQUIRE(day.ok());
    CHECK(day->at(0).holderName == QStringLiteral("김민준"));
    CHECK(day->at(0).holderBirth == QStringLiteral("1985-03-14"));

    // A name whose signature did not verify is whatever the code's maker typed: not kept.
    auto forged = verified(QStringLiteral("URN:UVCI:01:KR:FORGED"), QStringLiteral("홍길동"));
    forged.outcome = credential::Outcome::Invalid;
    forged.checks.signature = false;
    forged.findings.append({QStringLiteral("sig.bad"), QString(), true});
    rules::Policy policy;
    REQUIRE(log->append(log->visitFrom(forged, policy.decide(forged, f.clock.now()), QStringLiteral("camera"), f.clock.now())).ok());
    const auto after = log->listDay(QDate(2026, 3, 1));
    REQUIRE(after.ok());
    REQUIRE(after->size() == 2);
    CHECK(after->at(1).holderName.isEmpty());
    CHECK(after->at(1).holderBirth.isEmpty());
}

TEST_CASE("Edited, deleted and inserted rows are found and named", "[log][tamper]")
{
    Fixture f;
    {
        auto log = f.open();
        f.add(*log, 6);
    }
    SECTION("a verdict edited")
    {
        f.sql(QStringLiteral("UPDATE visits SET verdict = 'valid', reasons = '' WHERE id = 3"));
        f.sql(QStringLiteral("UPDATE visits SET verdict = 'invalid' WHERE id = 4"));
        auto report = f.open()->verifyChain();
        REQUIRE(report.ok());
        CHECK_FALSE(report->ok());
        CHECK(report->firstBad == 4);
        CHECK(report->problem.contains(QStringLiteral("edited")));
    }
    SECTION("a row deleted in the middle")
    {
        f.sql(QStringLiteral("DELETE FROM visits WHERE id = 2"));
        auto report = f.open()->verifyChain();
        REQUIRE(report.ok());
        CHECK(report->firstBad == 3);
        CHECK(report->problem.contains(QStringLiteral("missing")));
    }
    SECTION("the last row deleted")
    {
        f.sql(QStringLiteral("DELETE FROM visits WHERE id = 6"));
        auto report = f.open()->verifyChain();
        REQUIRE(report.ok());
        CHECK(report->firstBad == 6);
    }
    SECTION("a row inserted, copying a neighbour's hashes")
    {
        f.sql(QStringLiteral("UPDATE visits SET id = id + 1000 WHERE id >= 4"));
        f.sql(QStringLiteral("UPDATE visits SET id = id - 999 WHERE id >= 1000"));
        f.sql(QStringLiteral("INSERT INTO visits SELECT 4, at_utc, at_local, local_day, 'valid', '', format, type, policy, country, input, staff, "
                             "id_hash, holder_name, holder_birth, prev_hash, row_hash FROM visits WHERE id = 3"));
        auto report = f.open()->verifyChain();
        REQUIRE(report.ok());
        CHECK(report->firstBad == 4);
    }
    SECTION("the head record removed")
    {
        f.sql(QStringLiteral("DELETE FROM chain_head"));
        auto report = f.open()->verifyChain();
        REQUIRE(report.ok());
        CHECK_FALSE(report->ok());
    }
}

TEST_CASE("Retention deletes old visits for good, keeps counts, and the chain still verifies", "[log][retention]")
{
    Fixture f;
    auto log = f.open();
    f.add(*log, 3, QStringLiteral("URN:UVCI:01:KR:OLDVISIT"));
    f.clock.advance(std::chrono::hours(24 * 29));
    f.add(*log, 2, QStringLiteral("URN:UVCI:01:KR:NEWVISIT"));
    const auto purged = log->purge();
    REQUIRE(purged.ok());
    CHECK(*purged == 3);
    CHECK(log->listDay(QDate(2026, 3, 1))->isEmpty());
    const auto counts = log->dailyCounts(QDate(2026, 3, 1));
    REQUIRE(counts.ok());
    REQUIRE(counts->size() == 1);
    CHECK(counts->at(0).first == QStringLiteral("valid"));
    CHECK(counts->at(0).second == 3);
    const auto report = log->verifyChain();
    REQUIRE(report.ok());
    INFO(report->problem.toStdString());
    CHECK(report->ok());
    CHECK(report->rows == 2);
    // More visits after the cut chain on as before.
    f.add(*log, 1, QStringLiteral("URN:UVCI:01:KR:LATER"));
    CHECK(log->verifyChain()->ok());
    // The purged visits' time stamps are not in the file's bytes any more.
    log.reset();
    QFile file(f.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK_FALSE(bytes.contains("2026-03-01T12:0"));
    QFile wal(f.path() + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly)) {
        CHECK_FALSE(wal.readAll().contains("2026-03-01T12:0"));
    }
}

TEST_CASE("A certificate admitted recently is found by its identifier hash", "[log][reuse]")
{
    Fixture f;
    auto log = f.open();
    f.add(*log, 2);
    const auto day = log->listDay(QDate(2026, 3, 1));
    REQUIRE(day.ok());
    const auto first = log->admittedWithin(day->at(0).idHash, std::chrono::hours(1));
    REQUIRE(first.has_value());
    CHECK(*first == day->at(0).atUtc);
    f.clock.advance(std::chrono::hours(2));
    CHECK_FALSE(log->admittedWithin(day->at(0).idHash, std::chrono::hours(1)).has_value());
}

TEST_CASE("A log is never silently replaced: missing key, garbage file, newer schema", "[log]")
{
    Fixture f;
    {
        auto log = f.open();
        f.add(*log, 1);
    }
    SECTION("key missing")
    {
        REQUIRE(QFile::remove(f.path() + QStringLiteral(".key")));
        auto log = VisitLog::open(f.path(), f.clock, {});
        REQUIRE_FALSE(log.ok());
        CHECK(log.error().code == QStringLiteral("log.key_missing"));
    }
    SECTION("not a database")
    {
        QFile junk(f.dir.filePath(QStringLiteral("junk.db")));
        REQUIRE(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        QFile::copy(f.path() + QStringLiteral(".key"), junk.fileName() + QStringLiteral(".key"));
        auto log = VisitLog::open(junk.fileName(), f.clock, {});
        REQUIRE_FALSE(log.ok());
        CHECK(log.error().code == QStringLiteral("db.corrupt"));
        QFile again(junk.fileName());
        REQUIRE(again.open(QIODevice::ReadOnly));
        CHECK(again.readAll() == QByteArray(4096, 'x'));
    }
    SECTION("written by a newer PassDesk")
    {
        f.sql(QStringLiteral("PRAGMA user_version = 99"));
        auto log = VisitLog::open(f.path(), f.clock, {});
        REQUIRE_FALSE(log.ok());
        CHECK(log.error().code == QStringLiteral("db.too_new"));
    }
}

TEST_CASE("A certificate admitted again within the window becomes CHECK ID with the first time", "[log][reuse]")
{
    Fixture f;
    auto log = f.open();
    rules::Policy policy;
    const auto v = verified(QStringLiteral("URN:UVCI:01:KR:REUSE1"));
    rules::Verdict first = policy.decide(v, f.clock.now());
    CHECK_FALSE(log->markReuse(first, v, std::chrono::hours(2)));
    const QDateTime firstAt = f.clock.now();
    REQUIRE(log->append(log->visitFrom(v, first, QStringLiteral("camera"), firstAt)).ok());

    f.clock.advance(std::chrono::minutes(30));
    rules::Verdict again = policy.decide(v, f.clock.now());
    CHECK(log->markReuse(again, v, std::chrono::hours(2)));
    CHECK(again.kind == rules::VerdictKind::CheckId);
    CHECK(again.reasons.first() == QStringLiteral("visit.reused"));
    CHECK(again.firstAdmitted == firstAt);

    // Another certificate, an invalid one, or the same one after the window: unchanged.
    const auto other = verified(QStringLiteral("URN:UVCI:01:KR:REUSE2"));
    rules::Verdict otherVerdict = policy.decide(other, f.clock.now());
    CHECK_FALSE(log->markReuse(otherVerdict, other, std::chrono::hours(2)));
    rules::Verdict refused;
    refused.kind = rules::VerdictKind::Invalid;
    CHECK_FALSE(log->markReuse(refused, v, std::chrono::hours(2)));
    f.clock.advance(std::chrono::hours(3));
    rules::Verdict later = policy.decide(v, f.clock.now());
    CHECK_FALSE(log->markReuse(later, v, std::chrono::hours(2)));
}

TEST_CASE("An unreadable log is moved aside, never overwritten, and a fresh one records why", "[log]")
{
    Fixture f;
    {
        auto log = f.open();
        f.add(*log, 2);
    }
    QFile original(f.path());
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    REQUIRE(QFile::remove(f.path() + QStringLiteral(".key"))); // without its key the log cannot be verified

    QString movedTo;
    auto log = VisitLog::openOrReplace(f.path(), f.clock, {}, &movedTo);
    REQUIRE(log.ok());
    REQUIRE_FALSE(movedTo.isEmpty());
    QFile moved(movedTo);
    REQUIRE(moved.open(QIODevice::ReadOnly));
    CHECK(moved.readAll() == before);
    CHECK((*log)->listDay(QDate(2026, 3, 1))->isEmpty());
    auto st = (*log)->database().prepare(QStringLiteral("SELECT kind, cause FROM evidence"));
    REQUIRE(st.ok());
    REQUIRE(*st->step());
    CHECK(st->text(0) == QStringLiteral("log_replaced"));
    CHECK(st->text(1).contains(movedTo));

    // A newer schema is refused, not moved.
    f.sql(QStringLiteral("PRAGMA user_version = 99"));
    log->reset();
    QString again;
    auto refused = VisitLog::openOrReplace(f.path(), f.clock, {}, &again);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("db.too_new"));
    CHECK(again.isEmpty());
}

#include "log/EvidenceJournal.h"
#include "log/VisitLog.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace passdesk;
using namespace passdesk::log;

TEST_CASE("The evidence journal records periods, unclean shutdowns and clock jumps", "[log][evidence]")
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    const QString path = dir.filePath(QStringLiteral("visits.db"));
    {
        auto log = VisitLog::open(path, clock, {});
        REQUIRE(log.ok());
        EvidenceJournal journal((*log)->database(), clock);
        CHECK_FALSE(journal.startRun().has_value()); // first run: nothing to report

        auto lost = journal.begin(QStringLiteral("camera_lost"), QStringLiteral("camera 0"));
        REQUIRE(lost.ok());
        clock.advance(std::chrono::seconds(90));
        REQUIRE(journal.end(*lost).ok());
        REQUIRE(journal.record(QStringLiteral("manual_outage"), QStringLiteral("power cut in the building"),
                               clock.now().addSecs(-3600), clock.now().addSecs(-1800), true)
                    .ok());
        clock.advance(std::chrono::seconds(30));
        REQUIRE(journal.heartbeat().ok());
        // The process dies here: no endRun().
    }
    clock.advance(std::chrono::minutes(10));
    auto log = VisitLog::open(path, clock, {});
    REQUIRE(log.ok());
    EvidenceJournal journal((*log)->database(), clock);
    const auto unclean = journal.startRun();
    REQUIRE(unclean.has_value());
    CHECK(unclean->kind == QStringLiteral("unclean_shutdown"));
    CHECK(unclean->started == QDateTime(QDate(2026, 3, 1), QTime(12, 2), Qt::UTC));
    CHECK(unclean->ended == clock.now());

    // A clean exit is not reported at the next start.
    REQUIRE(journal.endRun().ok());
    CHECK_FALSE(journal.startRun().has_value());

    // Clock: the first call sets the reference; a 5-minute jump of the wall clock alone is recorded.
    CHECK_FALSE(journal.checkClock());
    clock.advance(std::chrono::seconds(10));
    CHECK_FALSE(journal.checkClock());
    clock.set(clock.now().addSecs(300));
    CHECK(journal.checkClock());

    const auto all = journal.list(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC), clock.now());
    REQUIRE(all.ok());
    QStringList kinds;
    for (const auto& e : *all) {
        kinds << e.kind;
    }
    CHECK(kinds == QStringList{QStringLiteral("manual_outage"), QStringLiteral("camera_lost"), QStringLiteral("unclean_shutdown"),
                               QStringLiteral("clock_jump")});
    CHECK(all->at(0).manual);
    CHECK_FALSE(all->at(1).manual);
    CHECK(all->at(1).started.secsTo(all->at(1).ended) == 90);
    CHECK(all->at(3).cause.contains(QStringLiteral("forward 300 s")));

    // A window that only covers the camera loss.
    const auto some = journal.list(QDateTime(QDate(2026, 3, 1), QTime(12, 0, 30), Qt::UTC), QDateTime(QDate(2026, 3, 1), QTime(12, 1), Qt::UTC));
    REQUIRE(some.ok());
    REQUIRE(some->size() == 1);
    CHECK(some->at(0).kind == QStringLiteral("camera_lost"));
}

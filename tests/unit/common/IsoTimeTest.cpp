#include "common/IsoTime.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

using passdesk::parseIsoInstant;

TEST_CASE("parseIsoInstant accepts the validation clock formats of the test data", "[common][time]")
{
    const QDateTime ref(QDate(2021, 5, 3), QTime(18, 0), Qt::UTC);
    CHECK(parseIsoInstant(QStringLiteral("2021-05-03T18:00:00Z")).value() == ref);
    CHECK(parseIsoInstant(QStringLiteral("2021-05-03T18:00:00")).value() == ref);
    CHECK(parseIsoInstant(QStringLiteral("2021-05-03T20:00:00+02:00")).value() == ref);
    CHECK(parseIsoInstant(QStringLiteral("2021-05-03T20:00:00+0200")).value() == ref);
    CHECK(parseIsoInstant(QStringLiteral("2021-05-03T20:00:00+02")).value() == ref);
    CHECK(parseIsoInstant(QStringLiteral("2021-05-03T16:00:00-02:00")).value() == ref);
    CHECK(parseIsoInstant(QStringLiteral("2021-05-03T18:00Z")).value() == ref);
    CHECK(parseIsoInstant(QStringLiteral("2021-05-03T18:00:00.5Z")).value() == ref.addMSecs(500));
    CHECK(parseIsoInstant(QStringLiteral("2021-05-03T18:00:00.123456789Z")).value() == ref.addMSecs(123));
    CHECK(parseIsoInstant(QStringLiteral("2021-05-21T12:26:07.390079Z")).value() ==
          QDateTime(QDate(2021, 5, 21), QTime(12, 26, 7, 390), Qt::UTC));
    CHECK(parseIsoInstant(QStringLiteral("2021-05-03")).value() == QDateTime(QDate(2021, 5, 3), QTime(0, 0), Qt::UTC));
}

TEST_CASE("parseIsoInstant rejects what is not an instant", "[common][time]")
{
    for (const char* bad : {"", "yesterday", "2021-13-01T00:00:00Z", "2021-02-30", "2021-05-03T25:00:00Z",
                            "2021-05-03T18:00:00.1234567890Z", "2021-05-03T18:00:00+2400"}) {
        INFO(bad);
        CHECK(parseIsoInstant(QString::fromLatin1(bad)).error().code == QStringLiteral("time.invalid"));
    }
}

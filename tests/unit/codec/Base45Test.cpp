#include "codec/Base45.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

using passdesk::codec::Base45;

TEST_CASE("Base45 decodes the RFC 9285 examples", "[codec][base45]")
{
    CHECK(Base45::decode("BB8").value() == QByteArray("AB"));
    CHECK(Base45::decode("%69 VD92EX0").value() == QByteArray("Hello!!"));
    CHECK(Base45::decode("UJCLQE7W581").value() == QByteArray("base-45"));
    CHECK(Base45::decode("QED8WEX0").value() == QByteArray("ietf!"));
    CHECK(Base45::decode("").value().isEmpty());
}

TEST_CASE("Base45 round-trips every byte value", "[codec][base45]")
{
    QByteArray all;
    for (int i = 0; i < 256; ++i) {
        all.append(static_cast<char>(i));
    }
    for (int len : {0, 1, 2, 3, 255, 256}) {
        const QByteArray in = all.left(len);
        CHECK(Base45::decode(Base45::encode(in)).value() == in);
    }
}

TEST_CASE("Base45 rejects malformed text with b45.invalid", "[codec][base45]")
{
    for (const char* bad : {"GGW", "ZZZ", "A", "AB=", "ab8", "BB8B", ":::"}) {
        INFO(bad);
        const auto r = Base45::decode(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("b45.invalid"));
    }
}

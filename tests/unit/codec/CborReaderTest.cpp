#include "codec/CborReader.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QCborMap>

using passdesk::codec::CborReader;

TEST_CASE("CborReader decodes a COSE-like structure", "[codec][cbor]")
{
    const QCborValue v(QCborTag(18), QCborArray{QByteArray("\xa1\x01\x26"), QCborMap{}, QByteArray("payload"), QByteArray(64, 'x')});
    const auto r = CborReader::decode(v.toCbor());
    REQUIRE(r.ok());
    CHECK(r->isTag());
    CHECK(r->taggedValue().toArray().size() == 4);
}

TEST_CASE("CborReader bounds nesting, item counts and sizes", "[codec][cbor]")
{
    SECTION("deep arrays")
    {
        const QByteArray deep = QByteArray(10000, '\x81') + QByteArray(1, '\x01');
        const auto r = CborReader::decode(deep);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("cbor.too_deep"));
    }
    SECTION("deep tags")
    {
        QByteArray tags;
        for (int i = 0; i < 5000; ++i) {
            tags += QByteArray("\xd8\x12", 2);
        }
        tags += QByteArray(1, '\x01');
        CHECK(CborReader::decode(tags).error().code == QStringLiteral("cbor.too_deep"));
    }
    SECTION("huge declared lengths are refused without allocating")
    {
        // Byte string declaring 2^63 bytes, array declaring 2^32 items, map with 2^31 pairs.
        for (const QByteArray& bad : {QByteArray::fromHex("5b7fffffffffffffff00"), QByteArray::fromHex("9affffffff01"),
                                      QByteArray::fromHex("ba7fffffff0101")}) {
            const auto r = CborReader::decode(bad);
            REQUIRE_FALSE(r.ok());
            CHECK((r.error().code == QStringLiteral("cbor.invalid") || r.error().code == QStringLiteral("cbor.too_large")));
        }
    }
    SECTION("too many items")
    {
        QCborArray many;
        for (int i = 0; i < 5000; ++i) {
            many.append(i);
        }
        CHECK(CborReader::decode(QCborValue(many).toCbor()).error().code == QStringLiteral("cbor.too_large"));
    }
    SECTION("trailing bytes, truncation, empty")
    {
        const QByteArray one = QCborValue(QCborArray{1, 2, 3}).toCbor();
        CHECK(CborReader::decode(one + QByteArray(1, '\x00')).error().code == QStringLiteral("cbor.invalid"));
        CHECK(CborReader::decode(one.left(one.size() - 1)).error().code == QStringLiteral("cbor.invalid"));
        CHECK(CborReader::decode(QByteArray()).error().code == QStringLiteral("cbor.invalid"));
    }
}

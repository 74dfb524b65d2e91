#include "codec/CborReader.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QCborMap>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

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

TEST_CASE("CborReader refuses text that is not UTF-8, in short, long and chunked strings", "[codec][cbor]")
{
    const QString hangul = QStringLiteral("홍길동 HONG GILDONG 1980-05-17 ");
    for (const QString& text : {QStringLiteral("KR"), hangul, hangul.repeated(12)}) { // heads of 1, 2 and 3 bytes
        const QByteArray good = QCborValue(QCborMap{{1, text}}).toCbor();
        CHECK(CborReader::check(good).ok());
        QByteArray bad = good;
        bad[bad.size() - 1] = char(0xff); // the last byte of the text
        CHECK(CborReader::check(bad).error().code == QStringLiteral("cbor.invalid"));
        CHECK(CborReader::decode(bad).error().code == QStringLiteral("cbor.invalid"));
    }
    // Indefinite length: "ab" then "c" in two chunks; then a chunk holding half a character.
    CHECK(CborReader::check(QByteArray::fromHex("7f6261626163ff")).ok());
    CHECK(CborReader::check(QByteArray::fromHex("7f61e361ffff")).error().code == QStringLiteral("cbor.invalid"));
    CHECK(CborReader::check(QByteArray::fromHex("7f62c3a9ff")).ok()); // é whole in one chunk
    CHECK(CborReader::check(QByteArray::fromHex("7f61c361a9ff")).error().code == QStringLiteral("cbor.invalid")); // é split
    // A byte string may hold anything.
    CHECK(CborReader::check(QByteArray::fromHex("42ffc3")).ok());
}

TEST_CASE("CborReader transcodes to JSON text as QCborValue::toJsonValue does", "[codec][cbor]")
{
    const QCborMap map{{1, QStringLiteral("KR \"quoted\" \\ \n")},
                       {QStringLiteral("n"), -5},
                       {QStringLiteral("d"), 1.5},
                       {QStringLiteral("b"), QByteArray("\xfb\xff", 2)},
                       {QStringLiteral("a"), QCborArray{true, false, QCborValue(nullptr), QCborValue(QCborSimpleType::Undefined)}},
                       {QStringLiteral("t"), QCborValue(QCborTag(1004), QStringLiteral("2021-05-18"))},
                       {QStringLiteral("big"), QCborValue(std::numeric_limits<qint64>::min())},
                       {QStringLiteral("inf"), qInf()}};
    const QByteArray cbor = QCborValue(map).toCbor();
    REQUIRE(CborReader::check(cbor).ok());
    QCborStreamReader reader(cbor);
    QByteArray json;
    REQUIRE(CborReader::appendJson(reader, json));
    const QJsonDocument ours = QJsonDocument::fromJson(json);
    REQUIRE(ours.isObject());
    // Compared as text: QJsonValue keeps -2^63 as an integer on one side and a double on the other.
    CHECK(QString::fromUtf8(QJsonDocument(ours.object()).toJson(QJsonDocument::Compact)) ==
          QString::fromUtf8(QJsonDocument(map.toJsonObject()).toJson(QJsonDocument::Compact)));
}

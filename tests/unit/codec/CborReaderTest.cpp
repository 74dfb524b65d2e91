#include "codec/CborCursor.h"
#include "support/CborReader.h"

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

namespace {
// Reads one whole item with the cursor, as JSON text; nullopt with the cursor's error otherwise.
std::optional<QByteArray> cursorJson(const QByteArray& cbor, QString* error = nullptr)
{
    passdesk::codec::CborCursor cursor(cbor);
    passdesk::codec::CborCursor::Head head;
    std::string json;
    if (cursor.read(head) && cursor.appendJson(head, json) && cursor.atEnd()) {
        return QByteArray::fromStdString(json);
    }
    if (error != nullptr) {
        *error = cursor.failed() ? cursor.error().code : QStringLiteral("cbor.invalid");
    }
    return std::nullopt;
}
} // namespace

TEST_CASE("CborCursor transcodes to JSON text as QCborValue::toJsonValue does", "[codec][cbor]")
{
    const QCborMap map{{1, QStringLiteral("KR \"quoted\" \\ \n")},
                       {QStringLiteral("n"), -5},
                       {-260, QCborMap{{1, QStringLiteral("x")}}},
                       {QStringLiteral("d"), 1.5},
                       {QStringLiteral("f"), QCborValue(float(0.25))},
                       {QStringLiteral("b"), QByteArray("\xfb\xff", 2)},
                       {QStringLiteral("a"), QCborArray{true, false, QCborValue(nullptr), QCborValue(QCborSimpleType::Undefined)}},
                       {QStringLiteral("t"), QCborValue(QCborTag(1004), QStringLiteral("2021-05-18"))},
                       {QStringLiteral("big"), QCborValue(std::numeric_limits<qint64>::min())},
                       {QStringLiteral("inf"), qInf()}};
    const auto json = cursorJson(QCborValue(map).toCbor());
    REQUIRE(json.has_value());
    const QJsonDocument ours = QJsonDocument::fromJson(*json);
    REQUIRE(ours.isObject());
    // Compared as text: QJsonValue keeps -2^63 as an integer on one side and a double on the other.
    CHECK(QString::fromUtf8(QJsonDocument(ours.object()).toJson(QJsonDocument::Compact)) ==
          QString::fromUtf8(QJsonDocument(map.toJsonObject()).toJson(QJsonDocument::Compact)));
    // Indefinite lengths and a half-precision float, written by hand: {_ "a": [_ 1, 2], "s": (_ "ab", "c")} and 1.5 as f16.
    CHECK(cursorJson(QByteArray::fromHex("bf6161 9f0102ff 6173 7f62616261 63ff ff")) == QByteArray(R"({"a":[1,2],"s":"abc"})"));
    CHECK(cursorJson(QByteArray::fromHex("f93e00")) == QByteArray("1.5"));
}

TEST_CASE("CborCursor refuses what CborReader refuses, with the same codes", "[codec][cbor]")
{
    QString code;
    CHECK_FALSE(cursorJson(QByteArray(3000, '\x81') + '\x01', &code));
    CHECK(code == QStringLiteral("cbor.too_deep"));
    QByteArray tags;
    for (int i = 0; i < 100; ++i) {
        tags += QByteArray("\xd8\x12", 2);
    }
    CHECK_FALSE(cursorJson(tags + '\x01', &code));
    CHECK(code == QStringLiteral("cbor.too_deep"));
    QCborArray many;
    for (int i = 0; i < 5000; ++i) {
        many.append(i);
    }
    CHECK_FALSE(cursorJson(QCborValue(many).toCbor(), &code));
    CHECK(code == QStringLiteral("cbor.too_large"));
    // Counts no input could hold: refused before anything is read for them.
    for (const char* hex : {"9affffffff01", "ba7fffffff0101"}) {
        CHECK_FALSE(cursorJson(QByteArray::fromHex(hex), &code));
        CHECK((code == QStringLiteral("cbor.too_large") || code == QStringLiteral("cbor.invalid")));
    }
    for (const char* hex : {"5b7fffffffffffffff00", "7f61e361ffff", "62c3", "a1", "bf01ff", "ff",
                            "9f01", "1c", "f818", "7f01ff", "820102ff"}) {
        INFO(hex);
        CHECK_FALSE(cursorJson(QByteArray::fromHex(hex), &code));
        CHECK(code == QStringLiteral("cbor.invalid"));
        CHECK_FALSE(passdesk::codec::CborReader::check(QByteArray::fromHex(hex)).ok());
    }

    // The same answer as Qt's reader on thousands of damaged copies of a real certificate payload.
    QCborMap hcert{{QStringLiteral("ver"), QStringLiteral("1.3.0")},
                   {QStringLiteral("nam"), QCborMap{{QStringLiteral("fn"), QStringLiteral("홍")}, {QStringLiteral("fnt"), QStringLiteral("HONG")}}},
                   {QStringLiteral("v"), QCborArray{QCborMap{{QStringLiteral("dn"), 2}, {QStringLiteral("sd"), 2}, {QStringLiteral("co"), QStringLiteral("KR")}}}}};
    const QByteArray payload = QCborValue(QCborMap{{1, QStringLiteral("KR")}, {4, 1700000000}, {6, 1600000000}, {-260, QCborMap{{1, hcert}}}}).toCbor();
    REQUIRE(cursorJson(payload).has_value());
    quint32 seed = 12345;
    const auto rand = [&seed] { seed = seed * 1664525U + 1013904223U; return seed >> 8; };
    int disagreements = 0;
    int refused = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray damaged = payload;
        switch (rand() % 3) {
        case 0: damaged[int(rand() % quint32(damaged.size()))] = char(rand()); break;
        case 1: damaged.truncate(int(rand() % quint32(damaged.size()))); break;
        default: damaged.insert(int(rand() % quint32(damaged.size())), char(rand())); break;
        }
        const bool ours = cursorJson(damaged).has_value();
        const bool qt = passdesk::codec::CborReader::check(damaged).ok();
        disagreements += ours != qt ? 1 : 0;
        refused += ours ? 0 : 1;
        if (ours != qt) {
            UNSCOPED_INFO("cursor " << ours << ", Qt " << qt << ": " << damaged.toHex().toStdString());
        }
    }
    CHECK(disagreements == 0);
    CHECK(refused > 5000); // the damage must often break the payload, or this compares little
}

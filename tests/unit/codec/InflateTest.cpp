#include "codec/Inflate.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

using passdesk::codec::Inflate;

TEST_CASE("Inflate round-trips zlib and raw DEFLATE", "[codec][zlib]")
{
    const QByteArray text = QByteArray("PassDesk ").repeated(50);
    for (auto format : {Inflate::Format::Zlib, Inflate::Format::Raw}) {
        const QByteArray packed = Inflate::compress(text, format);
        CHECK(packed.size() < text.size());
        CHECK(Inflate::decompress(packed, format).value() == text);
    }
}

TEST_CASE("Inflate refuses corrupt, truncated and trailing data", "[codec][zlib]")
{
    const QByteArray packed = Inflate::compress(QByteArray("hello hello hello hello"), Inflate::Format::Zlib);
    QByteArray corrupt = packed;
    corrupt[3] = static_cast<char>(corrupt[3] ^ 0x5A);
    for (const QByteArray& bad : {QByteArray(), QByteArray("not zlib at all"), packed.left(packed.size() - 3), corrupt,
                                  packed + QByteArray("xx")}) {
        const auto r = Inflate::decompress(bad, Inflate::Format::Zlib);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("zlib.invalid"));
    }
    // A zlib stream fed as raw DEFLATE (and the reverse) is an error, never a crash.
    CHECK_FALSE(Inflate::decompress(packed, Inflate::Format::Raw).ok());
}

TEST_CASE("Inflate stops a compression bomb at the cap", "[codec][zlib]")
{
    const QByteArray bomb = Inflate::compress(QByteArray(8 * 1024 * 1024, '\0'), Inflate::Format::Zlib);
    REQUIRE(bomb.size() < 16 * 1024);
    const auto r = Inflate::decompress(bomb, Inflate::Format::Zlib);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("zlib.too_large"));

    const QByteArray exact(Inflate::kDefaultMaxOutput, 'a');
    CHECK(Inflate::decompress(Inflate::compress(exact, Inflate::Format::Raw), Inflate::Format::Raw).ok());
    const QByteArray over(Inflate::kDefaultMaxOutput + 1, 'a');
    CHECK(Inflate::decompress(Inflate::compress(over, Inflate::Format::Raw), Inflate::Format::Raw).error().code ==
          QStringLiteral("zlib.too_large"));
}

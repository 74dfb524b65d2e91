#include "credential/CredentialVerifier.h"
#include "credential/ShcChunks.h"
#include "support/Fixtures.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

using namespace passdesk;
using namespace passdesk::credential;

namespace {
QString reason(const QList<QByteArray>& texts)
{
    auto jws = ShcChunks::assemble(texts);
    return jws ? QString() : jws.error().code;
}

QString message(const QList<QByteArray>& texts)
{
    auto jws = ShcChunks::assemble(texts);
    return jws ? QString() : jws.error().message;
}
} // namespace

TEST_CASE("ShcChunks joins the published chunked example, in any order, to its JWS", "[credential][shc][chunks][vectors]")
{
    const QString dir = QStringLiteral("health-cards/gh-pages/examples/");
    QList<QByteArray> chunks;
    for (int i = 0; i < 3; ++i) {
        chunks << test::readVector(dir + QStringLiteral("example-02-f-qr-code-numeric-value-%1.txt").arg(i)).trimmed();
    }
    const QByteArray expected = test::readVector(dir + QStringLiteral("example-02-d-jws.txt")).trimmed();
    QList<Finding> warnings;
    auto jws = ShcChunks::assemble({chunks[2], chunks[0], chunks[1]}, &warnings);
    REQUIRE(jws.ok());
    CHECK(*jws == expected);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().code == QStringLiteral("shc.chunking_deprecated"));
    CHECK_FALSE(warnings.first().fatal);

    const auto h = ShcChunks::header(chunks[1]);
    REQUIRE(h.ok());
    CHECK(h->chunked);
    CHECK(h->index == 2);
    CHECK(h->total == 3);
    CHECK(ShcChunks::isChunk(chunks[1]));
}

TEST_CASE("ShcChunks matches the shc:/ prefix exactly, as the specification writes it", "[credential][shc][chunks]")
{
    const QList<QByteArray> chunks = DemoIssuer::shcNumeric(test::ShcSigner::instance().jws(), 2);
    CHECK(ShcChunks::hasPrefix(chunks[0]));
    for (const char* prefix : {"SHC:/", "Shc:/", "shC:/", "shc:", "shc//"}) {
        const QByteArray other = QByteArray(prefix) + chunks[0].mid(5);
        INFO(other.left(12).toStdString());
        CHECK_FALSE(ShcChunks::hasPrefix(other));
        CHECK_FALSE(ShcChunks::isChunk(other));
        CHECK(reason({other, chunks[1]}) == QStringLiteral("prefix.unknown"));
        // The router and the chunk reader follow the same rule.
        CHECK(CredentialVerifier::formatOf(other) == Format::Unknown);
    }
    CHECK(CredentialVerifier::formatOf(chunks[0]) == Format::SmartHealthCard);
}

TEST_CASE("ShcChunks says clearly which chunk is missing, repeated, out of range or disagrees", "[credential][shc][chunks][malformed]")
{
    const QList<QByteArray> chunks = DemoIssuer::shcNumeric(test::ShcSigner::instance().jws(), 3);
    REQUIRE(chunks.size() == 3);
    CHECK(reason({chunks[0], chunks[2]}) == QStringLiteral("shc.chunk_missing"));
    CHECK(message({chunks[0], chunks[2]}).contains(QStringLiteral("missing 2")));
    CHECK(reason({chunks[0], chunks[1], chunks[1], chunks[2]}) == QStringLiteral("shc.chunk_duplicate"));
    CHECK(message({chunks[0], chunks[1], chunks[1], chunks[2]}).contains(QStringLiteral("chunk 2")));
    CHECK(reason({chunks[0], chunks[1], "shc:/4/3/5676"}) == QStringLiteral("shc.chunk_range"));
    CHECK(reason({chunks[0], chunks[1], "shc:/0/3/5676"}) == QStringLiteral("shc.chunk_range"));
    CHECK(reason({chunks[0], chunks[1], "shc:/3/4/5676"}) == QStringLiteral("shc.chunk_range"));
    CHECK(message({chunks[0], chunks[1], "shc:/3/4/5676"}).contains(QStringLiteral("total")));
    CHECK(reason({"shc:/1/2/5676", "shc:/5676"}) == QStringLiteral("shc.chunk_range")); // a whole code is 1 of 1
    CHECK(reason({"shc:/x/3/5676"}) == QStringLiteral("shc.header_invalid"));
    CHECK(reason({"shc:/1/3"}) == QStringLiteral("shc.header_invalid"));
    CHECK(reason({"shc:/1234/3/5676"}) == QStringLiteral("shc.header_invalid"));
    CHECK(reason({"shc:/567"}) == QStringLiteral("shc.numeric_invalid"));
    CHECK(reason({"shc:/5699"}) == QStringLiteral("shc.numeric_invalid"));
    CHECK(reason({}) == QStringLiteral("input.empty"));

    // Bounded: a card of more chunks than allowed, too many texts, or one text longer than any card.
    CHECK(reason({"shc:/1/65/5676"}) == QStringLiteral("shc.chunk_range"));
    CHECK(reason(QList<QByteArray>(ShcChunks::kMaxChunks + 1, "shc:/1/2/5676")) == QStringLiteral("input.too_long"));
    CHECK(reason({"shc:/" + QByteArray(ShcChunks::kMaxTextSize, '5')}) == QStringLiteral("input.too_long"));
    CHECK(reason({"shc:/1/2/" + QByteArray(2 * (ShcChunks::kMaxChunkJws + 1), '5'), chunks[1]}) ==
          QStringLiteral("shc.chunk_too_big"));

    QList<Finding> warnings;
    const QByteArray jws = test::ShcSigner::instance().jws(); // signed anew on each call
    auto single = ShcChunks::assemble(DemoIssuer::shcNumeric(jws, 1), &warnings);
    REQUIRE(single.ok());
    CHECK(*single == jws);
    CHECK(warnings.isEmpty());
    auto oneOfOne = ShcChunks::assemble({"shc:/1/1/5676"}, &warnings);
    REQUIRE(oneOfOne.ok());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().code == QStringLiteral("shc.header_invalid"));
    CHECK_FALSE(warnings.first().fatal);
}

TEST_CASE("ShcChunks gathers the chunks of one card as they are scanned", "[credential][shc][chunks]")
{
    const QByteArray jws = test::ShcSigner::instance().jws();
    const QList<QByteArray> chunks = DemoIssuer::shcNumeric(jws, 3);
    ShcChunks set;
    CHECK(set.add(DemoIssuer::shcNumeric(jws, 1).first()) == ShcChunks::Added::NotAChunk);
    CHECK(set.add("HC1:NCF") == ShcChunks::Added::NotAChunk);
    CHECK(set.add("shc:/4/3/5676") == ShcChunks::Added::NotAChunk); // left for the decoder to report
    CHECK_FALSE(set.pending());

    CHECK(set.add(chunks[2]) == ShcChunks::Added::Waiting);
    CHECK(set.add(chunks[2]) == ShcChunks::Added::Waiting); // the same code in the next frame
    CHECK(set.size() == 1);
    CHECK(set.take().isEmpty()); // nothing until complete
    CHECK(set.add(chunks[0]) == ShcChunks::Added::Waiting);
    CHECK(set.add(chunks[1]) == ShcChunks::Added::Complete);
    const QList<QByteArray> card = set.take();
    CHECK(card == chunks);
    CHECK_FALSE(set.pending());
    auto joined = ShcChunks::assemble(card);
    REQUIRE(joined.ok());
    CHECK(*joined == jws);

    // A chunk of another card (another total, or another text under a held index) starts again.
    const QList<QByteArray> other = DemoIssuer::shcNumeric(jws, 2);
    CHECK(set.add(chunks[0]) == ShcChunks::Added::Waiting);
    CHECK(set.add(other[1]) == ShcChunks::Added::Waiting);
    CHECK(set.size() == 1);
    CHECK(set.add(other[0]) == ShcChunks::Added::Complete);
    CHECK(set.take() == other);
    CHECK(set.add(chunks[0]) == ShcChunks::Added::Waiting);
    CHECK(set.add("shc:/1/3/5676") == ShcChunks::Added::Waiting);
    CHECK(set.size() == 1);
    set.clear();
    CHECK_FALSE(set.pending());
}

#include "credential/SmartHealthCardDecoder.h"
#include "support/Fixtures.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace passdesk;
using namespace passdesk::credential;
using test::ShcSigner;

namespace {
Verification check(const QList<QByteArray>& texts, const trust::TrustStore& store, const QDateTime& at = test::during())
{
    return SmartHealthCardDecoder::verify(texts, store, at);
}
} // namespace

TEST_CASE("A genuine SMART Health Card verifies, whole or chunked in any order", "[credential][shc]")
{
    const auto& s = ShcSigner::instance();
    const auto store = s.store();
    const QByteArray jws = s.jws();
    const Verification v = check(DemoIssuer::shcNumeric(jws), *store);
    INFO(v.reasonCodes().join(QLatin1Char(',')).toStdString());
    REQUIRE(v.verified());
    CHECK(v.credential.holder.familyName == QStringLiteral("Anyperson"));
    CHECK(v.credential.holder.givenName == QStringLiteral("John B."));
    CHECK(v.credential.type == CertificateType::Vaccination);
    CHECK(v.credential.events.size() == 2);

    QList<QByteArray> chunks = DemoIssuer::shcNumeric(jws, 3);
    std::swap(chunks[0], chunks[2]);
    const Verification chunked = check(chunks, *store);
    CHECK(chunked.verified());
    CHECK(chunked.hasFinding(QStringLiteral("shc.chunking_deprecated")));
}

TEST_CASE("SMART Health Card chunk errors", "[credential][shc][malformed]")
{
    const auto& s = ShcSigner::instance();
    const auto store = s.store();
    const QList<QByteArray> chunks = DemoIssuer::shcNumeric(s.jws(), 3);
    const auto reason = [&](const QList<QByteArray>& texts) { return check(texts, *store).reasonCodes().value(0); };
    CHECK(reason({chunks[0], chunks[2]}) == QStringLiteral("shc.chunk_missing"));
    CHECK(reason({chunks[0], chunks[1], chunks[1], chunks[2]}) == QStringLiteral("shc.chunk_duplicate"));
    // Each of ShcChunks' errors reaches the verdict (ShcChunksTest has them all).
    CHECK(reason({chunks[0], chunks[1], "shc:/4/3/5676"}) == QStringLiteral("shc.chunk_range"));
    CHECK(reason({"shc:/x/3/5676"}) == QStringLiteral("shc.header_invalid"));
    CHECK(reason({"shc:5676"}) == QStringLiteral("prefix.unknown"));
    CHECK(reason({"shc:/56a6"}) == QStringLiteral("shc.numeric_invalid"));
    CHECK(reason({}) == QStringLiteral("input.empty"));
}

TEST_CASE("SMART Health Card signature, issuer and time failures", "[credential][shc][signature]")
{
    const auto& s = ShcSigner::instance();
    const auto store = s.store();
    const auto one = [&](const QByteArray& jws, const QDateTime& at = test::during()) {
        return SmartHealthCardDecoder::verifyJws(jws, *store, at);
    };
    SECTION("tampered and DER signatures")
    {
        ShcOptions flip;
        flip.flipSignatureBit = true;
        CHECK(one(s.jws({}, flip)).reasonCodes() == QStringList{QStringLiteral("sig.bad")});
        ShcOptions der;
        der.derSignature = true;
        CHECK(one(s.jws({}, der)).reasonCodes() == QStringList{QStringLiteral("sig.format")});
    }
    SECTION("kid not among the issuer's keys")
    {
        ShcOptions o;
        o.kidOverride = QStringLiteral("not-a-known-kid");
        const Verification v = one(s.jws({}, o));
        CHECK(v.outcome == Outcome::UnknownIssuer);
        CHECK(v.reasonCodes() == QStringList{QStringLiteral("sig.unknown_kid")});
    }
    SECTION("unknown issuer")
    {
        const Verification v = SmartHealthCardDecoder::verifyJws(s.jws(), trust::TrustStore(), test::during());
        CHECK(v.outcome == Outcome::UnknownIssuer);
        CHECK(v.reasonCodes() == QStringList{QStringLiteral("sig.unknown_issuer")});
    }
    SECTION("expired and not yet valid")
    {
        CHECK(one(s.jws(), test::expires().addSecs(1)).reasonCodes() == QStringList{QStringLiteral("cert.expired")});
        CHECK(one(s.jws(), test::issued().addSecs(-1)).reasonCodes() == QStringList{QStringLiteral("cert.not_yet_valid")});
    }
    SECTION("uncompressed payload and missing header members")
    {
        ShcOptions raw;
        raw.compress = false;
        const Verification v = one(s.jws({}, raw));
        CHECK(v.hasFinding(QStringLiteral("jws.header_invalid")));
        CHECK_FALSE(v.verified());
    }
    SECTION("structural garbage")
    {
        for (const QByteArray& bad : {QByteArray("a.b"), QByteArray("a.b.c.d"), QByteArray("!!.??.**"), QByteArray(" ") + s.jws(),
                                      s.jws() + "\n", QByteArray(SmartHealthCardDecoder::kMaxJws + 1, 'a')}) {
            const Verification v = one(bad);
            CHECK(v.outcome == Outcome::Unreadable);
            CHECK_FALSE(v.reasonCodes().isEmpty());
        }
    }
}

TEST_CASE("SMART Health Card revocation by rid, with and without a timestamp", "[credential][shc][revocation]")
{
    const auto& s = ShcSigner::instance();
    auto store = s.store(1);
    const QString kid = s.key.publicKey().jwkThumbprint();
    const qint64 after = test::issued().toSecsSinceEpoch() + 10;
    const qint64 before = test::issued().toSecsSinceEpoch() - 10;
    const QJsonObject crl{{QStringLiteral("kid"), kid}, {QStringLiteral("method"), QStringLiteral("rid")}, {QStringLiteral("ctr"), 1},
                          {QStringLiteral("rids"), QJsonArray{QStringLiteral("revokedAlways"), QStringLiteral("revokedLater.%1").arg(after),
                                                              QStringLiteral("reissued.%1").arg(before)}}};
    REQUIRE(store->addShcCrl(s.issuer, QJsonDocument(crl).toJson()).ok());
    const auto outcome = [&](const QString& rid) { return SmartHealthCardDecoder::verifyJws(s.jws(rid), *store, test::during()); };
    CHECK(outcome(QStringLiteral("revokedAlways")).outcome == Outcome::Revoked);
    CHECK(outcome(QStringLiteral("revokedLater")).outcome == Outcome::Revoked);
    CHECK(outcome(QStringLiteral("reissued")).verified());
    CHECK(outcome(QStringLiteral("someoneElse")).verified());
    CHECK(outcome(QStringLiteral("revokedAlways")).reasonCodes() == QStringList{QStringLiteral("cert.revoked")});
}

TEST_CASE("SMART Health Card example 03 is revoked by the examples issuer's CRL", "[credential][shc][revocation][vectors]")
{
    trust::TrustStore store;
    REQUIRE(store.addShcJwks(QStringLiteral("https://spec.smarthealth.cards/examples/issuer"),
                             test::readVector(QStringLiteral("health-cards/gh-pages/examples/issuer/.well-known/jwks.json"))).ok());
    REQUIRE(store.addShcCrl(QStringLiteral("https://spec.smarthealth.cards/examples/issuer"),
                            test::readVector(QStringLiteral("health-cards/gh-pages/examples/issuer/.well-known/crl/3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s.json"))).ok());
    const QDateTime at(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC);
    const Verification v03 = SmartHealthCardDecoder::verifyJws(test::readVector(QStringLiteral("health-cards/gh-pages/examples/example-03-d-jws.txt")), store, at);
    CHECK(v03.outcome == Outcome::Revoked);
    CHECK(v03.credential.identifier == QStringLiteral("vwAjHdarZuc"));
    const Verification v00 = SmartHealthCardDecoder::verifyJws(test::readVector(QStringLiteral("health-cards/gh-pages/examples/example-00-d-jws.txt")), store, at);
    CHECK(v00.verified());
}

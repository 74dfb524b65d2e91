#include "credential/EuDccDecoder.h"
#include "credential/SmartHealthCardDecoder.h"
#include "credential/Verification.h"
#include "support/Fixtures.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

using namespace passdesk;
using namespace passdesk::credential;

namespace {
Verification decoded(const QStringList& fatal, bool signatureChecked = false)
{
    Verification v;
    v.checks.decode = true;
    v.checks.signature = signatureChecked;
    for (const QString& code : fatal) {
        v.fail(code, QStringLiteral("test"));
    }
    return v;
}
} // namespace

TEST_CASE("One outcome rule: findings and stage checks give the outcome", "[credential][outcome]")
{
    Verification clean;
    clean.checks.decode = true;
    clean.findings.append(Finding{QStringLiteral("shc.chunking_deprecated"), QStringLiteral("warning"), false});
    CHECK(clean.judge() == Outcome::Verified);

    Verification early;
    early.fail(Error{QStringLiteral("b45.invalid"), QStringLiteral("damaged")});
    CHECK(early.findings.size() == 1);
    CHECK(early.findings.first().fatal);
    CHECK(early.findings.first().detail == QStringLiteral("damaged"));
    CHECK(early.judge() == Outcome::Unreadable);

    CHECK(decoded({QStringLiteral("cert.revoked")}, true).judge() == Outcome::Revoked);
    // A revocation claim on a code whose signature did not verify proves nothing about the holder.
    CHECK(decoded({QStringLiteral("cert.revoked"), QStringLiteral("sig.bad")}, false).judge() == Outcome::Invalid);
    // Both ways a trust store can lack the signer are an unknown issuer, for either format.
    CHECK(decoded({QStringLiteral("sig.unknown_kid")}).judge() == Outcome::UnknownIssuer);
    CHECK(decoded({QStringLiteral("sig.unknown_issuer")}).judge() == Outcome::UnknownIssuer);
    CHECK(decoded({QStringLiteral("cert.expired")}, true).judge() == Outcome::Invalid);
    CHECK(decoded({QStringLiteral("sig.bad")}).judge() == Outcome::Invalid);
}

TEST_CASE("Both decoders give the outcome the one rule gives", "[credential][outcome][dcc][shc]")
{
    const auto& eu = test::EuSigner::ec();
    const auto euText = [&](const EuDccOptions& o) {
        return DemoIssuer::euDccText(test::vaccination(), QStringLiteral("KR"), test::issued(), test::expires(), eu.key,
                                     eu.certificate, o);
    };
    EuDccOptions flipped;
    flipped.flipSignatureBit = true;
    EuDccOptions unknownKid;
    unknownKid.kidOverride = QByteArray(8, '\x42');
    unknownKid.kidInUnprotected = false;
    const trust::TrustStore empty;
    QList<Verification> all = {
        EuDccDecoder::verify(euText({}), *eu.store(), test::during()),
        EuDccDecoder::verify(euText(flipped), *eu.store(), test::during()),
        EuDccDecoder::verify(euText(unknownKid), *eu.store(), test::during()),
        EuDccDecoder::verify(euText({}), empty, test::during()),
        EuDccDecoder::verify(euText({}), *eu.store(), test::expires().addSecs(1)),
        EuDccDecoder::verify("HC1:%%%", *eu.store(), test::during()),
    };
    const auto& shc = test::ShcSigner::instance();
    ShcOptions badSig;
    badSig.flipSignatureBit = true;
    ShcOptions otherKid;
    otherKid.kidOverride = QStringLiteral("not-a-known-kid");
    all << SmartHealthCardDecoder::verifyJws(shc.jws(), *shc.store(), test::during())
        << SmartHealthCardDecoder::verifyJws(shc.jws({}, badSig), *shc.store(), test::during())
        << SmartHealthCardDecoder::verifyJws(shc.jws({}, otherKid), *shc.store(), test::during())
        << SmartHealthCardDecoder::verifyJws(shc.jws(), empty, test::during())
        << SmartHealthCardDecoder::verifyJws(shc.jws(), *shc.store(), test::expires().addSecs(1))
        << SmartHealthCardDecoder::verifyJws("a.b.c.d", *shc.store(), test::during());
    const QList<Outcome> expected = {Outcome::Verified, Outcome::Invalid, Outcome::UnknownIssuer, Outcome::UnknownIssuer,
                                     Outcome::Invalid,  Outcome::Unreadable};
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Verification& v = all.at(i);
        INFO("case " << i << ": " << v.reasonCodes().join(QLatin1Char(',')).toStdString());
        CHECK(v.outcome == v.judge());
        CHECK(v.outcome == expected.at(i % expected.size()));
    }
}

#include "codec/Base45.h"
#include "codec/Inflate.h"
#include "credential/CredentialVerifier.h"
#include "credential/EuDccDecoder.h"
#include "support/Fixtures.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QCborMap>

using namespace passdesk;
using namespace passdesk::credential;
using test::EuSigner;

namespace {
QByteArray make(const EuSigner& s, const QJsonObject& hcert, const EuDccOptions& o = {})
{
    return DemoIssuer::euDccText(hcert, QStringLiteral("KR"), test::issued(), test::expires(), s.key, s.certificate, o);
}

Verification check(const QByteArray& text, const EuSigner& s = EuSigner::ec(), const QDateTime& at = test::during())
{
    return EuDccDecoder::verify(text, *s.store(), at);
}
} // namespace

TEST_CASE("A genuine EU DCC verifies and its content is read", "[credential][dcc]")
{
    const Verification v = check(make(EuSigner::ec(), test::vaccination()));
    INFO(v.reasonCodes().join(QLatin1Char(',')).toStdString());
    REQUIRE(v.outcome == Outcome::Verified);
    const Credential& c = v.credential;
    CHECK(c.format == Format::EuDcc);
    CHECK(c.type == CertificateType::Vaccination);
    CHECK(c.holder.familyName == QStringLiteral("홍"));
    CHECK(c.holder.givenNameLatin == QStringLiteral("GILDONG"));
    CHECK(c.holder.dateOfBirth == QStringLiteral("1980-05-17"));
    REQUIRE(c.events.size() == 1);
    CHECK(c.events[0].doseNumber == 2);
    CHECK(c.events[0].totalDoses == 2);
    CHECK(c.events[0].date == QDate(2021, 11, 1));
    CHECK(c.identifier == QStringLiteral("URN:UVCI:01:KR:TESTONLY0001#X"));
    CHECK(c.issuer == QStringLiteral("KR"));
    CHECK(c.keyId == EuSigner::ec().certificate.kid());
    CHECK(v.checks.signature == true);
    CHECK(v.checks.schema == true);
}

TEST_CASE("COSE wrappings: tagged, untagged and CWT-wrapped all verify; PS256 too", "[credential][dcc]")
{
    for (auto w : {EuDccOptions::Wrapping::Tagged18, EuDccOptions::Wrapping::Untagged, EuDccOptions::Wrapping::Cwt61Tagged18}) {
        EuDccOptions o;
        o.wrapping = w;
        CHECK(check(make(EuSigner::ec(), test::vaccination(), o)).verified());
    }
    EuDccOptions ps;
    ps.algorithm = crypto::SignatureAlgorithm::PS256;
    CHECK(check(make(EuSigner::rsa(), test::vaccination(), ps), EuSigner::rsa()).verified());
    EuDccOptions unprotectedKid;
    unprotectedKid.kidInProtected = false;
    unprotectedKid.kidInUnprotected = true;
    CHECK(check(make(EuSigner::ec(), test::vaccination(), unprotectedKid)).verified());
}

TEST_CASE("Malformed EU DCC text gets a clear reason, never a crash", "[credential][dcc][malformed]")
{
    const QByteArray good = make(EuSigner::ec(), test::vaccination());
    const auto reason = [](const QByteArray& text) { return check(text).reasonCodes().value(0); };

    SECTION("wrong prefix and empty input")
    {
        CHECK(reason("HC2:" + good.mid(4)) == QStringLiteral("prefix.unknown"));
        CHECK(reason("hc1:" + good.mid(4)) == QStringLiteral("prefix.unknown"));
        CHECK(reason(good.mid(4)) == QStringLiteral("prefix.unknown"));
        CHECK(reason(QByteArray()) == QStringLiteral("input.empty"));
        CHECK(check(good.mid(4)).outcome == Outcome::Unreadable);
    }
    SECTION("oversized input")
    {
        CHECK(reason("HC1:" + QByteArray(EuDccDecoder::kMaxTextLength, '0')) == QStringLiteral("input.too_long"));
    }
    SECTION("truncated at every length stays an orderly rejection")
    {
        for (qsizetype n = 0; n < good.size(); n += 7) {
            const Verification v = check(good.left(n));
            CHECK_FALSE(v.verified());
            CHECK_FALSE(v.reasonCodes().isEmpty());
        }
    }
    SECTION("bad Base45")
    {
        QByteArray bad = good;
        bad[10] = 'a';
        CHECK(reason(bad) == QStringLiteral("b45.invalid"));
    }
    SECTION("corrupt zlib and no compression")
    {
        const QByteArray cose = DemoIssuer::euDccCose(test::vaccination(), QStringLiteral("KR"), test::issued(), test::expires(),
                                                      EuSigner::ec().key, EuSigner::ec().certificate);
        CHECK(reason("HC1:" + codec::Base45::encode(cose)) == QStringLiteral("zlib.invalid"));
        QByteArray z = codec::Inflate::compress(cose, codec::Inflate::Format::Zlib);
        z[z.size() / 2] = static_cast<char>(z[z.size() / 2] ^ 0xFF);
        CHECK(reason("HC1:" + codec::Base45::encode(z)) == QStringLiteral("zlib.invalid"));
    }
    SECTION("zlib bomb")
    {
        const QByteArray bomb = codec::Inflate::compress(QByteArray(1024 * 1024, 'A'), codec::Inflate::Format::Zlib);
        CHECK(reason("HC1:" + codec::Base45::encode(bomb)) == QStringLiteral("zlib.too_large"));
    }
    SECTION("deep and huge CBOR")
    {
        CHECK(reason(DemoIssuer::wrapHc1(QByteArray(3000, '\x81') + '\x01')) == QStringLiteral("cbor.too_deep"));
        CHECK(reason(DemoIssuer::wrapHc1(QByteArray::fromHex("5b7fffffffffffffff00"))) == QStringLiteral("cbor.invalid"));
        QCborArray many;
        for (int i = 0; i < 6000; ++i) {
            many.append(0); // compresses well, so the text stays QR-sized
        }
        CHECK(reason(DemoIssuer::wrapHc1(QCborValue(many).toCbor())) == QStringLiteral("cbor.too_large"));
    }
    SECTION("CBOR that is not COSE_Sign1")
    {
        CHECK(reason(DemoIssuer::wrapHc1(QCborValue(QCborArray{1, 2, 3, 4}).toCbor())) == QStringLiteral("cose.invalid"));
        CHECK(reason(DemoIssuer::wrapHc1(QCborValue(QCborTag(98), QCborArray{}).toCbor())) == QStringLiteral("cose.invalid"));
        const QCborArray notCwt{QByteArray("\xa1\x01\x26", 3), QCborMap{}, QByteArray("not cbor \xff"), QByteArray(64, 'x')};
        CHECK(reason(DemoIssuer::wrapHc1(QCborValue(QCborTag(18), notCwt).toCbor())) == QStringLiteral("cbor.invalid"));
        const QCborArray noHcert{QByteArray("\xa1\x01\x26", 3), QCborMap{}, QCborMap{{1, QStringLiteral("KR")}}.toCborValue().toCbor(), QByteArray(64, 'x')};
        CHECK(reason(DemoIssuer::wrapHc1(QCborValue(QCborTag(18), noHcert).toCbor())) == QStringLiteral("hcert.missing"));
    }
}

TEST_CASE("EU DCC signature failures are named", "[credential][dcc][signature]")
{
    SECTION("DER-encoded ES256 signature")
    {
        EuDccOptions o;
        o.derSignature = true;
        const Verification v = check(make(EuSigner::ec(), test::vaccination(), o));
        CHECK(v.outcome == Outcome::Invalid);
        CHECK(v.hasFinding(QStringLiteral("sig.format")));
        CHECK(v.checks.signature == false);
    }
    SECTION("tampered signature")
    {
        EuDccOptions o;
        o.flipSignatureBit = true;
        CHECK(check(make(EuSigner::ec(), test::vaccination(), o)).reasonCodes() == QStringList{QStringLiteral("sig.bad")});
    }
    SECTION("tampered payload: a re-encoded certificate with another name")
    {
        // Re-sign with another key but keep the trusted kid: the kid matches, the signature does not.
        EuDccOptions o;
        o.kidOverride = EuSigner::ec().certificate.kid();
        const QByteArray forged = DemoIssuer::euDccText(test::vaccination(), QStringLiteral("KR"), test::issued(), test::expires(),
                                                        EuSigner::testOnly().key, EuSigner::testOnly().certificate, o);
        CHECK(check(forged).reasonCodes() == QStringList{QStringLiteral("sig.bad")});
    }
    SECTION("algorithm and key mismatch: PS256 header with an EC DSC")
    {
        EuDccOptions o;
        o.algorithm = crypto::SignatureAlgorithm::PS256;
        o.kidOverride = EuSigner::ec().certificate.kid();
        const QByteArray text = DemoIssuer::euDccText(test::vaccination(), QStringLiteral("KR"), test::issued(), test::expires(),
                                                      EuSigner::rsa().key, EuSigner::rsa().certificate, o);
        CHECK(check(text).reasonCodes() == QStringList{QStringLiteral("sig.alg_mismatch")});
    }
    SECTION("unknown and missing algorithm")
    {
        EuDccOptions o;
        o.omitAlgorithm = true;
        CHECK(check(make(EuSigner::ec(), test::vaccination(), o)).hasFinding(QStringLiteral("cose.alg_unsupported")));
    }
    SECTION("kid mismatch: the protected kid wins over a correct unprotected one")
    {
        EuDccOptions o;
        o.kidOverride = QByteArray(8, '\x42');
        o.kidInUnprotected = false;
        const Verification v = check(make(EuSigner::ec(), test::vaccination(), o));
        CHECK(v.outcome == Outcome::UnknownIssuer);
        CHECK(v.reasonCodes() == QStringList{QStringLiteral("sig.unknown_kid")});
    }
    SECTION("no kid anywhere")
    {
        EuDccOptions o;
        o.kidInProtected = false;
        CHECK(check(make(EuSigner::ec(), test::vaccination(), o)).reasonCodes() == QStringList{QStringLiteral("sig.kid_missing")});
    }
    SECTION("unknown issuer: an empty trust store")
    {
        const Verification v = EuDccDecoder::verify(make(EuSigner::ec(), test::vaccination()), trust::TrustStore(), test::during());
        CHECK(v.outcome == Outcome::UnknownIssuer);
    }
}

TEST_CASE("EU DCC validity window and key usage", "[credential][dcc]")
{
    const QByteArray text = make(EuSigner::ec(), test::vaccination());
    CHECK(check(text, EuSigner::ec(), test::issued()).verified());
    CHECK(check(text, EuSigner::ec(), test::expires()).verified());
    CHECK(check(text, EuSigner::ec(), test::expires().addSecs(1)).reasonCodes() == QStringList{QStringLiteral("cert.expired")});
    CHECK(check(text, EuSigner::ec(), test::issued().addSecs(-1)).reasonCodes() == QStringList{QStringLiteral("cert.not_yet_valid")});

    // A DSC limited to tests must not sign vaccinations, and may sign tests.
    const Verification vacc = check(make(EuSigner::testOnly(), test::vaccination()), EuSigner::testOnly());
    CHECK(vacc.reasonCodes() == QStringList{QStringLiteral("dsc.key_usage")});
    CHECK(vacc.checks.signature == true);
    const QJsonObject testCert = DemoIssuer::euTest(QStringLiteral("홍"), QStringLiteral("길동"), QStringLiteral("HONG"), QStringLiteral("GILDONG"),
                                                    QStringLiteral("1980-05-17"), test::issued(), QStringLiteral("KR"), QStringLiteral("URN:UVCI:01:KR:T1"));
    CHECK(check(make(EuSigner::testOnly(), testCert), EuSigner::testOnly()).verified());
}

TEST_CASE("Schema violations are reported but the signature still checks", "[credential][dcc][schema]")
{
    QJsonObject bad = test::vaccination();
    bad.insert(QStringLiteral("dob"), QStringLiteral("17.05.1980"));
    const Verification v = check(make(EuSigner::ec(), bad));
    CHECK(v.checks.signature == true);
    CHECK(v.checks.schema == false);
    CHECK(v.reasonCodes() == QStringList{QStringLiteral("schema.invalid")});
}

TEST_CASE("CredentialVerifier routes by prefix", "[credential]")
{
    const CredentialVerifier verifier(EuSigner::ec().store());
    CHECK(verifier.verify(make(EuSigner::ec(), test::vaccination()), test::during()).verified());
    CHECK(verifier.verify(QByteArrayView("https://example.com"), test::during()).reasonCodes() == QStringList{QStringLiteral("prefix.unknown")});
    CHECK(CredentialVerifier::formatOf("shc:/123") == Format::SmartHealthCard);
    CHECK(CredentialVerifier::formatOf("HC1:ABC") == Format::EuDcc);
}

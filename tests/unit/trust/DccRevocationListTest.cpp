#include "trust/DccRevocationList.h"
#include "support/DemoIssuer.h"
#include "credential/EuDccDecoder.h"
#include "credential/SmartHealthCardDecoder.h"
#include "rules/Policy.h"
#include "support/Fixtures.h"
#include "trust/TrustStore.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace passdesk;
using trust::DccRevocationList;

namespace {
QByteArray batch(const QString& id, const QString& hashType, const QList<QByteArray>& hashes,
                 const QByteArray& kid = {})
{
    QJsonArray entries;
    for (const QByteArray& h : hashes) {
        entries.append(QJsonObject{{QStringLiteral("hash"), QString::fromLatin1(h.toBase64())}});
    }
    QJsonObject o{{QStringLiteral("batchId"), id},
                  {QStringLiteral("country"), QStringLiteral("DE")},
                  {QStringLiteral("date"), QStringLiteral("2022-01-01T00:00:00Z")},
                  {QStringLiteral("expires"), QStringLiteral("2023-01-01T00:00:00Z")},
                  {QStringLiteral("hashType"), hashType},
                  {QStringLiteral("entries"), entries}};
    if (!kid.isEmpty()) {
        o.insert(QStringLiteral("kid"), QString::fromLatin1(kid.toBase64()));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::shared_ptr<trust::TrustStore> storeWith(const QByteArray& listJson, std::shared_ptr<trust::TrustStore> store = {})
{
    if (!store) {
        store = std::make_shared<trust::TrustStore>();
    }
    auto list = DccRevocationList::parse(listJson, QStringLiteral("test-list.json"));
    REQUIRE(list.ok());
    store->addDccRevocationList(std::move(list).value());
    return store;
}
} // namespace

// Must show 3: each of the three Corona-Warn-App samples is found revoked by each hash type it lists,
// one hash type at a time, and by nothing else.
TEST_CASE("The DCC revocation samples are revoked by each hash type they list", "[trust][revocation][vectors]")
{
    const QJsonArray samples =
        QJsonDocument::fromJson(test::readVector(QStringLiteral("revocation/RevocationCalculationSampleData.json")))
            .array();
    REQUIRE(samples.size() == 3);
    const QDateTime at(QDate(2022, 1, 15), QTime(12, 0), Qt::UTC);
    for (const QJsonValue& value : samples) {
        const QJsonObject sample = value.toObject();
        const QByteArray code = sample.value(QLatin1String("barcodeData")).toString().toLatin1();
        INFO(sample.value(QLatin1String("description")).toString().toStdString());
        // Not revoked with no list, and not by a list of other hashes.
        const trust::TrustStore empty;
        CHECK_FALSE(credential::EuDccDecoder::verify(code, empty, at).hasFinding(QStringLiteral("cert.revoked")));
        for (const char* type : {"UCI", "COUNTRYCODEUCI", "SIGNATURE"}) {
            INFO(type);
            const QByteArray expected =
                QByteArray::fromHex(sample.value(QLatin1String("exp") + QLatin1String(type)).toString().toLatin1());
            REQUIRE(expected.size() == 16);
            const auto store =
                storeWith(batch(QStringLiteral("b-") + QLatin1String(type), QLatin1String(type), {expected}));
            const credential::Verification v = credential::EuDccDecoder::verify(code, *store, at);
            CHECK(v.hasFinding(QStringLiteral("cert.revoked")));
            CHECK(v.checks.revocation == false);
            CHECK(v.revokedBy ==
                  QStringLiteral("DCC revocation b-%1 (DE, %1) from test-list.json").arg(QLatin1String(type)));
            // The same hash under another hash type does not match.
            for (const char* other : {"UCI", "COUNTRYCODEUCI", "SIGNATURE"}) {
                if (qstrcmp(other, type) != 0) {
                    const auto wrong = storeWith(batch(QStringLiteral("x"), QLatin1String(other), {expected}));
                    CHECK_FALSE(
                        credential::EuDccDecoder::verify(code, *wrong, at).hasFinding(QStringLiteral("cert.revoked")));
                }
            }
        }
    }
}

TEST_CASE("A genuine revoked DCC gets the REVOKED outcome and an invalid verdict naming the list",
          "[trust][revocation]")
{
    const auto& signer = test::EuSigner::ec();
    const QByteArray text = credential::DemoIssuer::euDccText(test::vaccination(), QStringLiteral("KR"), test::issued(),
                                                              test::expires(), signer.key, signer.certificate);
    const QString uci = QStringLiteral("URN:UVCI:01:KR:TESTONLY0001#X");
    const auto hashes =
        trust::DccRevocationHashes::compute(uci, QStringLiteral("KR"), {}, crypto::SignatureAlgorithm::ES256);
    CHECK(hashes.signature.isEmpty());
    CHECK(hashes.uci.size() == 16);

    const auto store = storeWith(
        batch(QStringLiteral("kr-1"), QStringLiteral("UCI"), {hashes.uci}, signer.certificate.kid()), signer.store());
    const credential::Verification v = credential::EuDccDecoder::verify(text, *store, test::during());
    CHECK(v.outcome == credential::Outcome::Revoked);
    CHECK(v.reasonCodes() == QStringList{QStringLiteral("cert.revoked")});
    const rules::Verdict verdict = rules::Policy{}.decide(v, test::during());
    CHECK(verdict.kind == rules::VerdictKind::Invalid);
    CHECK(verdict.reasons == QStringList{QStringLiteral("cert.revoked")});
    CHECK(verdict.revokedBy == QStringLiteral("DCC revocation kr-1 (DE, UCI) from test-list.json"));

    // A batch for another DSC's kid does not apply; a batch without kid applies to any signer.
    const auto otherKid = storeWith(
        batch(QStringLiteral("kr-2"), QStringLiteral("UCI"), {hashes.uci}, QByteArray(8, 'x')), signer.store());
    CHECK(credential::EuDccDecoder::verify(text, *otherKid, test::during()).verified());
    const auto anyKid =
        storeWith(batch(QStringLiteral("kr-3"), QStringLiteral("COUNTRYCODEUCI"),
                        {trust::DccRevocationHashes::compute(uci, QStringLiteral("KR"), {}, {}).countryCodeUci}),
                  signer.store());
    CHECK(credential::EuDccDecoder::verify(text, *anyKid, test::during()).outcome == credential::Outcome::Revoked);
}

TEST_CASE("Malformed DCC revocation lists are refused", "[trust][revocation]")
{
    const auto code = [](const QByteArray& json) {
        const auto r = DccRevocationList::parse(json, QStringLiteral("t"));
        return r.ok() ? QString() : r.error().code;
    };
    const QString invalid = QStringLiteral("revocation.invalid");
    CHECK(code("not json") == invalid);
    CHECK(code("{\"batches\":[]}") == invalid);
    CHECK(code(batch(QStringLiteral("a"), QStringLiteral("MD5"), {QByteArray(16, 'a')})) == invalid);
    CHECK(code(batch(QStringLiteral("a"), QStringLiteral("UCI"), {QByteArray(8, 'a')})) == invalid);
    CHECK(code("{\"hashType\":\"UCI\",\"entries\":[{\"hash\":\"***\"}]}") == invalid);
    CHECK(code("{\"hashType\":\"UCI\",\"kid\":\"%%\",\"entries\":[]}") == invalid);
    const auto ok = DccRevocationList::parse(
        batch(QStringLiteral("a"), QStringLiteral("UCI"), {QByteArray(32, 'a'), QByteArray(16, 'b')}),
        QStringLiteral("t"));
    REQUIRE(ok.ok());
    CHECK(ok->entryCount() == 2);
    CHECK(ok->issuedAt() == QDateTime(QDate(2022, 1, 1), QTime(0, 0), Qt::UTC));
}

TEST_CASE("SMART Health Card example 03's revocation names its CRL", "[trust][revocation][shc][vectors]")
{
    trust::TrustStore store;
    const QString iss = QStringLiteral("https://spec.smarthealth.cards/examples/issuer");
    REQUIRE(store
                .addShcJwks(iss, test::readVector(
                                     QStringLiteral("health-cards/gh-pages/examples/issuer/.well-known/jwks.json")))
                .ok());
    REQUIRE(store
                .addShcCrl(iss, test::readVector(QStringLiteral("health-cards/gh-pages/examples/issuer/.well-known/crl/"
                                                                "3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s.json")))
                .ok());
    const QDateTime at(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC);
    const auto v = credential::SmartHealthCardDecoder::verifyJws(
        test::readVector(QStringLiteral("health-cards/gh-pages/examples/example-03-d-jws.txt")), store, at);
    CHECK(v.outcome == credential::Outcome::Revoked);
    CHECK(v.revokedBy ==
          QStringLiteral("SHC CRL ") + iss +
              QStringLiteral("/.well-known/crl/3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s.json (ctr 1)"));
    const rules::Verdict verdict = rules::Policy{}.decide(v, test::during());
    CHECK(verdict.kind == rules::VerdictKind::Invalid);
    CHECK(verdict.revokedBy == v.revokedBy);
}

#include "trust/ShcRevocationList.h"
#include "trust/TrustStore.h"
#include "support/Fixtures.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace passdesk;

TEST_CASE("Malformed SMART Health Card revocation lists are refused", "[trust][crl][vectors]")
{
    for (const char* name : {"duplicate-rid", "invalid-method", "non-base64url-rid", "too-long-rid"}) {
        INFO(name);
        const QString dir = QStringLiteral("health-cards/dev-tools/testdata/badcrl/%1/.well-known/crl/hrvC0uzB16UXK83BnPo7Glg685b1D6iYOyJd5hpRaAA.json").arg(QLatin1String(name));
        const auto crl = trust::ShcRevocationList::parse(test::readVector(dir));
        REQUIRE_FALSE(crl.ok());
        CHECK(crl.error().code == QStringLiteral("crl.invalid"));
    }
    // version-mismatch parses alone but is refused against the key's crlVersion.
    trust::TrustStore store;
    const QString iss = QStringLiteral("https://issuer.test");
    REQUIRE(store.addShcJwks(iss, "{\"keys\":[" + test::readVector(QStringLiteral("health-cards/dev-tools/testdata/badcrl/public.json")) + "]}").ok());
    const Status s = store.addShcCrl(iss, test::readVector(QStringLiteral("health-cards/dev-tools/testdata/badcrl/version-mismatch/.well-known/crl/hrvC0uzB16UXK83BnPo7Glg685b1D6iYOyJd5hpRaAA.json")));
    CHECK(s.error().code == QStringLiteral("crl.invalid"));
    CHECK(store.shcCrlProblem(iss, QStringLiteral("hrvC0uzB16UXK83BnPo7Glg685b1D6iYOyJd5hpRaAA")).has_value());
}

TEST_CASE("TrustStore imports certificates from files and folders", "[trust]")
{
    QTemporaryDir dir;
    const auto& s = test::EuSigner::ec();
    const auto write = [&](const QString& name, const QByteArray& data) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    write(QStringLiteral("a.der"), s.certificate.der());
    write(QStringLiteral("b.pem"), "-----BEGIN CERTIFICATE-----\n" + test::EuSigner::rsa().certificate.der().toBase64() + "\n-----END CERTIFICATE-----\n");
    write(QStringLiteral("c.b64"), test::EuSigner::testOnly().certificate.der().toBase64());
    write(QStringLiteral("junk.txt"), "not a certificate");
    trust::TrustStore store;
    CHECK(store.importPath(dir.path()).value() == 3);
    CHECK(store.dscsForKid(s.certificate.kid()).size() == 1);
    CHECK(store.importPath(dir.filePath(QStringLiteral("junk.txt"))).error().code == QStringLiteral("trust.invalid"));
    CHECK(store.importPath(dir.filePath(QStringLiteral("missing"))).error().code == QStringLiteral("trust.unreadable"));
    // Importing the same certificate twice keeps one entry.
    CHECK(store.importPath(dir.filePath(QStringLiteral("a.der"))).ok());
    CHECK(store.dscCount() == 3);
}

TEST_CASE("TrustStore refuses JWK sets without usable keys", "[trust]")
{
    trust::TrustStore store;
    CHECK(store.addShcJwks(QStringLiteral("https://x.test"), "{}").error().code == QStringLiteral("jwk.invalid"));
    CHECK(store.addShcJwks(QStringLiteral("https://x.test"), "{\"keys\":[{\"kty\":\"RSA\"}]}").error().code == QStringLiteral("jwk.invalid"));
    CHECK_FALSE(store.knowsShcIssuer(QStringLiteral("https://x.test")));
}

#include "support/Fixtures.h"

#include "trust/SignedTrustList.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace passdesk::test {

QString vectorsDir()
{
    const QString dir = QStringLiteral(PASSDESK_VECTORS_DIR);
    if (!QDir(dir).exists()) {
        FAIL("test vectors folder is missing: " << dir.toStdString() << " (clone ../shared beside the project)");
    }
    return dir;
}

QByteArray readVector(const QString& relativePath)
{
    QFile f(vectorsDir() + QLatin1Char('/') + relativePath);
    if (!f.open(QIODevice::ReadOnly)) {
        FAIL("cannot read vector " << relativePath.toStdString());
    }
    return f.readAll();
}

QDateTime issued()
{
    return QDateTime(QDate(2021, 12, 1), QTime(9, 0), Qt::UTC);
}

QDateTime expires()
{
    return QDateTime(QDate(2022, 12, 1), QTime(9, 0), Qt::UTC);
}

QDateTime during()
{
    return QDateTime(QDate(2022, 1, 10), QTime(12, 0), Qt::UTC);
}

namespace {
EuSigner makeSigner(crypto::SigningKey::Type type, const QStringList& eku)
{
    EuSigner s;
    s.key = crypto::SigningKey::generate(type);
    s.certificate = s.key.selfSignedCertificate(QStringLiteral("PassDesk unit-test DSC (test only)"), QStringLiteral("KR"), eku,
                                                QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC),
                                                QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC));
    return s;
}
} // namespace

const EuSigner& EuSigner::ec()
{
    static const EuSigner s = makeSigner(crypto::SigningKey::Type::EcP256, {});
    return s;
}

const EuSigner& EuSigner::rsa()
{
    static const EuSigner s = makeSigner(crypto::SigningKey::Type::Rsa2048, {});
    return s;
}

const EuSigner& EuSigner::testOnly()
{
    static const EuSigner s = makeSigner(crypto::SigningKey::Type::EcP256, {QString::fromLatin1(crypto::X509Certificate::kEkuTest)});
    return s;
}

std::shared_ptr<trust::TrustStore> EuSigner::store() const
{
    auto st = std::make_shared<trust::TrustStore>();
    st->addDsc(certificate, QStringLiteral("unit test"));
    return st;
}

QJsonObject vaccination()
{
    return credential::DemoIssuer::euVaccination(QStringLiteral("홍"), QStringLiteral("길동"), QStringLiteral("HONG"),
                                                 QStringLiteral("GILDONG"), QStringLiteral("1980-05-17"), 2, 2,
                                                 QDate(2021, 11, 1), QStringLiteral("KR"),
                                                 QStringLiteral("URN:UVCI:01:KR:TESTONLY0001#X"));
}

const ShcSigner& ShcSigner::instance()
{
    static const ShcSigner s = [] {
        ShcSigner x;
        x.key = crypto::SigningKey::generate(crypto::SigningKey::Type::EcP256);
        return x;
    }();
    return s;
}

std::shared_ptr<trust::TrustStore> ShcSigner::store(int crlVersion) const
{
    auto st = std::make_shared<trust::TrustStore>();
    const QJsonObject set = credential::DemoIssuer::jwks({key.publicKey()}, crlVersion);
    REQUIRE(st->addShcJwks(issuer, QJsonDocument(set).toJson()).ok());
    return st;
}

QByteArray ShcSigner::jws(const QString& rid, const credential::ShcOptions& options) const
{
    const QJsonObject payload = credential::DemoIssuer::shcImmunization(issuer, QStringLiteral("Anyperson"), {QStringLiteral("John"), QStringLiteral("B.")},
                                                                        QStringLiteral("1951-01-20"), issued(), expires(), rid);
    return credential::DemoIssuer::shcJws(payload, key, options);
}

const TrustListSigner& TrustListSigner::instance()
{
    static const TrustListSigner signer{crypto::SigningKey::generate(crypto::SigningKey::Type::EcP256)};
    return signer;
}

QByteArray TrustListSigner::dscList(const QList<crypto::X509Certificate>& certificates) const
{
    QJsonArray list;
    for (const auto& c : certificates) {
        list.append(QJsonObject{{QStringLiteral("certificateType"), QStringLiteral("DSC")},
                                {QStringLiteral("country"), QStringLiteral("KR")},
                                {QStringLiteral("kid"), QString::fromLatin1(c.kid().toBase64())},
                                {QStringLiteral("rawData"), QString::fromLatin1(c.der().toBase64())},
                                {QStringLiteral("timestamp"), QStringLiteral("2022-01-01T00:00:00Z")}});
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("certificates"), list}}).toJson(QJsonDocument::Compact);
    return trust::SignedTrustList::seal(body, key);
}

QByteArray TrustListSigner::dccRevocation(const QString& batchId, const QString& hashType, const QList<QByteArray>& hashes) const
{
    QJsonArray entries;
    for (const QByteArray& h : hashes) {
        entries.append(QJsonObject{{QStringLiteral("hash"), QString::fromLatin1(h.toBase64())}});
    }
    const QJsonObject batch{{QStringLiteral("batchId"), batchId},
                            {QStringLiteral("country"), QStringLiteral("KR")},
                            {QStringLiteral("date"), QStringLiteral("2022-01-02T00:00:00Z")},
                            {QStringLiteral("hashType"), hashType},
                            {QStringLiteral("entries"), entries}};
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("batches"), QJsonArray{batch}}}).toJson(QJsonDocument::Compact);
    return trust::SignedTrustList::seal(body, key);
}

QByteArray TrustListSigner::shcDirectory(int crlVersion)
{
    const ShcSigner& shc = ShcSigner::instance();
    const QJsonObject jwks = credential::DemoIssuer::jwks({shc.key.publicKey()}, crlVersion);
    const QJsonObject info{{QStringLiteral("issuer"), QJsonObject{{QStringLiteral("iss"), shc.issuer}, {QStringLiteral("name"), QStringLiteral("Test issuer")}}},
                           {QStringLiteral("keys"), jwks.value(QLatin1String("keys"))}};
    return QJsonDocument(QJsonObject{{QStringLiteral("time"), QStringLiteral("2022-01-03T00:00:00Z")},
                                     {QStringLiteral("issuerInfo"), QJsonArray{info}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace passdesk::test

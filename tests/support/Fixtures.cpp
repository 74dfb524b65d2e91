#include "support/Fixtures.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
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

} // namespace passdesk::test

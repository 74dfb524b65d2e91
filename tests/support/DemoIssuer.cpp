#include "support/DemoIssuer.h"

#include "codec/Base45.h"
#include "codec/Base64Url.h"
#include "codec/Inflate.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonArray>
#include <QJsonDocument>

namespace passdesk::credential {

namespace {
constexpr qint64 kAlgEs256 = -7;
constexpr qint64 kAlgPs256 = -37;

QJsonObject name(const QString& fn, const QString& gn, const QString& fnt, const QString& gnt)
{
    return QJsonObject{{QStringLiteral("fn"), fn}, {QStringLiteral("gn"), gn}, {QStringLiteral("fnt"), fnt}, {QStringLiteral("gnt"), gnt}};
}

QJsonObject envelope(const QJsonObject& nam, const QString& dob, const char* group, const QJsonObject& entry)
{
    return QJsonObject{{QStringLiteral("ver"), QStringLiteral("1.3.0")},
                       {QStringLiteral("nam"), nam},
                       {QStringLiteral("dob"), dob},
                       {QLatin1String(group), QJsonArray{entry}}};
}
} // namespace

QJsonObject DemoIssuer::euVaccination(const QString& familyName, const QString& givenName, const QString& familyLatin,
                                      const QString& givenLatin, const QString& dateOfBirth, int dose, int doses,
                                      const QDate& date, const QString& country, const QString& uvci)
{
    const QJsonObject v{{QStringLiteral("tg"), QStringLiteral("840539006")},
                        {QStringLiteral("vp"), QStringLiteral("1119349007")},
                        {QStringLiteral("mp"), QStringLiteral("EU/1/20/1528")},
                        {QStringLiteral("ma"), QStringLiteral("ORG-100030215")},
                        {QStringLiteral("dn"), dose},
                        {QStringLiteral("sd"), doses},
                        {QStringLiteral("dt"), date.toString(Qt::ISODate)},
                        {QStringLiteral("co"), country},
                        {QStringLiteral("is"), QStringLiteral("PassDesk DEMO issuer (test only)")},
                        {QStringLiteral("ci"), uvci}};
    return envelope(name(familyName, givenName, familyLatin, givenLatin), dateOfBirth, "v", v);
}

QJsonObject DemoIssuer::euTest(const QString& familyName, const QString& givenName, const QString& familyLatin,
                               const QString& givenLatin, const QString& dateOfBirth, const QDateTime& sampled,
                               const QString& country, const QString& uvci)
{
    const QJsonObject t{{QStringLiteral("tg"), QStringLiteral("840539006")},
                        {QStringLiteral("tt"), QStringLiteral("LP6464-4")},
                        {QStringLiteral("nm"), QStringLiteral("PCR")},
                        {QStringLiteral("sc"), sampled.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("tr"), QStringLiteral("260415000")},
                        {QStringLiteral("tc"), QStringLiteral("DEMO test centre")},
                        {QStringLiteral("co"), country},
                        {QStringLiteral("is"), QStringLiteral("PassDesk DEMO issuer (test only)")},
                        {QStringLiteral("ci"), uvci}};
    return envelope(name(familyName, givenName, familyLatin, givenLatin), dateOfBirth, "t", t);
}

QJsonObject DemoIssuer::euRecovery(const QString& familyName, const QString& givenName, const QString& familyLatin,
                                   const QString& givenLatin, const QString& dateOfBirth, const QDate& firstPositive,
                                   const QString& country, const QString& uvci)
{
    const QJsonObject r{{QStringLiteral("tg"), QStringLiteral("840539006")},
                        {QStringLiteral("fr"), firstPositive.toString(Qt::ISODate)},
                        {QStringLiteral("df"), firstPositive.addDays(11).toString(Qt::ISODate)},
                        {QStringLiteral("du"), firstPositive.addDays(180).toString(Qt::ISODate)},
                        {QStringLiteral("co"), country},
                        {QStringLiteral("is"), QStringLiteral("PassDesk DEMO issuer (test only)")},
                        {QStringLiteral("ci"), uvci}};
    return envelope(name(familyName, givenName, familyLatin, givenLatin), dateOfBirth, "r", r);
}

QByteArray DemoIssuer::euDccCose(const QJsonObject& hcert, const QString& issuer, const QDateTime& issuedAt,
                                 const QDateTime& expiresAt, const crypto::SigningKey& key,
                                 const crypto::X509Certificate& certificate, const EuDccOptions& options)
{
    const QByteArray kid = options.kidOverride.isEmpty() ? certificate.kid() : options.kidOverride;
    QCborMap protectedHeader;
    if (!options.omitAlgorithm) {
        protectedHeader.insert(1, options.algorithm == crypto::SignatureAlgorithm::PS256 ? kAlgPs256 : kAlgEs256);
    }
    if (options.kidInProtected) {
        protectedHeader.insert(4, kid);
    }
    QCborMap unprotectedHeader;
    if (options.kidInUnprotected) {
        unprotectedHeader.insert(4, kid);
    }
    QCborMap claims;
    claims.insert(1, issuer);
    claims.insert(4, expiresAt.toSecsSinceEpoch());
    claims.insert(6, issuedAt.toSecsSinceEpoch());
    claims.insert(-260, QCborMap{{1, QCborValue::fromJsonValue(hcert)}});
    const QByteArray protectedBytes = protectedHeader.toCborValue().toCbor();
    const QByteArray payload = claims.toCborValue().toCbor();
    const QByteArray toBeSigned = QCborArray{QStringLiteral("Signature1"), protectedBytes, QByteArray(), payload}.toCborValue().toCbor();
    QByteArray signature = key.sign(options.algorithm, toBeSigned);
    if (options.derSignature) {
        signature = crypto::SignatureVerifier::rawToDer(signature);
    }
    if (options.flipSignatureBit && !signature.isEmpty()) {
        signature[signature.size() / 2] = static_cast<char>(signature[signature.size() / 2] ^ 0x01);
    }
    const QCborArray sign1{protectedBytes, unprotectedHeader, payload, signature};
    QCborValue value(sign1);
    switch (options.wrapping) {
    case EuDccOptions::Wrapping::Tagged18:
        value = QCborValue(QCborTag(18), sign1);
        break;
    case EuDccOptions::Wrapping::Cwt61Tagged18:
        value = QCborValue(QCborTag(61), QCborValue(QCborTag(18), sign1));
        break;
    case EuDccOptions::Wrapping::Untagged:
        break;
    }
    return value.toCbor();
}

QByteArray DemoIssuer::wrapHc1(const QByteArray& cose)
{
    return QByteArrayLiteral("HC1:") + codec::Base45::encode(codec::Inflate::compress(cose, codec::Inflate::Format::Zlib));
}

QByteArray DemoIssuer::euDccText(const QJsonObject& hcert, const QString& issuer, const QDateTime& issuedAt,
                                 const QDateTime& expiresAt, const crypto::SigningKey& key,
                                 const crypto::X509Certificate& certificate, const EuDccOptions& options)
{
    return wrapHc1(euDccCose(hcert, issuer, issuedAt, expiresAt, key, certificate, options));
}

QByteArray DemoIssuer::shcJws(const QJsonObject& payload, const crypto::SigningKey& key, const ShcOptions& options)
{
    const QString kid = options.kidOverride.isEmpty() ? key.publicKey().jwkThumbprint() : options.kidOverride;
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("kid"), kid}};
    if (options.compress) {
        header.insert(QStringLiteral("zip"), QStringLiteral("DEF"));
    }
    const QByteArray json = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QByteArray body = options.compress ? codec::Inflate::compress(json, codec::Inflate::Format::Raw) : json;
    const QByteArray signingInput = codec::Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                                    '.' + codec::Base64Url::encode(body);
    QByteArray signature = key.sign(crypto::SignatureAlgorithm::ES256, signingInput);
    if (options.derSignature) {
        signature = crypto::SignatureVerifier::rawToDer(signature);
    }
    if (options.flipSignatureBit) {
        signature[10] = static_cast<char>(signature[10] ^ 0x01);
    }
    return signingInput + '.' + codec::Base64Url::encode(signature);
}

QList<QByteArray> DemoIssuer::shcNumeric(const QByteArray& jws, int chunks)
{
    QList<QByteArray> out;
    const qsizetype per = (jws.size() + chunks - 1) / chunks;
    for (int i = 0; i < chunks; ++i) {
        QByteArray text = QByteArrayLiteral("shc:/");
        if (chunks > 1) {
            text += QByteArray::number(i + 1) + '/' + QByteArray::number(chunks) + '/';
        }
        for (const char c : jws.mid(i * per, per)) {
            const int v = c - 45;
            text += static_cast<char>('0' + v / 10);
            text += static_cast<char>('0' + v % 10);
        }
        out << text;
    }
    return out;
}

QJsonObject DemoIssuer::shcImmunization(const QString& issuer, const QString& family, const QStringList& given,
                                        const QString& birthDate, const QDateTime& notBefore, const QDateTime& expires,
                                        const QString& rid)
{
    const auto immunization = [](const QString& date, const QString& cvx) {
        return QJsonObject{{QStringLiteral("fullUrl"), QStringLiteral("resource:1")},
                           {QStringLiteral("resource"),
                            QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Immunization")},
                                        {QStringLiteral("status"), QStringLiteral("completed")},
                                        {QStringLiteral("vaccineCode"),
                                         QJsonObject{{QStringLiteral("coding"),
                                                      QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("http://hl7.org/fhir/sid/cvx")},
                                                                             {QStringLiteral("code"), cvx}}}}}},
                                        {QStringLiteral("patient"), QJsonObject{{QStringLiteral("reference"), QStringLiteral("resource:0")}}},
                                        {QStringLiteral("occurrenceDateTime"), date},
                                        {QStringLiteral("performer"),
                                         QJsonArray{QJsonObject{{QStringLiteral("actor"), QJsonObject{{QStringLiteral("display"), QStringLiteral("PassDesk DEMO clinic (test only)")}}}}}}}}};
    };
    const QJsonObject patient{{QStringLiteral("fullUrl"), QStringLiteral("resource:0")},
                              {QStringLiteral("resource"),
                               QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                                           {QStringLiteral("name"), QJsonArray{QJsonObject{{QStringLiteral("family"), family},
                                                                                           {QStringLiteral("given"), QJsonArray::fromStringList(given)}}}},
                                           {QStringLiteral("birthDate"), birthDate}}}};
    QJsonObject vc{{QStringLiteral("type"), QJsonArray{QStringLiteral("https://smarthealth.cards#health-card"),
                                                        QStringLiteral("https://smarthealth.cards#immunization"),
                                                        QStringLiteral("https://smarthealth.cards#covid19")}},
                   {QStringLiteral("credentialSubject"),
                    QJsonObject{{QStringLiteral("fhirVersion"), QStringLiteral("4.0.1")},
                                {QStringLiteral("fhirBundle"),
                                 QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                             {QStringLiteral("type"), QStringLiteral("collection")},
                                             {QStringLiteral("entry"),
                                              QJsonArray{patient, immunization(notBefore.date().addDays(-60).toString(Qt::ISODate), QStringLiteral("207")),
                                                         immunization(notBefore.date().addDays(-30).toString(Qt::ISODate), QStringLiteral("207"))}}}}}}};
    if (!rid.isEmpty()) {
        vc.insert(QStringLiteral("rid"), rid);
    }
    QJsonObject payload{{QStringLiteral("iss"), issuer}, {QStringLiteral("nbf"), static_cast<double>(notBefore.toSecsSinceEpoch())}, {QStringLiteral("vc"), vc}};
    if (expires.isValid()) {
        payload.insert(QStringLiteral("exp"), static_cast<double>(expires.toSecsSinceEpoch()));
    }
    return payload;
}

QJsonObject DemoIssuer::jwks(const QList<crypto::PublicKey>& keys, int crlVersion)
{
    QJsonArray list;
    for (const auto& key : keys) {
        QJsonObject jwk = key.toJwk();
        jwk.insert(QStringLiteral("kid"), key.jwkThumbprint());
        jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
        jwk.insert(QStringLiteral("alg"), QStringLiteral("ES256"));
        if (crlVersion > 0) {
            jwk.insert(QStringLiteral("crlVersion"), crlVersion);
        }
        list.append(jwk);
    }
    return QJsonObject{{QStringLiteral("keys"), list}};
}

} // namespace passdesk::credential

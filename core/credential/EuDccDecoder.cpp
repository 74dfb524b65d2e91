#include "credential/EuDccDecoder.h"

#include "codec/Base45.h"
#include "codec/CborReader.h"
#include "codec/Inflate.h"
#include "credential/DccSchemaValidator.h"
#include "credential/ValueSets.h"
#include "crypto/SignatureVerifier.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonArray>
#include <QJsonObject>

namespace passdesk::credential {

namespace {
constexpr qint64 kCoseSign1Tag = 18;
constexpr qint64 kCwtTag = 61;
constexpr qint64 kHeaderAlg = 1;
constexpr qint64 kHeaderKid = 4;
constexpr qint64 kClaimIss = 1;
constexpr qint64 kClaimExp = 4;
constexpr qint64 kClaimIat = 6;
constexpr qint64 kClaimHcert = -260;
constexpr qint64 kAlgEs256 = -7;
constexpr qint64 kAlgPs256 = -37;

void fail(Verification& v, const QString& code, const QString& detail)
{
    v.findings.append(Finding{code, detail, true});
}

void fail(Verification& v, const Error& e)
{
    fail(v, e.code, e.message);
}

// Numeric date claims may be CBOR integers or floats; anything else is absent.
QDateTime claimTime(const QCborValue& value)
{
    if (value.isInteger()) {
        return QDateTime::fromSecsSinceEpoch(value.toInteger(), Qt::UTC);
    }
    if (value.isDouble() && std::isfinite(value.toDouble()) && std::abs(value.toDouble()) < 1e11) {
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.toDouble() * 1000.0), Qt::UTC);
    }
    return {};
}

QDate parseDate(const QJsonValue& value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

void fillCredential(Credential& c, const QJsonObject& hcert)
{
    c.payload = hcert;
    c.schemaVersion = hcert.value(QLatin1String("ver")).toString();
    const QJsonObject nam = hcert.value(QLatin1String("nam")).toObject();
    c.holder.familyName = nam.value(QLatin1String("fn")).toString();
    c.holder.givenName = nam.value(QLatin1String("gn")).toString();
    c.holder.familyNameLatin = nam.value(QLatin1String("fnt")).toString();
    c.holder.givenNameLatin = nam.value(QLatin1String("gnt")).toString();
    c.holder.dateOfBirth = hcert.value(QLatin1String("dob")).toString();

    const auto str = [](const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); };
    const struct
    {
        const char* key;
        CertificateType kind;
    } groups[] = {{"v", CertificateType::Vaccination}, {"t", CertificateType::Test}, {"r", CertificateType::Recovery}};
    for (const auto& group : groups) {
        for (const QJsonValue& item : hcert.value(QLatin1String(group.key)).toArray()) {
            const QJsonObject o = item.toObject();
            Event e;
            e.kind = group.kind;
            e.disease = str(o, "tg");
            e.country = str(o, "co");
            e.issuer = str(o, "is");
            e.identifier = str(o, "ci");
            e.manufacturer = str(o, "ma");
            if (group.kind == CertificateType::Vaccination) {
                e.vaccineType = str(o, "vp");
                e.product = str(o, "mp");
                e.doseNumber = o.value(QLatin1String("dn")).toInt();
                e.totalDoses = o.value(QLatin1String("sd")).toInt();
                e.date = parseDate(o.value(QLatin1String("dt")));
            } else if (group.kind == CertificateType::Test) {
                e.testType = str(o, "tt");
                e.testName = str(o, "nm");
                e.testResult = str(o, "tr");
                e.testCentre = str(o, "tc");
                e.sampleTime = QDateTime::fromString(str(o, "sc"), Qt::ISODateWithMs).toUTC();
                e.date = e.sampleTime.date();
            } else {
                e.firstPositive = parseDate(o.value(QLatin1String("fr")));
                e.validFrom = parseDate(o.value(QLatin1String("df")));
                e.validUntil = parseDate(o.value(QLatin1String("du")));
                e.date = e.firstPositive;
            }
            c.events.append(e);
        }
    }
    if (!c.events.isEmpty()) {
        c.type = c.events.first().kind;
        c.identifier = c.events.first().identifier;
        if (c.issuingCountry.isEmpty()) {
            c.issuingCountry = c.events.first().country;
        }
    }
}

// EU DCC key usage: a DSC that names any DCC usage OID may only sign the types it names.
} // namespace

bool EuDccDecoder::keyUsageAllows(const QStringList& eku, CertificateType type)
{
    using crypto::X509Certificate;
    const auto has = [&eku](const char* a, const char* b) {
        return eku.contains(QLatin1String(a)) || eku.contains(QLatin1String(b));
    };
    const bool test = has(X509Certificate::kEkuTest, X509Certificate::kEkuTestAlt);
    const bool vacc = has(X509Certificate::kEkuVaccination, X509Certificate::kEkuVaccinationAlt);
    const bool reco = has(X509Certificate::kEkuRecovery, X509Certificate::kEkuRecoveryAlt);
    if (!test && !vacc && !reco) {
        return true;
    }
    switch (type) {
    case CertificateType::Vaccination:
        return vacc;
    case CertificateType::Test:
        return test;
    case CertificateType::Recovery:
        return reco;
    case CertificateType::Unknown:
        break;
    }
    return false;
}

namespace {

Outcome outcomeOf(const Verification& v)
{
    if (v.findings.isEmpty() || std::none_of(v.findings.cbegin(), v.findings.cend(), [](const Finding& f) { return f.fatal; })) {
        return Outcome::Verified;
    }
    if (!v.checks.decode.value_or(false)) {
        return Outcome::Unreadable;
    }
    if (v.hasFinding(QStringLiteral("cert.revoked")) && v.checks.signature.value_or(false)) {
        return Outcome::Revoked;
    }
    if (v.hasFinding(QStringLiteral("sig.unknown_kid"))) {
        return Outcome::UnknownIssuer;
    }
    return Outcome::Invalid;
}
} // namespace

Verification EuDccDecoder::verify(QByteArrayView text, const trust::TrustStore& trust, const QDateTime& at)
{
    Verification v;
    v.credential.format = Format::EuDcc;
    if (text.isEmpty()) {
        fail(v, QStringLiteral("input.empty"), QStringLiteral("empty text"));
        return v;
    }
    if (text.size() > kMaxTextLength) {
        fail(v, QStringLiteral("input.too_long"), QStringLiteral("text longer than a QR code can hold"));
        return v;
    }
    if (!text.startsWith(QByteArrayView(kPrefix.data(), kPrefix.size()))) {
        v.checks.unprefix = false;
        fail(v, QStringLiteral("prefix.unknown"), QStringLiteral("text does not start with HC1:"));
        return v;
    }
    v.checks.unprefix = true;
    auto bytes = codec::Base45::decode(text.sliced(kPrefix.size()));
    v.checks.base45 = bytes.ok();
    if (!bytes) {
        fail(v, bytes.error());
        return v;
    }
    auto cose = codec::Inflate::decompress(*bytes, codec::Inflate::Format::Zlib);
    v.checks.compression = cose.ok();
    if (!cose) {
        fail(v, cose.error());
        return v;
    }
    Verification inner = verifyCose(*cose, trust, at);
    inner.checks.unprefix = v.checks.unprefix;
    inner.checks.base45 = v.checks.base45;
    inner.checks.compression = v.checks.compression;
    return inner;
}

Verification EuDccDecoder::verifyCose(QByteArrayView coseBytes, const trust::TrustStore& trust, const QDateTime& at)
{
    Verification v;
    v.credential.format = Format::EuDcc;
    v.checks.decode = false;

    auto decoded = codec::CborReader::decode(coseBytes);
    if (!decoded) {
        fail(v, decoded.error());
        v.outcome = outcomeOf(v);
        return v;
    }
    QCborValue root = *decoded;
    // Accept untagged, 18(...), and 61(18(...)); nothing else.
    if (root.isTag() && root.tag() == QCborTag(kCwtTag)) {
        root = root.taggedValue();
    }
    if (root.isTag()) {
        if (root.tag() != QCborTag(kCoseSign1Tag)) {
            fail(v, QStringLiteral("cose.invalid"), QStringLiteral("unexpected CBOR tag"));
            v.outcome = outcomeOf(v);
            return v;
        }
        root = root.taggedValue();
    }
    const QCborArray sign1 = root.toArray();
    if (!root.isArray() || sign1.size() != 4 || !sign1.at(0).isByteArray() || !sign1.at(1).isMap() ||
        !sign1.at(2).isByteArray() || !sign1.at(3).isByteArray()) {
        fail(v, QStringLiteral("cose.invalid"), QStringLiteral("not a COSE_Sign1 array"));
        v.outcome = outcomeOf(v);
        return v;
    }
    const QByteArray protectedBytes = sign1.at(0).toByteArray();
    QCborMap protectedHeader;
    if (!protectedBytes.isEmpty()) {
        auto ph = codec::CborReader::decode(protectedBytes);
        if (!ph || !ph->isMap()) {
            fail(v, QStringLiteral("cose.invalid"), QStringLiteral("protected header is not a CBOR map"));
            v.outcome = outcomeOf(v);
            return v;
        }
        protectedHeader = ph->toMap();
    }
    const QCborMap unprotectedHeader = sign1.at(1).toMap();
    const QByteArray payloadBytes = sign1.at(2).toByteArray();
    const QByteArray signature = sign1.at(3).toByteArray();

    auto claimsValue = codec::CborReader::decode(payloadBytes);
    if (!claimsValue || !claimsValue->isMap()) {
        fail(v, claimsValue ? Error{QStringLiteral("cwt.invalid"), QStringLiteral("CWT payload is not a map")} : claimsValue.error());
        v.outcome = outcomeOf(v);
        return v;
    }
    const QCborMap claims = claimsValue->toMap();
    const QCborValue hcertValue = claims.value(kClaimHcert).toMap().value(1);
    if (!hcertValue.isMap()) {
        fail(v, QStringLiteral("hcert.missing"), QStringLiteral("no hcert map under claim -260/1"));
        v.outcome = outcomeOf(v);
        return v;
    }
    v.checks.decode = true;

    Credential& c = v.credential;
    c.issuer = claims.value(kClaimIss).toString();
    c.issuingCountry = c.issuer;
    c.issuedAt = claimTime(claims.value(kClaimIat));
    c.expiresAt = claimTime(claims.value(kClaimExp));
    const QJsonObject hcert = hcertValue.toJsonValue().toObject();
    fillCredential(c, hcert);

    // Signature. A kid in the protected header wins over one in the unprotected header.
    const QCborValue kidValue =
        protectedHeader.contains(kHeaderKid) ? protectedHeader.value(kHeaderKid) : unprotectedHeader.value(kHeaderKid);
    const QCborValue algValue =
        protectedHeader.contains(kHeaderAlg) ? protectedHeader.value(kHeaderAlg) : unprotectedHeader.value(kHeaderAlg);
    c.keyId = kidValue.toByteArray();
    std::optional<crypto::SignatureAlgorithm> algorithm;
    if (algValue.isInteger() && algValue.toInteger() == kAlgEs256) {
        algorithm = crypto::SignatureAlgorithm::ES256;
    } else if (algValue.isInteger() && algValue.toInteger() == kAlgPs256) {
        algorithm = crypto::SignatureAlgorithm::PS256;
    }
    std::optional<trust::DscEntry> signer;
    if (!algorithm) {
        fail(v, QStringLiteral("cose.alg_unsupported"), QStringLiteral("algorithm is neither ES256 nor PS256"));
    } else if (!kidValue.isByteArray() || c.keyId.isEmpty()) {
        fail(v, QStringLiteral("sig.kid_missing"), QStringLiteral("no kid in either header"));
    } else {
        const QList<trust::DscEntry> candidates = trust.dscsForKid(c.keyId);
        if (candidates.isEmpty()) {
            fail(v, QStringLiteral("sig.unknown_kid"), QStringLiteral("no trusted DSC has kid ") + QString::fromLatin1(c.keyId.toBase64()));
        }
        QCborArray sigStructure{QStringLiteral("Signature1"), protectedBytes, QByteArray(), payloadBytes};
        const QByteArray toBeSigned = sigStructure.toCborValue().toCbor();
        Error lastError;
        for (const auto& dsc : candidates) {
            const Status ok = crypto::SignatureVerifier::verify(dsc.certificate.publicKey(), *algorithm, toBeSigned, signature);
            if (ok) {
                signer = dsc;
                break;
            }
            lastError = ok.error();
        }
        if (!candidates.isEmpty() && !signer) {
            fail(v, lastError);
        }
    }
    v.checks.signature = signer.has_value();
    if (signer) {
        c.signer = signer->certificate.subject();
        const bool allowed = keyUsageAllows(signer->certificate.extendedKeyUsage(), c.type);
        v.checks.keyUsage = allowed;
        if (!allowed) {
            fail(v, QStringLiteral("dsc.key_usage"), QStringLiteral("DSC extended key usage excludes ") + toString(c.type));
        }
    }

    // Revocation is looked up whatever the signature said, so a forged copy of a revoked certificate
    // also says so; only a genuine one gets the Revoked outcome.
    if (algorithm) {
        const auto hashes = trust::DccRevocationHashes::compute(c.identifier, c.issuer, signature, *algorithm);
        const auto match = trust.dccRevocation(hashes, c.keyId);
        v.checks.revocation = !match.revoked;
        if (match.revoked) {
            v.revokedBy = match.list;
            fail(v, QStringLiteral("cert.revoked"), QStringLiteral("listed in ") + match.list);
        }
    }

    // Validity window of the certificate itself.
    bool current = true;
    if (!c.expiresAt.isValid() || !c.issuedAt.isValid()) {
        current = false;
        fail(v, QStringLiteral("cwt.invalid"), QStringLiteral("iat or exp claim missing"));
    } else if (at < c.issuedAt) {
        current = false;
        fail(v, QStringLiteral("cert.not_yet_valid"), QStringLiteral("validation time is before iat"));
    } else if (at > c.expiresAt) {
        current = false;
        fail(v, QStringLiteral("cert.expired"), QStringLiteral("validation time is after exp"));
    }
    v.checks.expiry = current;

    const Status schema = DccSchemaValidator::shipped().validate(hcert);
    v.checks.schema = schema.ok();
    if (!schema) {
        fail(v, schema.error());
    }
    // Codes outside the EU value sets are warned about, not rejected: real issuers' certificates
    // carry such codes (see dgc-testdata GE, HU, SM), and whether they admit is for the rules.
    for (const QString& unknown : ValueSets::shipped().unknownCodes(hcert)) {
        v.findings.append(Finding{QStringLiteral("valueset.unknown_code"), unknown, false});
    }
    v.outcome = outcomeOf(v);
    return v;
}

} // namespace passdesk::credential

#include "credential/SmartHealthCardDecoder.h"

#include "credential/ShcChunks.h"

#include "codec/Base64Url.h"
#include "codec/Inflate.h"
#include "crypto/SignatureVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>

namespace passdesk::credential {

namespace {
constexpr qsizetype kMaxPayloadJson = 64 * 1024;

QDateTime numericDate(const QJsonValue& value)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || std::abs(value.toDouble()) > 1e11) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::floor(value.toDouble() * 1000.0)), Qt::UTC);
}

bool validIssuerUrl(const QString& iss)
{
    return iss.startsWith(QLatin1String("https://")) && iss.size() > 8 && !iss.endsWith(QLatin1Char('/')) &&
           !iss.contains(QLatin1Char(' '));
}

QString codingCode(const QJsonObject& codeable)
{
    const QJsonArray codings = codeable.value(QLatin1String("coding")).toArray();
    return codings.isEmpty() ? QString() : codings.first().toObject().value(QLatin1String("code")).toString();
}

void fillFromFhir(Credential& c, const QJsonObject& vc)
{
    const QJsonArray types = vc.value(QLatin1String("type")).toArray();
    const auto hasType = [&types](const char* suffix) {
        return std::any_of(types.begin(), types.end(), [suffix](const QJsonValue& t) { return t.toString().endsWith(QLatin1String(suffix)); });
    };
    const QJsonObject bundle = vc.value(QLatin1String("credentialSubject")).toObject().value(QLatin1String("fhirBundle")).toObject();
    c.payload = bundle;
    c.identifier = vc.value(QLatin1String("rid")).toString();
    for (const QJsonValue& entry : bundle.value(QLatin1String("entry")).toArray()) {
        const QJsonObject r = entry.toObject().value(QLatin1String("resource")).toObject();
        const QString kind = r.value(QLatin1String("resourceType")).toString();
        if (kind == QLatin1String("Patient")) {
            const QJsonObject name = r.value(QLatin1String("name")).toArray().first().toObject();
            c.holder.familyName = name.value(QLatin1String("family")).toString();
            QStringList given;
            for (const QJsonValue& g : name.value(QLatin1String("given")).toArray()) {
                given.append(g.toString());
            }
            c.holder.givenName = given.join(QLatin1Char(' '));
            c.holder.dateOfBirth = r.value(QLatin1String("birthDate")).toString();
        } else if (kind == QLatin1String("Immunization")) {
            Event e;
            e.kind = CertificateType::Vaccination;
            e.disease = QStringLiteral("840539006");
            e.product = codingCode(r.value(QLatin1String("vaccineCode")).toObject());
            e.date = QDate::fromString(r.value(QLatin1String("occurrenceDateTime")).toString().left(10), Qt::ISODate);
            e.issuer = r.value(QLatin1String("performer")).toArray().first().toObject().value(QLatin1String("actor"))
                           .toObject().value(QLatin1String("display")).toString();
            c.events.append(e);
        } else if (kind == QLatin1String("Observation")) {
            Event e;
            e.kind = CertificateType::Test;
            e.testType = codingCode(r.value(QLatin1String("code")).toObject());
            e.testResult = codingCode(r.value(QLatin1String("valueCodeableConcept")).toObject());
            e.sampleTime = QDateTime::fromString(r.value(QLatin1String("effectiveDateTime")).toString(), Qt::ISODate).toUTC();
            e.date = e.sampleTime.date();
            c.events.append(e);
        }
    }
    if (hasType("#immunization")) {
        c.type = CertificateType::Vaccination;
    } else if (hasType("#laboratory")) {
        c.type = CertificateType::Test;
    } else if (!c.events.isEmpty()) {
        c.type = c.events.first().kind;
    }
}

} // namespace

Verification SmartHealthCardDecoder::verify(const QList<QByteArray>& texts, const trust::TrustStore& trust,
                                            const QDateTime& at)
{
    QList<Finding> warnings;
    auto jws = ShcChunks::assemble(texts, &warnings);
    if (!jws) {
        Verification v;
        v.credential.format = Format::SmartHealthCard;
        v.checks.unprefix = jws.error().code != QLatin1String("prefix.unknown");
        if (*v.checks.unprefix) {
            v.checks.base45 = false;
        }
        v.fail(jws.error());
        v.outcome = Outcome::Unreadable;
        return v;
    }
    Verification v = verifyJws(*jws, trust, at);
    v.checks.unprefix = true;
    v.checks.base45 = true;
    v.findings = warnings + v.findings;
    return v;
}

Verification SmartHealthCardDecoder::verifyJws(QByteArrayView jws, const trust::TrustStore& trust, const QDateTime& at)
{
    Verification v;
    v.credential.format = Format::SmartHealthCard;
    v.checks.decode = false;
    const auto done = [&v]() -> Verification {
        v.outcome = v.judge();
        return v;
    };
    if (jws.size() > kMaxJws) {
        v.fail(QStringLiteral("input.too_long"), QStringLiteral("JWS too long"));
        return done();
    }
    const qsizetype dot1 = jws.indexOf('.');
    const qsizetype dot2 = dot1 < 0 ? -1 : jws.indexOf('.', dot1 + 1);
    if (dot1 < 0 || dot2 < 0 || jws.indexOf('.', dot2 + 1) >= 0) {
        v.fail(QStringLiteral("jws.invalid"), QStringLiteral("not a three-part compact JWS"));
        return done();
    }
    const QByteArrayView headerPart = jws.first(dot1);
    const QByteArrayView payloadPart = jws.sliced(dot1 + 1, dot2 - dot1 - 1);
    const QByteArrayView signaturePart = jws.sliced(dot2 + 1);
    auto headerBytes = codec::Base64Url::decode(headerPart);
    auto payloadBytes = codec::Base64Url::decode(payloadPart);
    auto signature = codec::Base64Url::decode(signaturePart);
    if (!headerBytes || !payloadBytes || !signature) {
        // Whitespace or other stray characters around a token are the usual cause.
        const bool stray = std::any_of(jws.begin(), jws.end(), [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || static_cast<unsigned char>(c) >= 0x80; });
        v.fail(stray ? QStringLiteral("jws.trailing") : QStringLiteral("b64.invalid"), QStringLiteral("JWS part is not base64url"));
        return done();
    }
    QJsonParseError jsonError{};
    const QJsonDocument headerDoc = QJsonDocument::fromJson(*headerBytes, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !headerDoc.isObject()) {
        v.fail(QStringLiteral("jws.invalid"), QStringLiteral("JWS header is not a JSON object"));
        return done();
    }
    const QJsonObject header = headerDoc.object();
    const QString alg = header.value(QLatin1String("alg")).toString();
    const QString kid = header.value(QLatin1String("kid")).toString();
    const QString zip = header.value(QLatin1String("zip")).toString();
    bool headerOk = true;
    if (alg != QLatin1String("ES256") || kid.isEmpty() || zip != QLatin1String("DEF")) {
        headerOk = false;
        v.fail(QStringLiteral("jws.header_invalid"), QStringLiteral("header needs alg ES256, kid and zip DEF"));
    }

    v.checks.compression = false;
    auto json = codec::Inflate::decompress(*payloadBytes, codec::Inflate::Format::Raw, kMaxPayloadJson);
    if (!json) {
        v.fail(json.error());
        return done();
    }
    v.checks.compression = true;
    const QJsonDocument payloadDoc = QJsonDocument::fromJson(*json, &jsonError);
    if (json->isEmpty() || json->at(0) != '{' || jsonError.error != QJsonParseError::NoError || !payloadDoc.isObject()) {
        v.fail(QStringLiteral("json.invalid"), QStringLiteral("payload is not a JSON object"));
        return done();
    }
    const QJsonObject payload = payloadDoc.object();
    const QJsonObject vc = payload.value(QLatin1String("vc")).toObject();
    Credential& c = v.credential;
    c.issuer = payload.value(QLatin1String("iss")).toString();
    c.issuedAt = numericDate(payload.value(QLatin1String("nbf")));
    c.expiresAt = numericDate(payload.value(QLatin1String("exp")));
    c.keyId = kid.toLatin1();
    if (c.issuer.isEmpty() || !c.issuedAt.isValid() || vc.isEmpty() ||
        !vc.value(QLatin1String("credentialSubject")).toObject().value(QLatin1String("fhirBundle")).isObject() ||
        (payload.contains(QLatin1String("exp")) && !c.expiresAt.isValid())) {
        v.fail(QStringLiteral("shc.payload_invalid"), QStringLiteral("payload needs iss, nbf and vc.credentialSubject.fhirBundle"));
        return done();
    }
    v.checks.decode = true;
    fillFromFhir(c, vc);

    // Signature with a key of a trusted issuer; nothing is fetched.
    bool signatureOk = false;
    const trust::ShcIssuerKey* key = nullptr;
    if (!validIssuerUrl(c.issuer)) {
        v.fail(QStringLiteral("shc.issuer_url_invalid"), QStringLiteral("iss must be an https URL without a trailing slash"));
    } else if (!trust.knowsShcIssuer(c.issuer)) {
        v.fail(QStringLiteral("sig.unknown_issuer"), QStringLiteral("issuer not in the trust store: ") + c.issuer);
    } else if (headerOk) {
        key = trust.shcKey(c.issuer, kid);
        if (key == nullptr) {
            v.fail(QStringLiteral("sig.unknown_kid"), QStringLiteral("issuer has no key ") + kid);
        } else if (key->key.jwkThumbprint() != kid) {
            v.fail(QStringLiteral("sig.kid_mismatch"), QStringLiteral("kid is not the key's JWK thumbprint"));
        } else {
            c.signer = trust.shcIssuerName(c.issuer);
            const QByteArray signingInput = jws.first(dot2).toByteArray();
            const Status s = crypto::SignatureVerifier::verify(key->key, crypto::SignatureAlgorithm::ES256, signingInput, *signature);
            signatureOk = s.ok();
            if (!s) {
                v.fail(s.error());
            }
        }
    }
    v.checks.signature = signatureOk;

    bool current = true;
    if (at < c.issuedAt) {
        current = false;
        v.fail(QStringLiteral("cert.not_yet_valid"), QStringLiteral("validation time is before nbf"));
    } else if (c.expiresAt.isValid() && at > c.expiresAt) {
        current = false;
        v.fail(QStringLiteral("cert.expired"), QStringLiteral("validation time is after exp"));
    }
    v.checks.expiry = current;

    if (key != nullptr) {
        if (const auto problem = trust.shcCrlProblem(c.issuer, kid)) {
            v.checks.revocation = false;
            v.fail(QStringLiteral("crl.invalid"), problem->message);
        } else if (const auto* crl = trust.shcCrl(c.issuer, kid); crl != nullptr && !c.identifier.isEmpty()) {
            const bool revoked = crl->isRevoked(c.identifier, c.issuedAt);
            v.checks.revocation = !revoked;
            if (revoked) {
                v.revokedBy = QStringLiteral("SHC CRL %1/.well-known/crl/%2.json (ctr %3)").arg(c.issuer, kid).arg(crl->counter());
                v.fail(QStringLiteral("cert.revoked"), QStringLiteral("rid is on the issuer's revocation list: ") + v.revokedBy);
            }
        } else {
            v.checks.revocation = true;
        }
    }
    return done();
}

QList<Verification> SmartHealthCardDecoder::verifyFile(QByteArrayView json, const trust::TrustStore& trust,
                                                       const QDateTime& at)
{
    QJsonParseError jsonError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &jsonError);
    const QJsonValue list = doc.object().value(QLatin1String("verifiableCredential"));
    if (json.size() > 4 * kMaxJws || jsonError.error != QJsonParseError::NoError || !list.isArray() || list.toArray().isEmpty()) {
        Verification v;
        v.credential.format = Format::SmartHealthCard;
        v.fail(jsonError.error != QJsonParseError::NoError ? QStringLiteral("json.invalid") : QStringLiteral("shc.payload_invalid"),
             QStringLiteral("not a .smart-health-card document"));
        v.outcome = Outcome::Unreadable;
        return {v};
    }
    // The file is a JSON document and nothing else: whitespace after the closing brace (beyond one
    // final newline) is what a tampered or concatenated file looks like, so it is refused.
    QByteArrayView tail = json.sliced(json.toByteArray().lastIndexOf('}') + 1);
    if (tail.endsWith('\n')) {
        tail.chop(1);
    }
    if (tail.endsWith('\r')) {
        tail.chop(1);
    }
    QList<Verification> out;
    for (const QJsonValue& item : list.toArray()) {
        Verification v = verifyJws(item.toString().toLatin1(), trust, at);
        if (!tail.isEmpty()) {
            v.fail(QStringLiteral("shc.file_trailing"), QStringLiteral("%1 characters after the end of the file's JSON").arg(tail.size()));
            if (v.outcome == Outcome::Verified || v.outcome == Outcome::Revoked) {
                v.outcome = Outcome::Invalid;
            }
        }
        out.append(std::move(v));
    }
    return out;
}

} // namespace passdesk::credential

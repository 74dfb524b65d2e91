#include "credential/EuDccDecoder.h"

#include "codec/Base45.h"
#include "codec/CborCursor.h"
#include "codec/Inflate.h"
#include "credential/DccSchemaValidator.h"
#include "credential/ValueSets.h"
#include "crypto/SignatureVerifier.h"

#include <QCborStreamWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

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

using codec::CborCursor;
using Head = CborCursor::Head;
using Kind = CborCursor::Kind;

// Numeric date claims may be CBOR integers or floats; anything else (or absurdly far) is absent.
QDateTime claimTime(const Head& h)
{
    constexpr double kFar = 1e11; // seconds: beyond the year 5000 either way
    if (const auto secs = CborCursor::integer(h); secs && std::abs(double(*secs)) < kFar) {
        return QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC);
    }
    if (h.kind == Kind::Float && std::isfinite(h.number) && std::abs(h.number) < kFar) {
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(h.number * 1000.0), Qt::UTC);
    }
    return {};
}

// Walks the entries of a map whose head was just read, handing each integer label (nullopt for keys
// of other types, which are skipped) and value head to `use`, which consumes the value.
template <typename Use>
bool forEachEntry(CborCursor& cur, const Head& map, Use use)
{
    std::optional<qint64> label;
    return map.kind == Kind::Map && cur.forEachItem(map, [&](const Head& item, quint64 index) {
        if (index % 2 == 0) {
            label = CborCursor::integer(item);
            return label.has_value() || cur.skip(item);
        }
        return use(label, item);
    });
}

// A COSE header map: only alg (1) and kid (4) matter here. Of duplicate labels the first counts,
// as QCborMap::value() would have it.
struct CoseHeader
{
    bool hasAlg = false;
    bool hasKid = false;
    std::optional<qint64> alg;     ///< When the alg label holds an integer.
    std::optional<QByteArray> kid; ///< When the kid label holds a byte string.
};

bool readHeader(CborCursor& cur, const Head& map, CoseHeader& h)
{
    return forEachEntry(cur, map, [&](std::optional<qint64> label, const Head& value) {
        if (label == kHeaderAlg && !h.hasAlg) {
            h.hasAlg = true;
            h.alg = CborCursor::integer(value);
        } else if (label == kHeaderKid && !h.hasKid) {
            h.hasKid = true;
            if (value.kind == Kind::Bytes) {
                h.kid = cur.readString(value);
                return h.kid.has_value();
            }
        }
        return cur.skip(value);
    });
}

struct CoseSign1
{
    QByteArray protectedBytes;
    CoseHeader unprotectedHeader;
    QByteArray payload;
    QByteArray signature;
};

// The error for bytes that are not the structure expected: the CBOR's own fault when it has one,
// so broken CBOR is named as such before any complaint about its shape.
Error misshapen(QByteArrayView bytes, const QString& code, const QString& why)
{
    const Status whole = CborCursor::check(bytes);
    return whole ? Error{code, why} : whole.error();
}

// COSE_Sign1, untagged, tagged 18, or inside the CWT tag 61.
Result<CoseSign1> readCoseSign1(QByteArrayView bytes)
{
    CborCursor cur(bytes);
    Head h;
    if (!cur.read(h)) {
        return cur.error();
    }
    if (h.kind == Kind::Tag && h.argument == quint64(kCwtTag) && !cur.read(h)) {
        return cur.error();
    }
    if (h.kind == Kind::Tag) {
        if (h.argument != quint64(kCoseSign1Tag)) {
            return misshapen(bytes, QStringLiteral("cose.invalid"), QStringLiteral("unexpected CBOR tag"));
        }
        if (!cur.read(h)) {
            return cur.error();
        }
    }
    CoseSign1 out;
    quint64 count = 0;
    const bool shaped = h.kind == Kind::Array && cur.forEachItem(h, [&](const Head& item, quint64 index) {
        count = index + 1;
        if (index == 1) {
            return readHeader(cur, item, out.unprotectedHeader);
        }
        QByteArray* const into = index == 0 ? &out.protectedBytes : index == 2 ? &out.payload : index == 3 ? &out.signature : nullptr;
        auto read = item.kind == Kind::Bytes && into != nullptr ? cur.readString(item) : std::nullopt;
        if (read) {
            *into = std::move(*read);
        }
        return read.has_value();
    });
    if (!shaped || count != 4) {
        return misshapen(bytes, QStringLiteral("cose.invalid"), QStringLiteral("not a COSE_Sign1 array"));
    }
    if (!cur.atEnd()) {
        return Error{QStringLiteral("cbor.invalid"), QStringLiteral("bytes follow the CBOR item")};
    }
    return out;
}

struct Claims
{
    QString issuer;
    QDateTime issuedAt;
    QDateTime expiresAt;
    std::optional<std::string> hcertJson; ///< The hcert map (-260/1) as JSON text.
};

// The CWT claims PassDesk reads, in one pass that also checks the payload as CborCursor::check()
// would; the hcert map goes straight from CBOR to JSON text, which Qt's JSON parser turns into
// the payload object faster than building it from a QCborValue.
Result<Claims> readClaims(QByteArrayView payload)
{
    CborCursor cur(payload);
    Head top;
    if (!cur.read(top)) {
        return cur.error();
    }
    if (top.kind != Kind::Map) {
        return misshapen(payload, QStringLiteral("cwt.invalid"), QStringLiteral("CWT payload is not a map"));
    }
    Claims c;
    bool seenIss = false;
    bool seenIat = false;
    bool seenExp = false;
    bool seenHcert = false;
    const bool ok = forEachEntry(cur, top, [&](std::optional<qint64> label, const Head& value) {
        if (label == kClaimIss && !seenIss) {
            seenIss = true;
            if (value.kind == Kind::Text) {
                const auto iss = cur.readString(value);
                c.issuer = iss ? QString::fromUtf8(*iss) : QString();
                return iss.has_value();
            }
        } else if (label == kClaimIat && !seenIat) {
            seenIat = true;
            c.issuedAt = claimTime(value);
        } else if (label == kClaimExp && !seenExp) {
            seenExp = true;
            c.expiresAt = claimTime(value);
        } else if (label == kClaimHcert && !seenHcert && value.kind == Kind::Map) {
            seenHcert = true;
            bool seenOne = false;
            return forEachEntry(cur, value, [&](std::optional<qint64> inner, const Head& hcert) {
                if (inner == 1 && !seenOne && hcert.kind == Kind::Map) {
                    seenOne = true;
                    c.hcertJson = std::string();
                    c.hcertJson->reserve(size_t(payload.size()) * 2);
                    return cur.appendJson(hcert, *c.hcertJson);
                }
                seenOne = seenOne || inner == 1;
                return cur.skip(hcert);
            });
        } else if (label == kClaimHcert) {
            seenHcert = true;
        }
        return cur.skip(value);
    });
    if (!ok || cur.failed()) {
        return cur.failed() ? cur.error() : Error{QStringLiteral("cbor.invalid"), QStringLiteral("malformed CWT claims")};
    }
    if (!cur.atEnd()) {
        return Error{QStringLiteral("cbor.invalid"), QStringLiteral("bytes follow the CBOR item")};
    }
    return c;
}

// The COSE Sig_structure for Sign1 with no external data: what the issuer signed.
QByteArray toBeSigned(const QByteArray& protectedBytes, const QByteArray& payload)
{
    QByteArray out;
    out.reserve(protectedBytes.size() + payload.size() + 32);
    QCborStreamWriter w(&out);
    w.startArray(4);
    w.append(QLatin1String("Signature1"));
    w.append(protectedBytes);
    w.append(QByteArray());
    w.append(payload);
    w.endArray();
    return out;
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

Verification EuDccDecoder::verify(QByteArrayView text, const trust::TrustStore& trust, const QDateTime& at)
{
    Verification v;
    v.credential.format = Format::EuDcc;
    if (text.isEmpty()) {
        v.fail(QStringLiteral("input.empty"), QStringLiteral("empty text"));
        return v;
    }
    if (text.size() > kMaxTextLength) {
        v.fail(QStringLiteral("input.too_long"), QStringLiteral("text longer than a QR code can hold"));
        return v;
    }
    if (!text.startsWith(QByteArrayView(kPrefix.data(), kPrefix.size()))) {
        v.checks.unprefix = false;
        v.fail(QStringLiteral("prefix.unknown"), QStringLiteral("text does not start with HC1:"));
        return v;
    }
    v.checks.unprefix = true;
    auto bytes = codec::Base45::decode(text.sliced(kPrefix.size()));
    v.checks.base45 = bytes.ok();
    if (!bytes) {
        v.fail(bytes.error());
        return v;
    }
    auto cose = codec::Inflate::decompress(*bytes, codec::Inflate::Format::Zlib);
    v.checks.compression = cose.ok();
    if (!cose) {
        v.fail(cose.error());
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

    auto sign1 = readCoseSign1(coseBytes);
    if (!sign1) {
        v.fail(sign1.error());
        v.outcome = v.judge();
        return v;
    }
    CoseHeader protectedHeader;
    if (!sign1->protectedBytes.isEmpty()) {
        CborCursor cur(sign1->protectedBytes);
        Head map;
        if (!cur.read(map) || !readHeader(cur, map, protectedHeader) || !cur.atEnd()) {
            v.fail(QStringLiteral("cose.invalid"), QStringLiteral("protected header is not a CBOR map"));
            v.outcome = v.judge();
            return v;
        }
    }
    const CoseHeader& unprotectedHeader = sign1->unprotectedHeader;
    const QByteArray& signature = sign1->signature;

    auto claims = readClaims(sign1->payload);
    if (!claims) {
        v.fail(claims.error());
        v.outcome = v.judge();
        return v;
    }
    if (!claims->hcertJson) {
        v.fail(QStringLiteral("hcert.missing"), QStringLiteral("no hcert map under claim -260/1"));
        v.outcome = v.judge();
        return v;
    }
    QJsonParseError jsonError{};
    const QJsonDocument hcertDocument =
        QJsonDocument::fromJson(QByteArray::fromRawData(claims->hcertJson->data(), qsizetype(claims->hcertJson->size())), &jsonError);
    if (!hcertDocument.isObject()) {
        v.fail(QStringLiteral("cbor.invalid"), QStringLiteral("hcert is not representable as JSON: ") + jsonError.errorString());
        v.outcome = v.judge();
        return v;
    }
    v.checks.decode = true;

    Credential& c = v.credential;
    c.issuer = claims->issuer;
    c.issuingCountry = c.issuer;
    c.issuedAt = claims->issuedAt;
    c.expiresAt = claims->expiresAt;
    const QJsonObject hcert = hcertDocument.object();
    fillCredential(c, hcert);

    // Signature. A kid in the protected header wins over one in the unprotected header.
    const std::optional<QByteArray>& kid = protectedHeader.hasKid ? protectedHeader.kid : unprotectedHeader.kid;
    const std::optional<qint64>& alg = protectedHeader.hasAlg ? protectedHeader.alg : unprotectedHeader.alg;
    c.keyId = kid.value_or(QByteArray());
    std::optional<crypto::SignatureAlgorithm> algorithm;
    if (alg == kAlgEs256) {
        algorithm = crypto::SignatureAlgorithm::ES256;
    } else if (alg == kAlgPs256) {
        algorithm = crypto::SignatureAlgorithm::PS256;
    }
    std::optional<trust::DscEntry> signer;
    if (!algorithm) {
        v.fail(QStringLiteral("cose.alg_unsupported"), QStringLiteral("algorithm is neither ES256 nor PS256"));
    } else if (c.keyId.isEmpty()) {
        v.fail(QStringLiteral("sig.kid_missing"), QStringLiteral("no kid in either header"));
    } else {
        const QList<trust::DscEntry> candidates = trust.dscsForKid(c.keyId);
        if (candidates.isEmpty()) {
            v.fail(QStringLiteral("sig.unknown_kid"), QStringLiteral("no trusted DSC has kid ") + QString::fromLatin1(c.keyId.toBase64()));
        }
        const QByteArray signedBytes = toBeSigned(sign1->protectedBytes, sign1->payload);
        Error lastError;
        for (const auto& dsc : candidates) {
            const Status ok = crypto::SignatureVerifier::verify(dsc.publicKey, *algorithm, signedBytes, signature);
            if (ok) {
                signer = dsc;
                break;
            }
            lastError = ok.error();
        }
        if (!candidates.isEmpty() && !signer) {
            v.fail(lastError);
        }
    }
    v.checks.signature = signer.has_value();
    if (signer) {
        c.signer = signer->subject;
        const bool allowed = keyUsageAllows(signer->extendedKeyUsage, c.type);
        v.checks.keyUsage = allowed;
        if (!allowed) {
            v.fail(QStringLiteral("dsc.key_usage"), QStringLiteral("DSC extended key usage excludes ") + toString(c.type));
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
            v.fail(QStringLiteral("cert.revoked"), QStringLiteral("listed in ") + match.list);
        }
    }

    // Validity window of the certificate itself.
    bool current = true;
    if (!c.expiresAt.isValid() || !c.issuedAt.isValid()) {
        current = false;
        v.fail(QStringLiteral("cwt.invalid"), QStringLiteral("iat or exp claim missing"));
    } else if (at < c.issuedAt) {
        current = false;
        v.fail(QStringLiteral("cert.not_yet_valid"), QStringLiteral("validation time is before iat"));
    } else if (at > c.expiresAt) {
        current = false;
        v.fail(QStringLiteral("cert.expired"), QStringLiteral("validation time is after exp"));
    }
    v.checks.expiry = current;

    const Status schema = DccSchemaValidator::shipped().validate(hcert);
    v.checks.schema = schema.ok();
    if (!schema) {
        v.fail(schema.error());
    }
    // Codes outside the EU value sets are warned about, not rejected: real issuers' certificates
    // carry such codes (see dgc-testdata GE, HU, SM), and whether they admit is for the rules.
    for (const QString& unknown : ValueSets::shipped().unknownCodes(hcert)) {
        v.findings.append(Finding{QStringLiteral("valueset.unknown_code"), unknown, false});
    }
    v.outcome = v.judge();
    return v;
}

} // namespace passdesk::credential

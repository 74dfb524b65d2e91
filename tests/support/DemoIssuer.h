#pragma once

#include "crypto/SigningKey.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace passdesk::credential {

/// How an EU DCC is wrapped and signed.
struct EuDccOptions
{
    enum class Wrapping { Tagged18, Untagged, Cwt61Tagged18 };
    Wrapping wrapping = Wrapping::Tagged18;
    crypto::SignatureAlgorithm algorithm = crypto::SignatureAlgorithm::ES256;
    bool kidInProtected = true;
    bool kidInUnprotected = false;
    QByteArray kidOverride;        ///< Non-empty: write this kid instead of the certificate's.
    bool derSignature = false;     ///< ES256 only: DER-encode the signature (invalid in COSE).
    bool flipSignatureBit = false; ///< Corrupt the signature after signing.
    bool omitAlgorithm = false;
};

/// How a SMART Health Card JWS is made.
struct ShcOptions
{
    bool derSignature = false;
    bool flipSignatureBit = false;
    bool compress = true;
    QString kidOverride; ///< Non-empty: header kid other than the key's thumbprint.
};
/// Signs credentials with TEST-ONLY keys: the built-in demo issuer, unit-test fixtures, fuzz seeds and
/// benchmarks. Never used on the verification path, and never with a real issuer's key. Options produce
/// the malformed variants the tests need (DER signatures, wrong kids, other COSE wrappings...).
class DemoIssuer
{
public:
    /// `HC1:` text for `hcert` (the JSON under claim -260/1) with CWT iss/iat/exp, signed by `key`
    /// whose certificate is `certificate`.
    static QByteArray euDccText(const QJsonObject& hcert, const QString& issuer, const QDateTime& issuedAt,
                                const QDateTime& expiresAt, const crypto::SigningKey& key,
                                const crypto::X509Certificate& certificate, const EuDccOptions& options = {});
    /// The COSE_Sign1 bytes inside such a text (before zlib and Base45).
    static QByteArray euDccCose(const QJsonObject& hcert, const QString& issuer, const QDateTime& issuedAt,
                                const QDateTime& expiresAt, const crypto::SigningKey& key,
                                const crypto::X509Certificate& certificate, const EuDccOptions& options = {});
    /// Wraps COSE bytes as `HC1:` + Base45(zlib(cose)).
    static QByteArray wrapHc1(const QByteArray& cose);

    /// A schema-valid EU DCC vaccination payload.
    static QJsonObject euVaccination(const QString& familyName, const QString& givenName, const QString& familyLatin,
                                     const QString& givenLatin, const QString& dateOfBirth, int dose, int doses,
                                     const QDate& date, const QString& country, const QString& uvci);
    /// A schema-valid EU DCC test payload (NAAT, not detected).
    static QJsonObject euTest(const QString& familyName, const QString& givenName, const QString& familyLatin,
                              const QString& givenLatin, const QString& dateOfBirth, const QDateTime& sampled,
                              const QString& country, const QString& uvci);
    /// A schema-valid EU DCC recovery payload.
    static QJsonObject euRecovery(const QString& familyName, const QString& givenName, const QString& familyLatin,
                                  const QString& givenLatin, const QString& dateOfBirth, const QDate& firstPositive,
                                  const QString& country, const QString& uvci);

    /// Compact JWS over `payload` (iss, nbf, exp?, vc) signed by `key`.
    static QByteArray shcJws(const QJsonObject& payload, const crypto::SigningKey& key, const ShcOptions& options = {});
    /// `shc:/` numeric text(s) for a JWS, split into `chunks` balanced parts (`shc:/i/n/...` when > 1).
    static QList<QByteArray> shcNumeric(const QByteArray& jws, int chunks = 1);
    /// A minimal SMART Health Card payload with a Patient and two COVID-19 immunizations.
    static QJsonObject shcImmunization(const QString& issuer, const QString& family, const QStringList& given,
                                       const QString& birthDate, const QDateTime& notBefore, const QDateTime& expires,
                                       const QString& rid = {});
    /// A JWKS document ({"keys": [...]}) for the public keys, each with kid = JWK thumbprint.
    static QJsonObject jwks(const QList<crypto::PublicKey>& keys, int crlVersion = 0);
};

} // namespace passdesk::credential

#pragma once

#include "common/Result.h"
#include "crypto/PublicKey.h"
#include "crypto/SignatureVerifier.h"
#include "crypto/X509Certificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <memory>

namespace passdesk::crypto {

/// A private key that signs. Used by the demo issuer, the test fixtures and (later) the device key
/// that signs evidence bundles. Never used on the verification path.
class SigningKey
{
public:
    enum class Type { EcP256, Rsa2048, Ed25519 };

    SigningKey() = default;
    /// A fresh random key.
    static SigningKey generate(Type type);
    /// From a PKCS#8 or traditional PEM private key. Errors: `key.invalid`.
    static Result<SigningKey> fromPem(QByteArrayView pem);
    /// From a private JWK (EC P-256 with d). Errors: `jwk.invalid`.
    static Result<SigningKey> fromJwk(const QJsonObject& jwk);

    bool isNull() const { return !m_key; }
    QByteArray toPem() const;
    PublicKey publicKey() const;

    /// Signs in the COSE/JOSE encoding of `algorithm` (ES256: raw r||s; PS256: salt 32; EdDSA).
    QByteArray sign(SignatureAlgorithm algorithm, QByteArrayView message) const;

    /// A self-signed certificate for this key with the given extended key usage OIDs: none writes no
    /// extension; a list holding one empty string writes an empty extension (for tests).
    X509Certificate selfSignedCertificate(const QString& commonName, const QString& country,
                                          const QStringList& ekuOids, const QDateTime& notBefore,
                                          const QDateTime& notAfter) const;

private:
    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace passdesk::crypto

#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <memory>

struct evp_pkey_st;

namespace passdesk::crypto {

/// A public key (EC P-256 or RSA) usable for signature checks. Cheap to copy (shared handle).
class PublicKey
{
public:
    enum class Type { None, EcP256, EcOther, Rsa, Ed25519, Other };

    PublicKey() = default;

    /// From a JSON Web Key (kty EC with crv P-256, x, y; or kty RSA with n, e). Errors: `jwk.invalid`.
    static Result<PublicKey> fromJwk(const QJsonObject& jwk);
    /// From DER SubjectPublicKeyInfo. Errors: `key.invalid`.
    static Result<PublicKey> fromSubjectPublicKeyInfo(QByteArrayView der);
    /// From a PEM `PUBLIC KEY` block (SubjectPublicKeyInfo). Errors: `key.invalid`.
    static Result<PublicKey> fromPem(QByteArrayView pem);
    /// A PEM public key, or the key of an X.509 certificate in any encoding X509Certificate reads
    /// (PEM, DER, base64 of DER): what a pinned-key file may hold. Errors: `key.invalid`.
    static Result<PublicKey> fromKeyOrCertificate(QByteArrayView data);
    /// Wraps an OpenSSL key, taking a reference of its own.
    static PublicKey fromHandle(evp_pkey_st* key);

    bool isNull() const { return !m_key; }
    Type type() const { return m_type; }
    /// RFC 7638 JWK thumbprint (base64url of SHA-256 over the canonical members); empty for other types.
    QString jwkThumbprint() const;
    /// The public part as a JWK (kty/crv/x/y or kty/n/e).
    QJsonObject toJwk() const;
    /// DER SubjectPublicKeyInfo.
    QByteArray toSubjectPublicKeyInfo() const;

    evp_pkey_st* handle() const { return m_key.get(); }

private:
    std::shared_ptr<evp_pkey_st> m_key;
    Type m_type = Type::None;
};

} // namespace passdesk::crypto

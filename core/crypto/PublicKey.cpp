#include "crypto/PublicKey.h"

#include "codec/Base64Url.h"
#include "crypto/OpenSslHandles.h"
#include "crypto/Sha256.h"
#include "crypto/X509Certificate.h"

#include <QJsonDocument>

#include <openssl/core_names.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

namespace passdesk::crypto {

namespace {
const unsigned char* u8(const char* p)
{
    return reinterpret_cast<const unsigned char*>(p); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast)
}

using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, OpenSslDeleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, OpenSslDeleter<OSSL_PARAM, OSSL_PARAM_free>>;

Result<PublicKey> jwkError(const QString& why)
{
    return Result<PublicKey>::failure(QStringLiteral("jwk.invalid"), why);
}

// JWK members are base64url; an absent or malformed member is an error, not an empty value.
Result<QByteArray> member(const QJsonObject& jwk, const char* name, qsizetype maxBytes)
{
    const QJsonValue v = jwk.value(QLatin1String(name));
    if (!v.isString()) {
        return Result<QByteArray>::failure(QStringLiteral("jwk.invalid"), QStringLiteral("missing member ") + QLatin1String(name));
    }
    auto bytes = codec::Base64Url::decode(v.toString().toLatin1());
    if (!bytes || bytes->isEmpty() || bytes->size() > maxBytes) {
        return Result<QByteArray>::failure(QStringLiteral("jwk.invalid"), QStringLiteral("bad member ") + QLatin1String(name));
    }
    return bytes;
}

PKeyPtr fromParams(const char* keyType, OSSL_PARAM* params)
{
    PKeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, keyType, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params) <= 0) {
        return nullptr;
    }
    return PKeyPtr(raw);
}

PublicKey::Type classify(EVP_PKEY* key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len) == 1 &&
            (qstrcmp(group, "prime256v1") == 0 || qstrcmp(group, "P-256") == 0)) {
            return PublicKey::Type::EcP256;
        }
        return PublicKey::Type::EcOther;
    }
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return PublicKey::Type::Rsa;
    case EVP_PKEY_ED25519:
        return PublicKey::Type::Ed25519;
    default:
        return PublicKey::Type::Other;
    }
}

QByteArray bnParam(EVP_PKEY* key, const char* name, int width)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1) {
        return {};
    }
    const BigNumPtr bn(raw);
    const int size = width > 0 ? width : BN_num_bytes(bn.get());
    QByteArray out(size, Qt::Uninitialized);
    if (BN_bn2binpad(bn.get(), reinterpret_cast<unsigned char*>(out.data()), size) != size) { // NOLINT
        return {};
    }
    return out;
}
} // namespace

PublicKey PublicKey::fromHandle(evp_pkey_st* key)
{
    PublicKey pk;
    if (key == nullptr || EVP_PKEY_up_ref(key) != 1) {
        return pk;
    }
    pk.m_key.reset(key, EVP_PKEY_free);
    pk.m_type = classify(key);
    return pk;
}

Result<PublicKey> PublicKey::fromJwk(const QJsonObject& jwk)
{
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    const ParamBldPtr bld(OSSL_PARAM_BLD_new());
    PKeyPtr key;
    if (kty == QLatin1String("EC")) {
        if (jwk.value(QLatin1String("crv")).toString() != QLatin1String("P-256")) {
            return jwkError(QStringLiteral("only EC keys on P-256 are supported"));
        }
        const auto x = member(jwk, "x", 32);
        const auto y = member(jwk, "y", 32);
        if (!x || !y || x->size() != 32 || y->size() != 32) {
            return jwkError(QStringLiteral("EC key needs 32-byte x and y"));
        }
        const QByteArray point = QByteArray(1, '\x04') + *x + *y;
        OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0);
        OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         static_cast<size_t>(point.size()));
        const ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
        key = fromParams("EC", params.get());
    } else if (kty == QLatin1String("RSA")) {
        const auto n = member(jwk, "n", 1024);
        const auto e = member(jwk, "e", 8);
        if (!n || !e) {
            return jwkError(QStringLiteral("RSA key needs n and e"));
        }
        const BigNumPtr bn(BN_bin2bn(u8(n->constData()), static_cast<int>(n->size()), nullptr));
        const BigNumPtr be(BN_bin2bn(u8(e->constData()), static_cast<int>(e->size()), nullptr));
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bn.get());
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, be.get());
        const ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
        key = fromParams("RSA", params.get());
    } else {
        return jwkError(QStringLiteral("unsupported kty ") + kty);
    }
    if (!key) {
        return jwkError(QStringLiteral("key material rejected by OpenSSL"));
    }
    if (kty == QLatin1String("EC") && EVP_PKEY_public_check_quick(PKeyCtxPtr(EVP_PKEY_CTX_new(key.get(), nullptr)).get()) != 1) {
        return jwkError(QStringLiteral("EC point is not on the curve"));
    }
    PublicKey pk;
    pk.m_type = classify(key.get());
    pk.m_key.reset(key.release(), EVP_PKEY_free);
    return pk;
}

Result<PublicKey> PublicKey::fromSubjectPublicKeyInfo(QByteArrayView der)
{
    const unsigned char* p = u8(der.data());
    const PKeyPtr key(d2i_PUBKEY(nullptr, &p, static_cast<long>(der.size())));
    if (!key) {
        return Result<PublicKey>::failure(QStringLiteral("key.invalid"), QStringLiteral("not a DER public key"));
    }
    return fromHandle(key.get());
}

Result<PublicKey> PublicKey::fromPem(QByteArrayView pem)
{
    const BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    const PKeyPtr key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key) {
        return Result<PublicKey>::failure(QStringLiteral("key.invalid"), QStringLiteral("no PEM public key"));
    }
    return fromHandle(key.get());
}

Result<PublicKey> PublicKey::fromKeyOrCertificate(QByteArrayView data)
{
    if (data.contains(QByteArrayView("-----BEGIN PUBLIC KEY-----"))) {
        return fromPem(data);
    }
    auto cert = X509Certificate::fromAnyEncoding(data);
    if (!cert) {
        return Result<PublicKey>::failure(QStringLiteral("key.invalid"), QStringLiteral("neither a PEM public key nor a certificate"));
    }
    return cert->publicKey();
}

QJsonObject PublicKey::toJwk() const
{
    QJsonObject jwk;
    if (m_type == Type::EcP256) {
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("P-256"));
        jwk.insert(QStringLiteral("x"), QString::fromLatin1(codec::Base64Url::encode(bnParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X, 32))));
        jwk.insert(QStringLiteral("y"), QString::fromLatin1(codec::Base64Url::encode(bnParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, 32))));
    } else if (m_type == Type::Rsa) {
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("n"), QString::fromLatin1(codec::Base64Url::encode(bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N, 0))));
        jwk.insert(QStringLiteral("e"), QString::fromLatin1(codec::Base64Url::encode(bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E, 0))));
    }
    return jwk;
}

QString PublicKey::jwkThumbprint() const
{
    const QJsonObject jwk = toJwk();
    if (jwk.isEmpty()) {
        return {};
    }
    // RFC 7638: required members only, lexicographic order, no whitespace. QJsonObject keeps keys sorted.
    QJsonObject canonical;
    for (const char* name : {"crv", "e", "kty", "n", "x", "y"}) {
        if (jwk.contains(QLatin1String(name))) {
            canonical.insert(QLatin1String(name), jwk.value(QLatin1String(name)));
        }
    }
    const QByteArray json = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(codec::Base64Url::encode(Sha256::hash(json)));
}

QByteArray PublicKey::toSubjectPublicKeyInfo() const
{
    if (!m_key) {
        return {};
    }
    unsigned char* buf = nullptr;
    const int len = i2d_PUBKEY(m_key.get(), &buf);
    if (len <= 0) {
        return {};
    }
    QByteArray out(reinterpret_cast<const char*>(buf), len); // NOLINT
    OPENSSL_free(buf);
    return out;
}

} // namespace passdesk::crypto

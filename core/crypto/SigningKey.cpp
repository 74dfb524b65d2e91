#include "crypto/SigningKey.h"

#include "codec/Base64Url.h"
#include "crypto/OpenSslHandles.h"

#include <openssl/core_names.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

namespace passdesk::crypto {

namespace {
const unsigned char* u8(const char* p)
{
    return reinterpret_cast<const unsigned char*>(p); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast)
}

using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, OpenSslDeleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, OpenSslDeleter<OSSL_PARAM, OSSL_PARAM_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION, X509_EXTENSION_free>>;

QByteArray derToRaw(QByteArrayView der)
{
    const unsigned char* p = u8(der.data());
    const EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size())));
    if (!sig) {
        return {};
    }
    QByteArray raw(64, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), reinterpret_cast<unsigned char*>(raw.data()), 32);      // NOLINT
    BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), reinterpret_cast<unsigned char*>(raw.data() + 32), 32); // NOLINT
    return raw;
}
} // namespace

SigningKey SigningKey::generate(Type type)
{
    EVP_PKEY* raw = nullptr;
    switch (type) {
    case Type::EcP256:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    case Type::Rsa2048:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048));
        break;
    case Type::Ed25519:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        break;
    }
    SigningKey key;
    key.m_key.reset(raw, EVP_PKEY_free);
    return key;
}

Result<SigningKey> SigningKey::fromPem(QByteArrayView pem)
{
    const BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    EVP_PKEY* raw = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    if (raw == nullptr) {
        return Result<SigningKey>::failure(QStringLiteral("key.invalid"), QStringLiteral("not a PEM private key"));
    }
    SigningKey key;
    key.m_key.reset(raw, EVP_PKEY_free);
    return key;
}

Result<SigningKey> SigningKey::fromJwk(const QJsonObject& jwk)
{
    const auto fail = [] { return Result<SigningKey>::failure(QStringLiteral("jwk.invalid"), QStringLiteral("need an EC P-256 private JWK")); };
    if (jwk.value(QLatin1String("kty")).toString() != QLatin1String("EC") ||
        jwk.value(QLatin1String("crv")).toString() != QLatin1String("P-256")) {
        return fail();
    }
    const auto x = codec::Base64Url::decode(jwk.value(QLatin1String("x")).toString().toLatin1());
    const auto y = codec::Base64Url::decode(jwk.value(QLatin1String("y")).toString().toLatin1());
    const auto d = codec::Base64Url::decode(jwk.value(QLatin1String("d")).toString().toLatin1());
    if (!x || !y || !d || x->size() != 32 || y->size() != 32 || d->size() != 32) {
        return fail();
    }
    const QByteArray point = QByteArray(1, '\x04') + *x + *y;
    const BigNumPtr priv(BN_bin2bn(u8(d->constData()), 32, nullptr));
    const ParamBldPtr bld(OSSL_PARAM_BLD_new());
    OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0);
    OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), static_cast<size_t>(point.size()));
    OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, priv.get());
    const ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    const PKeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY* raw = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 || EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_KEYPAIR, params.get()) <= 0) {
        return fail();
    }
    SigningKey key;
    key.m_key.reset(raw, EVP_PKEY_free);
    return key;
}

QByteArray SigningKey::toPem() const
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return {data, static_cast<qsizetype>(len)};
}

PublicKey SigningKey::publicKey() const
{
    // Round-trip through SubjectPublicKeyInfo so the verifier never holds private material.
    unsigned char* buf = nullptr;
    const int len = i2d_PUBKEY(m_key.get(), &buf);
    if (len <= 0) {
        return {};
    }
    auto pk = PublicKey::fromSubjectPublicKeyInfo(QByteArrayView(buf, len));
    OPENSSL_free(buf);
    return pk ? *pk : PublicKey();
}

QByteArray SigningKey::sign(SignatureAlgorithm algorithm, QByteArrayView message) const
{
    const MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr;
    const EVP_MD* md = algorithm == SignatureAlgorithm::EdDSA ? nullptr : EVP_sha256();
    if (EVP_DigestSignInit(ctx.get(), &pctx, md, nullptr, m_key.get()) != 1) {
        return {};
    }
    if (algorithm == SignatureAlgorithm::PS256) {
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, 32);
        EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, EVP_sha256());
    }
    size_t len = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &len, u8(message.data()), static_cast<size_t>(message.size())) != 1) {
        return {};
    }
    QByteArray sig(static_cast<qsizetype>(len), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len, u8(message.data()), // NOLINT
                       static_cast<size_t>(message.size())) != 1) {
        return {};
    }
    sig.truncate(static_cast<qsizetype>(len));
    return algorithm == SignatureAlgorithm::ES256 ? derToRaw(sig) : sig;
}

X509Certificate SigningKey::selfSignedCertificate(const QString& commonName, const QString& country,
                                                  const QStringList& ekuOids, const QDateTime& notBefore,
                                                  const QDateTime& notAfter) const
{
    const X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[8];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7F;
    const BigNumPtr bn(BN_bin2bn(serial, sizeof serial, nullptr));
    BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get()));
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), static_cast<time_t>(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), static_cast<time_t>(notAfter.toSecsSinceEpoch()));
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray c = country.toUtf8();
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "C", MBSTRING_UTF8, u8(c.constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, u8(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509_set_pubkey(cert.get(), m_key.get());
    if (ekuOids == QStringList{QString()}) {
        // An extension holding an empty SEQUENCE: malformed per RFC 5280 but seen in the wild.
        static const unsigned char emptySequence[] = {0x30, 0x00};
        ASN1_OCTET_STRING* data = ASN1_OCTET_STRING_new();
        ASN1_OCTET_STRING_set(data, emptySequence, sizeof emptySequence);
        const ExtPtr ext(X509_EXTENSION_create_by_NID(nullptr, NID_ext_key_usage, 0, data));
        ASN1_OCTET_STRING_free(data);
        X509_add_ext(cert.get(), ext.get(), -1);
    } else if (!ekuOids.isEmpty()) {
        const QByteArray value = ekuOids.join(QLatin1Char(',')).toLatin1();
        const ExtPtr ext(X509V3_EXT_conf_nid(nullptr, nullptr, NID_ext_key_usage, value.constData()));
        if (ext) {
            X509_add_ext(cert.get(), ext.get(), -1);
        }
    }
    const bool ed = EVP_PKEY_get_base_id(m_key.get()) == EVP_PKEY_ED25519;
    X509_sign(cert.get(), m_key.get(), ed ? nullptr : EVP_sha256());
    unsigned char* buf = nullptr;
    const int len = i2d_X509(cert.get(), &buf);
    auto parsed = X509Certificate::fromDer(QByteArrayView(buf, len));
    OPENSSL_free(buf);
    return parsed ? *parsed : X509Certificate();
}

} // namespace passdesk::crypto

#include "crypto/SignatureVerifier.h"

#include "crypto/OpenSslHandles.h"

#include <openssl/rsa.h>

namespace passdesk::crypto {

namespace {
const unsigned char* u8(const char* p)
{
    return reinterpret_cast<const unsigned char*>(p); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast)
}

Status fail(const char* code, const char* why)
{
    return Status::failure(QString::fromLatin1(code), QString::fromLatin1(why));
}
} // namespace

namespace {
// One unsigned big-endian number as a DER INTEGER: leading zero bytes dropped, and a zero byte put
// back in front when the top bit is set, so it does not read as negative.
void appendDerInteger(QByteArray& out, QByteArrayView bigEndian)
{
    qsizetype i = 0;
    while (i + 1 < bigEndian.size() && bigEndian[i] == 0) {
        ++i;
    }
    const QByteArrayView digits = bigEndian.sliced(i);
    const bool pad = (static_cast<unsigned char>(digits[0]) & 0x80U) != 0;
    out += char(0x02);
    out += char(digits.size() + (pad ? 1 : 0));
    if (pad) {
        out += char(0);
    }
    out += digits;
}
} // namespace

QByteArray SignatureVerifier::rawToDer(QByteArrayView raw)
{
    if (raw.size() != 64) {
        return {};
    }
    // SEQUENCE { INTEGER r, INTEGER s }: at most 2 + 2 * 35 bytes, so every length is one byte.
    QByteArray body;
    body.reserve(70);
    appendDerInteger(body, raw.first(32));
    appendDerInteger(body, raw.sliced(32));
    QByteArray der;
    der.reserve(72);
    der += char(0x30);
    der += char(body.size());
    der += body;
    return der;
}

QByteArray SignatureVerifier::derToRaw(QByteArrayView der)
{
    const unsigned char* p = u8(der.data());
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, der.size()));
    if (!sig || p != u8(der.data()) + der.size()) {
        return {};
    }
    const BIGNUM* r = nullptr;
    const BIGNUM* s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray raw(64, '\0');
    auto* out = reinterpret_cast<unsigned char*>(raw.data()); // NOLINT
    if (BN_bn2binpad(r, out, 32) != 32 || BN_bn2binpad(s, out + 32, 32) != 32) {
        return {};
    }
    return raw;
}

Status SignatureVerifier::verify(const PublicKey& key, SignatureAlgorithm algorithm, QByteArrayView message,
                                 QByteArrayView signature)
{
    if (key.isNull()) {
        return fail("sig.alg_mismatch", "no key");
    }
    QByteArray derSignature;
    QByteArrayView checked = signature;
    const EVP_MD* md = sha256Md();
    switch (algorithm) {
    case SignatureAlgorithm::ES256:
        if (key.type() != PublicKey::Type::EcP256) {
            return fail("sig.alg_mismatch", "ES256 needs an EC P-256 key");
        }
        if (signature.size() != 64) {
            return fail("sig.format", "ES256 signature must be raw r||s of 64 bytes");
        }
        derSignature = rawToDer(signature);
        checked = derSignature;
        break;
    case SignatureAlgorithm::PS256:
        if (key.type() != PublicKey::Type::Rsa) {
            return fail("sig.alg_mismatch", "PS256 needs an RSA key");
        }
        if (signature.size() != EVP_PKEY_get_size(key.handle())) {
            return fail("sig.format", "PS256 signature length differs from the modulus");
        }
        break;
    case SignatureAlgorithm::EdDSA:
        if (key.type() != PublicKey::Type::Ed25519) {
            return fail("sig.alg_mismatch", "EdDSA needs an Ed25519 key");
        }
        if (signature.size() != 64) {
            return fail("sig.format", "Ed25519 signature must be 64 bytes");
        }
        md = nullptr;
        break;
    }

    const MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr;
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), &pctx, md, nullptr, key.handle()) != 1) {
        return fail("sig.bad", "cannot initialise verification");
    }
    if (algorithm == SignatureAlgorithm::PS256) {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
            EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, 32) != 1 || EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, sha256Md()) != 1) {
            return fail("sig.bad", "cannot set PSS parameters");
        }
    }
    const int rc = EVP_DigestVerify(ctx.get(), u8(checked.data()), static_cast<size_t>(checked.size()),
                                    u8(message.data()), static_cast<size_t>(message.size()));
    if (rc != 1) {
        return fail("sig.bad", "signature does not verify");
    }
    return {};
}

} // namespace passdesk::crypto

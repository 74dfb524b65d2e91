#include "crypto/Sha256.h"
#include "crypto/OpenSslHandles.h"

#include <openssl/evp.h>
#include <openssl/core_names.h>
#include <openssl/hmac.h>

namespace passdesk::crypto {

namespace {
const unsigned char* u8(const char* p)
{
    return reinterpret_cast<const unsigned char*>(p); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast)
}
} // namespace

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_Digest(data.data(), static_cast<size_t>(data.size()),
               reinterpret_cast<unsigned char*>(out.data()), &len, sha256Md(), nullptr); // NOLINT
    return out;
}

QByteArray Sha256::hmac(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), u8(data.data()), static_cast<size_t>(data.size()),
         reinterpret_cast<unsigned char*>(out.data()), &len); // NOLINT
    return out;
}

HmacSha256::HmacSha256(QByteArrayView key)
{
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (mac == nullptr) {
        return;
    }
    std::shared_ptr<EVP_MAC_CTX> ctx(EVP_MAC_CTX_new(mac), EVP_MAC_CTX_free);
    EVP_MAC_free(mac); // the context holds its own reference
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_construct_end()};
    if (ctx && EVP_MAC_init(ctx.get(), u8(key.data()), static_cast<size_t>(key.size()), params) == 1) {
        m_ctx = std::move(ctx);
    }
}

QByteArray HmacSha256::mac(QByteArrayView data) const
{
    QByteArray out(32, Qt::Uninitialized);
    size_t len = 0;
    // A null key re-initialises with the key already set, which is what makes this cheap.
    if (!m_ctx || EVP_MAC_init(m_ctx.get(), nullptr, 0, nullptr) != 1 ||
        EVP_MAC_update(m_ctx.get(), u8(data.data()), static_cast<size_t>(data.size())) != 1 ||
        EVP_MAC_final(m_ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len, 32) != 1 || len != 32) { // NOLINT
        return {};
    }
    return out;
}

} // namespace passdesk::crypto

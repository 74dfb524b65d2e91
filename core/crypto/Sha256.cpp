#include "crypto/Sha256.h"

#include <openssl/evp.h>
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
               reinterpret_cast<unsigned char*>(out.data()), &len, EVP_sha256(), nullptr); // NOLINT
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

} // namespace passdesk::crypto

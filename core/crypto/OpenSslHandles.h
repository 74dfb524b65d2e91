#pragma once

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace passdesk::crypto {

/// RAII owners for the OpenSSL handles crypto/ uses. Only crypto/ includes OpenSSL headers.
template <typename T, void (*Free)(T*)>
struct OpenSslDeleter
{
    void operator()(T* p) const { Free(p); }
};

using PKeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY, EVP_PKEY_free>>;
using PKeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO, BIO_free_all>>;
using BigNumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BIGNUM, BN_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, OpenSslDeleter<ECDSA_SIG, ECDSA_SIG_free>>;

/// SHA-256, fetched from the default provider once. EVP_sha256() makes OpenSSL 3 look the
/// implementation up again on every use, which costs about a microsecond each time.
inline const EVP_MD* sha256Md()
{
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr); // kept for the process's life
    return md != nullptr ? md : EVP_sha256();
}

} // namespace passdesk::crypto

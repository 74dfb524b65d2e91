#pragma once

#include <QByteArray>

#include <memory>

struct evp_mac_ctx_st;

namespace passdesk::crypto {

/// SHA-256 and HMAC-SHA-256 through OpenSSL.
class Sha256
{
public:
    static QByteArray hash(QByteArrayView data);
    static QByteArray hmac(QByteArrayView key, QByteArrayView data);
};

/// HMAC-SHA-256 under one key for many messages: the key schedule is set up once (OpenSSL's one-shot
/// HMAC() looks the algorithm up and keys it on every call, most of the cost of checking a long hash
/// chain). Not thread-safe; copies share the context.
class HmacSha256
{
public:
    HmacSha256() = default;
    explicit HmacSha256(QByteArrayView key);
    /// Same result as Sha256::hmac(key, data).
    QByteArray mac(QByteArrayView data) const;

private:
    std::shared_ptr<evp_mac_ctx_st> m_ctx;
};

} // namespace passdesk::crypto

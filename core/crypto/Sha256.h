#pragma once

#include <QByteArray>

namespace passdesk::crypto {

/// SHA-256 and HMAC-SHA-256 through OpenSSL.
class Sha256
{
public:
    static QByteArray hash(QByteArrayView data);
    static QByteArray hmac(QByteArrayView key, QByteArrayView data);
};

} // namespace passdesk::crypto

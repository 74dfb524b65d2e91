#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace passdesk::codec {

/// Base64url without padding (RFC 4648 section 5), strict: any character outside the URL-safe
/// alphabet, padding, or an impossible length is an error.
class Base64Url
{
public:
    /// Errors: `b64.invalid`.
    static Result<QByteArray> decode(QByteArrayView text);
    static QByteArray encode(QByteArrayView bytes);
};

} // namespace passdesk::codec

#include "codec/Base64Url.h"

namespace passdesk::codec {

Result<QByteArray> Base64Url::decode(QByteArrayView text)
{
    if (text.size() % 4 == 1) {
        return Result<QByteArray>::failure(QStringLiteral("b64.invalid"), QStringLiteral("impossible base64url length"));
    }
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok) {
            return Result<QByteArray>::failure(QStringLiteral("b64.invalid"), QStringLiteral("character outside base64url"));
        }
    }
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::Base64UrlEncoding |
                                                                          QByteArray::OmitTrailingEquals |
                                                                          QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return Result<QByteArray>::failure(QStringLiteral("b64.invalid"), QStringLiteral("base64url decoding failed"));
    }
    return std::move(decoded.decoded);
}

QByteArray Base64Url::encode(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace passdesk::codec

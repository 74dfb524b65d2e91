#include "trust/SignedTrustList.h"

#include "crypto/SignatureVerifier.h"

namespace passdesk::trust {

Result<QByteArray> SignedTrustList::open(QByteArrayView envelope, const crypto::PublicKey& pinnedKey)
{
    const auto format = [](const QString& why) {
        return Result<QByteArray>::failure(QStringLiteral("update.format"), why);
    };
    const qsizetype newline = envelope.indexOf('\n');
    if (newline <= 0) {
        return format(QStringLiteral("no signature line"));
    }
    QByteArrayView line = envelope.first(newline);
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    const QByteArrayView body = envelope.sliced(newline + 1);
    if (body.trimmed().isEmpty()) {
        return format(QStringLiteral("empty body"));
    }
    auto decoded = QByteArray::fromBase64Encoding(line.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return format(QStringLiteral("signature line is not base64"));
    }
    if (pinnedKey.isNull()) {
        return Result<QByteArray>::failure(QStringLiteral("update.signature"),
                                           QStringLiteral("no pinned trust-list key configured"));
    }
    const QByteArray raw =
        decoded.decoded.size() == 64 ? decoded.decoded : crypto::SignatureVerifier::derToRaw(decoded.decoded);
    const Status ok = crypto::SignatureVerifier::verify(pinnedKey, crypto::SignatureAlgorithm::ES256, body, raw);
    if (!ok) {
        return Result<QByteArray>::failure(QStringLiteral("update.signature"),
                                           QStringLiteral("signature does not verify with the pinned key (") +
                                               ok.error().message + QLatin1Char(')'));
    }
    return body.toByteArray();
}

QByteArray SignedTrustList::seal(QByteArrayView body, const crypto::SigningKey& key)
{
    const QByteArray raw = key.sign(crypto::SignatureAlgorithm::ES256, body);
    return crypto::SignatureVerifier::rawToDer(raw).toBase64() + '\n' + body.toByteArray();
}

} // namespace passdesk::trust

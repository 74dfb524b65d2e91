#include "trust/DccRevocationList.h"

#include "crypto/Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passdesk::trust {

namespace {
constexpr qsizetype kHashLength = 16;
constexpr qsizetype kMaxListBytes = 64 * 1024 * 1024;

Result<DccRevocationList> invalid(const QString& why)
{
    return Result<DccRevocationList>::failure(QStringLiteral("revocation.invalid"), why);
}

QByteArray truncatedSha256(QByteArrayView data)
{
    return crypto::Sha256::hash(data).left(kHashLength);
}

bool decodeBase64(const QString& text, QByteArray& out)
{
    auto r = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r || text.isEmpty()) {
        return false;
    }
    out = *r;
    return true;
}
} // namespace

DccRevocationHashes DccRevocationHashes::compute(const QString& uci, const QString& issuingCountry,
                                                 QByteArrayView coseSignature, crypto::SignatureAlgorithm algorithm)
{
    DccRevocationHashes h;
    if (!uci.isEmpty()) {
        h.uci = truncatedSha256(uci.toUtf8());
        h.countryCodeUci = truncatedSha256((issuingCountry + uci).toUtf8());
    }
    // ECDSA signatures carry a random r and a malleable s: only r identifies the signature.
    const QByteArrayView signed_ = algorithm == crypto::SignatureAlgorithm::ES256 && coseSignature.size() == 64
                                       ? coseSignature.first(32)
                                       : coseSignature;
    if (!signed_.isEmpty()) {
        h.signature = truncatedSha256(signed_);
    }
    return h;
}

QString DccRevocationList::toString(HashType type)
{
    switch (type) {
    case HashType::Signature:
        return QStringLiteral("SIGNATURE");
    case HashType::Uci:
        return QStringLiteral("UCI");
    case HashType::CountryCodeUci:
        return QStringLiteral("COUNTRYCODEUCI");
    }
    return {};
}

Result<DccRevocationList> DccRevocationList::parse(QByteArrayView json, const QString& source)
{
    if (json.size() > kMaxListBytes) {
        return invalid(QStringLiteral("revocation list larger than 64 MB"));
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return invalid(QStringLiteral("not a JSON object"));
    }
    const QJsonObject root = doc.object();
    const QJsonArray batches =
        root.contains(QLatin1String("batches")) ? root.value(QLatin1String("batches")).toArray() : QJsonArray{root};
    if (batches.isEmpty()) {
        return invalid(QStringLiteral("no revocation batch"));
    }
    DccRevocationList list;
    list.m_source = source;
    for (const QJsonValue& value : batches) {
        const QJsonObject o = value.toObject();
        Batch batch;
        batch.id = o.value(QLatin1String("batchId")).toString();
        batch.country = o.value(QLatin1String("country")).toString();
        const QString type = o.value(QLatin1String("hashType")).toString();
        if (type == QLatin1String("SIGNATURE")) {
            batch.hashType = HashType::Signature;
        } else if (type == QLatin1String("UCI")) {
            batch.hashType = HashType::Uci;
        } else if (type == QLatin1String("COUNTRYCODEUCI")) {
            batch.hashType = HashType::CountryCodeUci;
        } else {
            return invalid(QStringLiteral("unknown hashType \"%1\" in batch %2").arg(type, batch.id));
        }
        const QString kid = o.value(QLatin1String("kid")).toString();
        if (!kid.isEmpty() && !decodeBase64(kid, batch.kid)) {
            return invalid(QStringLiteral("kid is not base64 in batch ") + batch.id);
        }
        if (o.contains(QLatin1String("expires"))) {
            batch.expires = QDateTime::fromString(o.value(QLatin1String("expires")).toString(), Qt::ISODateWithMs);
            if (!batch.expires.isValid()) {
                return invalid(QStringLiteral("bad expires in batch ") + batch.id);
            }
        }
        const QDateTime date = QDateTime::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODateWithMs);
        if (date.isValid() && (!list.m_issuedAt.isValid() || date > list.m_issuedAt)) {
            list.m_issuedAt = date.toUTC();
        }
        const QJsonValue entries = o.value(QLatin1String("entries"));
        if (!entries.isArray()) {
            return invalid(QStringLiteral("entries must be an array in batch ") + batch.id);
        }
        for (const QJsonValue& entry : entries.toArray()) {
            QByteArray hash;
            if (!decodeBase64(entry.toObject().value(QLatin1String("hash")).toString(), hash) ||
                hash.size() < kHashLength || hash.size() > 32) {
                return invalid(QStringLiteral("an entry is not base64 of a 16 to 32 byte hash in batch ") + batch.id);
            }
            batch.hashes.insert(hash.left(kHashLength));
        }
        list.m_batches.append(std::move(batch));
    }
    return list;
}

DccRevocationList::Match DccRevocationList::lookup(const DccRevocationHashes& hashes, QByteArrayView signerKid) const
{
    for (const Batch& batch : m_batches) {
        if (!batch.kid.isEmpty() && batch.kid != signerKid) {
            continue;
        }
        const QByteArray& key = batch.hashType == HashType::Uci              ? hashes.uci
                                : batch.hashType == HashType::CountryCodeUci ? hashes.countryCodeUci
                                                                             : hashes.signature;
        if (!key.isEmpty() && batch.hashes.contains(key)) {
            return Match{true, batch.hashType,
                         QStringLiteral("DCC revocation %1 (%2, %3) from %4")
                             .arg(batch.id.isEmpty() ? QStringLiteral("batch") : batch.id,
                                  batch.country.isEmpty() ? QStringLiteral("any country") : batch.country,
                                  toString(batch.hashType), m_source)};
        }
    }
    return {};
}

qsizetype DccRevocationList::entryCount() const
{
    qsizetype n = 0;
    for (const Batch& b : m_batches) {
        n += b.hashes.size();
    }
    return n;
}

} // namespace passdesk::trust

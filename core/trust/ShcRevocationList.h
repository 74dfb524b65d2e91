#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace passdesk::trust {

/// A SMART Health Card issuer's revocation list for one key (`/.well-known/crl/<kid>.json`):
/// `{kid, method: "rid", ctr, rids: ["<rid>" | "<rid>.<unix time>"]}`. A rid with a time revokes only
/// cards issued (nbf) before that time.
class ShcRevocationList
{
public:
    /// Parses and validates a CRL. Errors (all `crl.invalid`): not JSON, method other than "rid", missing
    /// or non-positive ctr, a rid that is not base64url or longer than 24 characters, a bad timestamp,
    /// or the same rid listed twice.
    static Result<ShcRevocationList> parse(QByteArrayView json);

    const QString& kid() const { return m_kid; }
    int counter() const { return m_counter; }
    qsizetype size() const { return m_rids.size(); }

    /// True when `rid` is revoked for a card issued at `issuedAt`.
    bool isRevoked(const QString& rid, const QDateTime& issuedAt) const;

private:
    QString m_kid;
    int m_counter = 0;
    QHash<QString, std::optional<qint64>> m_rids; ///< rid -> revocation time (unix seconds), or all times.
};

} // namespace passdesk::trust

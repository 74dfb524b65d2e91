#include "trust/ShcRevocationList.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passdesk::trust {

namespace {
Result<ShcRevocationList> invalid(const QString& why)
{
    return Result<ShcRevocationList>::failure(QStringLiteral("crl.invalid"), why);
}

bool isBase64Url(const QString& s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_';
        if (!ok) {
            return false;
        }
    }
    return !s.isEmpty();
}
} // namespace

Result<ShcRevocationList> ShcRevocationList::parse(QByteArrayView json)
{
    if (json.size() > 16 * 1024 * 1024) {
        return invalid(QStringLiteral("revocation list larger than 16 MB"));
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return invalid(QStringLiteral("not a JSON object"));
    }
    const QJsonObject obj = doc.object();
    if (obj.value(QLatin1String("method")).toString() != QLatin1String("rid")) {
        return invalid(QStringLiteral("method must be \"rid\""));
    }
    ShcRevocationList list;
    list.m_kid = obj.value(QLatin1String("kid")).toString();
    if (list.m_kid.isEmpty()) {
        return invalid(QStringLiteral("kid missing"));
    }
    const QJsonValue ctr = obj.value(QLatin1String("ctr"));
    if (!ctr.isDouble() || ctr.toDouble() < 1 || ctr.toDouble() != static_cast<double>(ctr.toInt())) {
        return invalid(QStringLiteral("ctr must be a positive integer"));
    }
    list.m_counter = ctr.toInt();
    const QJsonValue rids = obj.value(QLatin1String("rids"));
    if (!rids.isArray()) {
        return invalid(QStringLiteral("rids must be an array"));
    }
    for (const QJsonValue& entry : rids.toArray()) {
        if (!entry.isString()) {
            return invalid(QStringLiteral("rid entries must be strings"));
        }
        const QString text = entry.toString();
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        const QString rid = dot < 0 ? text : text.left(dot);
        if (!isBase64Url(rid) || rid.size() > 24) {
            return invalid(QStringLiteral("rid is not base64url of at most 24 characters: ") + rid.left(40));
        }
        std::optional<qint64> when;
        if (dot >= 0) {
            bool ok = false;
            when = text.mid(dot + 1).toLongLong(&ok);
            if (!ok || *when < 0) {
                return invalid(QStringLiteral("bad revocation timestamp for rid ") + rid);
            }
        }
        if (list.m_rids.contains(rid)) {
            return invalid(QStringLiteral("rid listed twice: ") + rid);
        }
        list.m_rids.insert(rid, when);
    }
    return list;
}

bool ShcRevocationList::isRevoked(const QString& rid, const QDateTime& issuedAt) const
{
    const auto it = m_rids.constFind(rid);
    if (it == m_rids.cend()) {
        return false;
    }
    if (!it->has_value()) {
        return true;
    }
    // Cards issued at or after the revocation time were re-issued and stay valid.
    return !issuedAt.isValid() || issuedAt.toMSecsSinceEpoch() < it->value() * 1000;
}

} // namespace passdesk::trust

#include "cli/CliOutput.h"

#include "common/IsoTime.h"
#include "credential/ReasonCatalog.h"

#include <QJsonArray>

namespace passdesk::cli {

using namespace passdesk::credential;

namespace {
QJsonValue optionalBool(const std::optional<bool>& b)
{
    return b.has_value() ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

QJsonValue instant(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(formatIsoInstant(t)) : QJsonValue(QJsonValue::Null);
}

QString outcomeLabel(Outcome o, bool korean)
{
    switch (o) {
    case Outcome::Verified:
        return korean ? QStringLiteral("유효 (VERIFIED)") : QStringLiteral("VERIFIED");
    case Outcome::Invalid:
        return korean ? QStringLiteral("무효 (INVALID)") : QStringLiteral("INVALID");
    case Outcome::Revoked:
        return korean ? QStringLiteral("취소됨 (REVOKED)") : QStringLiteral("REVOKED");
    case Outcome::UnknownIssuer:
        return korean ? QStringLiteral("알 수 없는 발급기관 (UNKNOWN ISSUER)") : QStringLiteral("UNKNOWN ISSUER");
    case Outcome::Unreadable:
        break;
    }
    return korean ? QStringLiteral("읽을 수 없음 (UNREADABLE)") : QStringLiteral("UNREADABLE");
}
} // namespace

QJsonObject CliOutput::toJson(const Verification& v)
{
    const Credential& c = v.credential;
    QJsonArray reasons;
    QJsonArray warnings;
    for (const Finding& f : v.findings) {
        QJsonObject o{{QStringLiteral("code"), f.code},
                      {QStringLiteral("message"), ReasonCatalog::text(f.code, QStringLiteral("en"))},
                      {QStringLiteral("message_ko"), ReasonCatalog::text(f.code, QStringLiteral("ko"))},
                      {QStringLiteral("detail"), f.detail}};
        (f.fatal ? reasons : warnings).append(o);
    }
    QJsonArray events;
    for (const Event& e : c.events) {
        QJsonObject o{{QStringLiteral("type"), toString(e.kind)}, {QStringLiteral("disease"), e.disease},
                      {QStringLiteral("country"), e.country}, {QStringLiteral("issuer"), e.issuer},
                      {QStringLiteral("identifier"), e.identifier}};
        if (e.kind == CertificateType::Vaccination) {
            o.insert(QStringLiteral("product"), e.product);
            o.insert(QStringLiteral("manufacturer"), e.manufacturer);
            o.insert(QStringLiteral("dose"), e.doseNumber);
            o.insert(QStringLiteral("doses"), e.totalDoses);
            o.insert(QStringLiteral("date"), e.date.toString(Qt::ISODate));
        } else if (e.kind == CertificateType::Test) {
            o.insert(QStringLiteral("testType"), e.testType);
            o.insert(QStringLiteral("testName"), e.testName);
            o.insert(QStringLiteral("result"), e.testResult);
            o.insert(QStringLiteral("sampleTime"), instant(e.sampleTime));
        } else if (e.kind == CertificateType::Recovery) {
            o.insert(QStringLiteral("firstPositive"), e.firstPositive.toString(Qt::ISODate));
            o.insert(QStringLiteral("validFrom"), e.validFrom.toString(Qt::ISODate));
            o.insert(QStringLiteral("validUntil"), e.validUntil.toString(Qt::ISODate));
        }
        events.append(o);
    }
    const StageChecks& k = v.checks;
    return QJsonObject{
        {QStringLiteral("outcome"), toString(v.outcome)},
        {QStringLiteral("valid"), v.verified()},
        {QStringLiteral("format"), toString(c.format)},
        {QStringLiteral("type"), toString(c.type)},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("revokedBy"), v.revokedBy},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("holder"),
         QJsonObject{{QStringLiteral("familyName"), c.holder.familyName},
                     {QStringLiteral("givenName"), c.holder.givenName},
                     {QStringLiteral("familyNameLatin"), c.holder.familyNameLatin},
                     {QStringLiteral("givenNameLatin"), c.holder.givenNameLatin},
                     {QStringLiteral("dateOfBirth"), c.holder.dateOfBirth}}},
        {QStringLiteral("events"), events},
        {QStringLiteral("issuer"), c.issuer},
        {QStringLiteral("issuingCountry"), c.issuingCountry},
        {QStringLiteral("signer"), c.signer},
        {QStringLiteral("kid"), QString::fromLatin1(c.format == Format::EuDcc ? c.keyId.toBase64() : c.keyId)},
        {QStringLiteral("identifier"), c.identifier},
        {QStringLiteral("issuedAt"), instant(c.issuedAt)},
        {QStringLiteral("expiresAt"), instant(c.expiresAt)},
        {QStringLiteral("checks"),
         QJsonObject{{QStringLiteral("unprefix"), optionalBool(k.unprefix)},
                     {QStringLiteral("decoding"), optionalBool(k.base45)},
                     {QStringLiteral("decompression"), optionalBool(k.compression)},
                     {QStringLiteral("structure"), optionalBool(k.decode)},
                     {QStringLiteral("signature"), optionalBool(k.signature)},
                     {QStringLiteral("keyUsage"), optionalBool(k.keyUsage)},
                     {QStringLiteral("validityPeriod"), optionalBool(k.expiry)},
                     {QStringLiteral("schema"), optionalBool(k.schema)},
                     {QStringLiteral("revocation"), optionalBool(k.revocation)}}},
    };
}

QString CliOutput::toText(const Verification& v, const QString& language)
{
    const bool ko = language.startsWith(QLatin1String("ko"));
    const Credential& c = v.credential;
    QStringList lines;
    QString head = outcomeLabel(v.outcome, ko);
    if (c.format != Format::Unknown) {
        head += QStringLiteral("  ") + (c.format == Format::EuDcc ? QStringLiteral("EU DCC") : QStringLiteral("SMART Health Card"));
        if (c.type != CertificateType::Unknown) {
            head += QLatin1Char(' ') + toString(c.type);
        }
    }
    lines << head;
    if (!c.holder.displayName().isEmpty()) {
        QString name = c.holder.displayName();
        const QString latin = (c.holder.familyNameLatin + QLatin1Char(' ') + c.holder.givenNameLatin).trimmed();
        if (!latin.isEmpty() && latin != name) {
            name += QStringLiteral(" / ") + latin;
        }
        lines << (ko ? QStringLiteral("  소지자: ") : QStringLiteral("  Holder:  ")) + name +
                     (c.holder.dateOfBirth.isEmpty() ? QString() : (ko ? QStringLiteral("  생년월일 ") : QStringLiteral("  born ")) + c.holder.dateOfBirth) +
                     (v.holderVerified() ? QString() : (ko ? QStringLiteral("  (확인되지 않음: 서명 없음)") : QStringLiteral("  (NOT VERIFIED: unsigned)")));
    }
    for (const Event& e : c.events) {
        QString line = ko ? QStringLiteral("  내역:   ") : QStringLiteral("  Event:   ");
        if (e.kind == CertificateType::Vaccination) {
            line += QStringLiteral("vaccination %1 dose %2/%3 on %4").arg(e.product).arg(e.doseNumber).arg(e.totalDoses).arg(e.date.toString(Qt::ISODate));
        } else if (e.kind == CertificateType::Test) {
            line += QStringLiteral("test %1 result %2 sampled %3").arg(e.testType, e.testResult, formatIsoInstant(e.sampleTime));
        } else {
            line += QStringLiteral("recovery, first positive %1, valid %2 to %3")
                        .arg(e.firstPositive.toString(Qt::ISODate), e.validFrom.toString(Qt::ISODate), e.validUntil.toString(Qt::ISODate));
        }
        lines << line;
    }
    if (!c.issuer.isEmpty()) {
        lines << (ko ? QStringLiteral("  발급:   ") : QStringLiteral("  Issuer:  ")) + c.issuer +
                     (c.signer.isEmpty() ? QString() : QStringLiteral("  (") + c.signer + QLatin1Char(')'));
    }
    if (c.issuedAt.isValid()) {
        lines << (ko ? QStringLiteral("  유효기간: ") : QStringLiteral("  Valid:   ")) + formatIsoInstant(c.issuedAt) + QStringLiteral(" .. ") +
                     (c.expiresAt.isValid() ? formatIsoInstant(c.expiresAt) : QStringLiteral("-"));
    }
    for (const Finding& f : v.findings) {
        lines << (f.fatal ? QStringLiteral("  ✗ ") : QStringLiteral("  ! ")) + ReasonCatalog::text(f.code, language) +
                     QStringLiteral(" [") + f.code + QLatin1Char(']');
    }
    if (!v.revokedBy.isEmpty()) {
        lines << (ko ? QStringLiteral("  취소 목록: ") : QStringLiteral("  Revoked by: ")) + v.revokedBy;
    }
    return lines.join(QLatin1Char('\n'));
}

QString CliOutput::defaultLanguage()
{
    for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(var);
        if (!value.isEmpty()) {
            return value.startsWith("ko") ? QStringLiteral("ko") : QStringLiteral("en");
        }
    }
    return QStringLiteral("en");
}

} // namespace passdesk::cli

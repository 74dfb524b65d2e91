#include "cli/CliOutput.h"

#include "common/IsoTime.h"
#include "credential/CoreCatalogue.h"
#include "credential/ReasonCatalog.h"

#include <QJsonArray>

#include <algorithm>

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

// The CLI's own Linguist catalogue (app/translations/passdesk_cli_<lang>.ts, compiled in as
// :/i18n/passdesk_cli_<lang>.qm) and the context of its texts; lupdate reads the literal in each
// QT_TRANSLATE_NOOP below.
constexpr const char* kContext = "passdesk::cli::CliOutput";

QString cliText(const char* english, const QString& language)
{
    return CoreCatalogue::translate(QStringLiteral("passdesk_cli"), kContext, english, language);
}

// Columns on a terminal: Hangul and CJK ideographs take two.
int displayWidth(const QString& s)
{
    int width = 0;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFF60);
        width += wide ? 2 : 1;
    }
    return width;
}

// "  Holder:  ": a label indented by two and padded so the values line up (at least one space after it).
QString label(const char* english, const QString& language)
{
    const QString text = cliText(english, language);
    return QStringLiteral("  ") + text + QString(std::max(1, 9 - displayWidth(text)), QLatin1Char(' '));
}

QString outcomeLabel(Outcome o, const QString& language)
{
    switch (o) {
    case Outcome::Verified:
        return cliText(QT_TRANSLATE_NOOP("passdesk::cli::CliOutput", "VERIFIED"), language);
    case Outcome::Invalid:
        return cliText(QT_TRANSLATE_NOOP("passdesk::cli::CliOutput", "INVALID"), language);
    case Outcome::Revoked:
        return cliText(QT_TRANSLATE_NOOP("passdesk::cli::CliOutput", "REVOKED"), language);
    case Outcome::UnknownIssuer:
        return cliText(QT_TRANSLATE_NOOP("passdesk::cli::CliOutput", "UNKNOWN ISSUER"), language);
    case Outcome::Unreadable:
        break;
    }
    return cliText(QT_TRANSLATE_NOOP("passdesk::cli::CliOutput", "UNREADABLE"), language);
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
                      {QStringLiteral("message_de"), ReasonCatalog::text(f.code, QStringLiteral("de"))},
                      {QStringLiteral("message_it"), ReasonCatalog::text(f.code, QStringLiteral("it"))},
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
    const Credential& c = v.credential;
    QStringList lines;
    QString head = outcomeLabel(v.outcome, language);
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
        lines << label(QT_TRANSLATE_NOOP("passdesk::cli::CliOutput", "Holder:"), language) + name +
                     (c.holder.dateOfBirth.isEmpty()
                          ? QString()
                          : QStringLiteral("  ") +
                                cliText(QT_TRANSLATE_NOOP("passdesk::cli::CliOutput", "born"), language) +
                                QLatin1Char(' ') + c.holder.dateOfBirth) +
                     (v.holderVerified() ? QString()
                                         : QStringLiteral("  ") + cliText(QT_TRANSLATE_NOOP("passdesk::cli::CliOutput",
                                                                                            "(NOT VERIFIED: unsigned)"),
                                                                          language));
    }
    for (const Event& e : c.events) {
        QString line = label(QT_TRANSLATE_NOOP("passdesk::cli::CliOutput", "Event:"), language);
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
        lines << label(QT_TRANSLATE_NOOP("passdesk::cli::CliOutput", "Issuer:"), language) + c.issuer +
                     (c.signer.isEmpty() ? QString() : QStringLiteral("  (") + c.signer + QLatin1Char(')'));
    }
    if (c.issuedAt.isValid()) {
        lines << label(QT_TRANSLATE_NOOP("passdesk::cli::CliOutput", "Valid:"), language) +
                     formatIsoInstant(c.issuedAt) + QStringLiteral(" .. ") +
                     (c.expiresAt.isValid() ? formatIsoInstant(c.expiresAt) : QStringLiteral("-"));
    }
    for (const Finding& f : v.findings) {
        lines << (f.fatal ? QStringLiteral("  ✗ ") : QStringLiteral("  ! ")) + ReasonCatalog::text(f.code, language) +
                     QStringLiteral(" [") + f.code + QLatin1Char(']');
    }
    if (!v.revokedBy.isEmpty()) {
        lines << label(QT_TRANSLATE_NOOP("passdesk::cli::CliOutput", "Revoked by:"), language) + v.revokedBy;
    }
    return lines.join(QLatin1Char('\n'));
}

const QStringList& CliOutput::languages()
{
    static const QStringList all{QStringLiteral("ko"), QStringLiteral("en"), QStringLiteral("de"),
                                 QStringLiteral("it")};
    return all;
}

QString CliOutput::defaultLanguage()
{
    for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(var);
        if (!value.isEmpty()) {
            // "de_DE.UTF-8" or "it:en": the first language named, when the CLI speaks it.
            const QString lang = QString::fromLatin1(value.left(2)).toLower();
            return languages().contains(lang) ? lang : QStringLiteral("en");
        }
    }
    return QStringLiteral("en");
}

} // namespace passdesk::cli

#include "rules/Policy.h"

#include "rules/CertLogic.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace passdesk::rules {

using credential::CertificateType;
using credential::Outcome;

namespace {
constexpr const char* kNotDetected = "260415000";

Error invalid(const QString& what)
{
    return Error{QStringLiteral("policy.invalid"), what};
}

QDate dateField(const QJsonObject& o, const char* key)
{
    return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}

int intField(const QJsonObject& o, const char* key, int fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toInt() : fallback;
}

bool boolField(const QJsonObject& o, const char* key, bool fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isBool() ? v.toBool() : fallback;
}

int birthYear(const QString& dateOfBirth)
{
    static const QRegularExpression year(QStringLiteral("^(\\d{4})"));
    const auto m = year.match(dateOfBirth);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

const credential::Event* eventOf(const credential::Credential& c, CertificateType kind)
{
    for (const auto& e : c.events) {
        if (e.kind == kind) {
            return &e;
        }
    }
    return nullptr;
}

// The names in further languages of a {"ko": ..., "en": ..., "de": ...} object: every other key with a
// string value.
QMap<QString, QString> namesBeyondKoreanAndEnglish(const QJsonObject& names)
{
    QMap<QString, QString> out;
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        if (it.key() != QLatin1String("ko") && it.key() != QLatin1String("en") && it.value().isString()) {
            out.insert(it.key(), it.value().toString());
        }
    }
    return out;
}

} // namespace

Result<Policy> Policy::fromJson(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return invalid(QStringLiteral("not a JSON object: ") + error.errorString());
    }
    const QJsonObject o = doc.object();
    Policy p;
    p.id = o.value(QLatin1String("id")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9.-]{0,63}$"));
    if (!idPattern.match(p.id).hasMatch()) {
        return invalid(QStringLiteral("id must be 1-64 lower-case letters, digits, dots or hyphens"));
    }
    p.name = p.id;
    const QJsonObject name = o.value(QLatin1String("name")).toObject();
    p.nameKorean = name.value(QLatin1String("ko")).toString();
    p.nameEnglish = name.value(QLatin1String("en")).toString();
    if (p.nameKorean.isEmpty() || p.nameEnglish.isEmpty()) {
        return invalid(QStringLiteral("name needs ko and en"));
    }
    p.otherNames = namesBeyondKoreanAndEnglish(name);
    p.description = o.value(QLatin1String("description")).toString();
    p.validFrom = dateField(o, "validFrom");
    p.validTo = dateField(o, "validTo");
    const QString zone = o.value(QLatin1String("timeZone")).toString(QStringLiteral("UTC"));
    p.zone = QTimeZone(zone.toLatin1());
    if (!p.zone.isValid()) {
        return invalid(QStringLiteral("unknown timeZone ") + zone);
    }
    p.alwaysCheckId = boolField(o, "alwaysCheckId", false);
    p.thresholds = o.contains(QLatin1String("vaccination")) || o.contains(QLatin1String("test")) || o.contains(QLatin1String("recovery"));

    const QJsonValue vac = o.value(QLatin1String("vaccination"));
    p.acceptVaccination = !p.thresholds || vac.isObject();
    if (vac.isObject()) {
        const QJsonObject v = vac.toObject();
        p.completeAfterDays = intField(v, "completeAfterDays", 14);
        p.validForDays = intField(v, "validForDays", 0);
        p.boosterNoExpiry = boolField(v, "boosterNoExpiry", true);
        p.boosterAfterDays = intField(v, "boosterAfterDays", 0);
        for (const auto& product : v.value(QLatin1String("singleDoseProducts")).toArray()) {
            p.singleDoseProducts << product.toString();
        }
    }
    const QJsonValue test = o.value(QLatin1String("test"));
    p.acceptTest = !p.thresholds || test.isObject();
    if (test.isObject()) {
        const QJsonObject t = test.toObject();
        const QJsonObject hours = t.value(QLatin1String("hours")).toObject();
        for (auto it = hours.begin(); it != hours.end(); ++it) {
            if (!it.value().isDouble() || it.value().toInt() <= 0) {
                return invalid(QStringLiteral("test.hours.") + it.key() + QStringLiteral(" must be a positive number"));
            }
            p.testHours.insert(it.key(), it.value().toInt());
        }
        if (p.testHours.isEmpty()) {
            return invalid(QStringLiteral("test.hours lists no test type"));
        }
        p.testUntilMidnight = boolField(t, "untilMidnight", false);
    }
    const QJsonValue rec = o.value(QLatin1String("recovery"));
    p.acceptRecovery = !p.thresholds || rec.isObject();
    if (rec.isObject()) {
        const QJsonObject r = rec.toObject();
        p.recoveryFromDays = intField(r, "fromDays", 0);
        p.recoveryForDays = intField(r, "forDays", 180);
    }
    static const QStringList known{QStringLiteral("vaccinated"), QStringLiteral("boosted"), QStringLiteral("tested"), QStringLiteral("recovered")};
    for (const auto& alternative : o.value(QLatin1String("admit")).toArray()) {
        QStringList set;
        for (const auto& c : alternative.toArray()) {
            if (!known.contains(c.toString())) {
                return invalid(QStringLiteral("admit: unknown category ") + c.toString());
            }
            set << c.toString();
        }
        if (set.isEmpty() || set.size() > 2) {
            return invalid(QStringLiteral("admit: each alternative names one or two categories"));
        }
        p.admit << set;
    }
    p.minorsBornFrom = intField(o, "minorsBornFrom", 0);
    p.countryCode = o.value(QLatin1String("countryCode")).toString(p.countryCode);
    const CertLogic certLogic;
    for (const auto& r : o.value(QLatin1String("rules")).toArray()) {
        const QJsonObject x = r.toObject();
        PolicyRule rule{x.value(QLatin1String("id")).toString(), x.value(QLatin1String("description")).toString(), x.value(QLatin1String("logic"))};
        if (rule.id.isEmpty() || rule.logic.isUndefined()) {
            return invalid(QStringLiteral("each rule needs id and logic"));
        }
        const auto issues = certLogic.validate(rule.logic);
        if (!issues.isEmpty()) {
            return invalid(QStringLiteral("rule ") + rule.id + QStringLiteral(": ") + issues.first().message);
        }
        p.rules << rule;
    }
    p.thresholds = p.thresholds || !p.rules.isEmpty();
    for (const auto& e : o.value(QLatin1String("exemptions")).toArray()) {
        const QJsonObject x = e.toObject();
        Exemption ex{x.value(QLatin1String("id")).toString(), x.value(QLatin1String("ko")).toString(), x.value(QLatin1String("en")).toString(), {}};
        if (ex.id.isEmpty() || ex.korean.isEmpty() || ex.english.isEmpty()) {
            return invalid(QStringLiteral("each exemption needs id, ko and en"));
        }
        QJsonObject names = x;
        names.remove(QLatin1String("id"));
        ex.otherNames = namesBeyondKoreanAndEnglish(names);
        p.exemptions << ex;
    }
    return p;
}

QList<Policy> Policy::builtIns()
{
    QList<Policy> out{Policy{}};
    QDir dir(QStringLiteral(":/passdesk/policies"));
    for (const QString& file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (f.open(QIODevice::ReadOnly)) {
            if (auto p = fromJson(f.readAll())) {
                out << *p;
            }
        }
    }
    return out;
}

QList<Policy> Policy::available(const QString& dir, QStringList* problems)
{
    QList<Policy> out = builtIns();
    if (dir.isEmpty()) {
        return out;
    }
    QDir d(dir);
    for (const QString& file : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(d.filePath(file));
        if (f.size() > 1024 * 1024 || !f.open(QIODevice::ReadOnly)) {
            if (problems != nullptr) {
                *problems << file + QStringLiteral(": unreadable or larger than 1 MB");
            }
            continue;
        }
        auto p = fromJson(f.readAll());
        if (!p) {
            if (problems != nullptr) {
                *problems << file + QStringLiteral(": ") + p.error().message;
            }
            continue;
        }
        // An imported policy with a built-in's id replaces it.
        out.erase(std::remove_if(out.begin(), out.end(), [&p](const Policy& q) { return q.id == p->id; }), out.end());
        out << *p;
    }
    return out;
}

Policy Policy::find(const QList<Policy>& policies, const QString& id)
{
    for (const auto& p : policies) {
        if (p.id == id) {
            return p;
        }
    }
    return Policy{};
}

namespace {
// A name a policy file gives in Korean, English and perhaps further languages, in `language`;
// English where the file gives none in it.
QString nameIn(const QString& language, const QString& korean, const QString& english, const QMap<QString, QString>& others)
{
    if (language == QLatin1String("ko")) {
        return korean;
    }
    const QString other = others.value(language);
    return other.isEmpty() ? english : other;
}
} // namespace

QString Exemption::displayName(const QString& language) const
{
    return nameIn(language, korean, english, otherNames);
}

QString Policy::displayName(const QString& language) const
{
    return nameIn(language, nameKorean, nameEnglish, otherNames);
}

bool Policy::inForce(const QDateTime& at) const
{
    const QDate day = at.toTimeZone(zone).date();
    return (!validFrom.isValid() || day >= validFrom) && (!validTo.isValid() || day <= validTo);
}

Policy::Assessment Policy::assess(const credential::Credential& c, const QDateTime& at) const
{
    Assessment a;
    const QDate today = at.toTimeZone(zone).date();
    if (const auto* v = eventOf(c, CertificateType::Vaccination)) {
        if (!acceptVaccination) {
            a.reasons << QStringLiteral("policy.type_not_accepted");
        } else {
            // The issuer's dn/sd says how far the series went; a one-dose product completes at 1.
            const bool singleDose = singleDoseProducts.contains(v->product);
            const int primary = singleDose ? 1 : (v->totalDoses > 0 ? v->totalDoses : 2);
            const bool booster = v->doseNumber > primary || (!singleDose && v->doseNumber >= 3);
            const bool complete = v->doseNumber >= primary;
            const qint64 days = v->date.daysTo(today);
            if (days < 0) {
                a.reasons << QStringLiteral("policy.vaccination_too_recent");
            } else if (booster) {
                if (days >= boosterAfterDays) {
                    a.categories << QStringLiteral("boosted");
                    if (boosterNoExpiry) {
                        a.categories << QStringLiteral("vaccinated");
                    }
                } else {
                    a.reasons << QStringLiteral("policy.vaccination_too_recent");
                }
            } else if (!complete) {
                a.reasons << QStringLiteral("policy.vaccination_incomplete");
            } else if (days < completeAfterDays) {
                a.reasons << QStringLiteral("policy.vaccination_too_recent");
            } else if (validForDays > 0 && days - completeAfterDays > validForDays) {
                a.reasons << QStringLiteral("policy.vaccination_expired");
            } else {
                a.categories << QStringLiteral("vaccinated");
            }
        }
    }
    if (const auto* t = eventOf(c, CertificateType::Test)) {
        if (!acceptTest) {
            a.reasons << QStringLiteral("policy.type_not_accepted");
        } else if (t->testResult != QLatin1String(kNotDetected)) {
            a.reasons << QStringLiteral("policy.test_positive");
        } else if (!testHours.contains(t->testType)) {
            a.reasons << QStringLiteral("policy.test_type");
        } else if (!t->sampleTime.isValid() || t->sampleTime > at) {
            a.reasons << QStringLiteral("policy.test_future");
        } else {
            QDateTime until = t->sampleTime.addSecs(qint64(testHours.value(t->testType)) * 3600);
            if (testUntilMidnight) {
                const QDate lastDay = until.toTimeZone(zone).date();
                until = QDateTime(lastDay.addDays(1), QTime(0, 0), zone);
            }
            if (at < until) {
                a.categories << QStringLiteral("tested");
            } else {
                a.reasons << QStringLiteral("policy.test_expired");
            }
        }
    }
    if (const auto* r = eventOf(c, CertificateType::Recovery)) {
        if (!acceptRecovery) {
            a.reasons << QStringLiteral("policy.type_not_accepted");
        } else {
            const qint64 days = r->firstPositive.daysTo(today);
            if (!r->firstPositive.isValid() || days < recoveryFromDays) {
                a.reasons << QStringLiteral("policy.recovery_too_recent");
            } else if (days > recoveryForDays) {
                a.reasons << QStringLiteral("policy.recovery_expired");
            } else {
                a.categories << QStringLiteral("recovered");
            }
        }
    }
    if (a.categories.isEmpty() && a.reasons.isEmpty()) {
        a.reasons << QStringLiteral("policy.type_not_accepted");
    }
    return a;
}

QStringList Policy::ruleFailures(const credential::Credential& credential, const QDateTime& at) const
{
    QStringList out;
    if (rules.isEmpty() || credential.format != credential::Format::EuDcc) {
        return out;
    }
    const QJsonObject data{
        {QStringLiteral("payload"), credential.payload},
        {QStringLiteral("external"), QJsonObject{{QStringLiteral("validationClock"), at.toUTC().toString(Qt::ISODateWithMs)},
                                                 {QStringLiteral("countryCode"), countryCode}}}};
    const CertLogic certLogic;
    for (const auto& rule : rules) {
        const auto result = certLogic.evaluate(rule.logic, data);
        if (!result) {
            out << QStringLiteral("policy.rule_open") << QStringLiteral("rule.") + rule.id;
        } else if (*result != QJsonValue(true)) {
            out << QStringLiteral("policy.rule_failed") << QStringLiteral("rule.") + rule.id;
        }
    }
    return out;
}

bool Policy::admits(const QStringList& categories) const
{
    if (admit.isEmpty()) {
        return !categories.isEmpty();
    }
    return std::any_of(admit.cbegin(), admit.cend(), [&categories](const QStringList& alternative) {
        return std::all_of(alternative.cbegin(), alternative.cend(), [&categories](const QString& c) { return categories.contains(c); });
    });
}

bool Policy::partOfPair(const QStringList& categories) const
{
    return std::any_of(admit.cbegin(), admit.cend(), [&categories](const QStringList& alternative) {
        return alternative.size() == 2 && std::any_of(alternative.cbegin(), alternative.cend(), [&categories](const QString& c) {
                   return categories.contains(c);
               });
    });
}

Verdict Policy::base(const credential::Verification& verification) const
{
    Verdict v;
    v.policy = name;
    v.reasons = verification.reasonCodes();
    v.revokedBy = verification.revokedBy;
    switch (verification.outcome) {
    case Outcome::Verified: v.kind = VerdictKind::Valid; break;
    case Outcome::Invalid:
    case Outcome::Revoked: v.kind = VerdictKind::Invalid; break;
    case Outcome::UnknownIssuer: v.kind = VerdictKind::UnknownIssuer; break;
    case Outcome::Unreadable: v.kind = VerdictKind::Unreadable; break;
    }
    return v;
}

Verdict Policy::decide(const credential::Verification& verification, const QDateTime& at) const
{
    Verdict v = base(verification);
    if (v.kind != VerdictKind::Valid) {
        return v;
    }
    if (thresholds) {
        const Assessment a = assess(verification.credential, at);
        const QStringList failures = ruleFailures(verification.credential, at);
        if (!failures.isEmpty()) {
            v.kind = VerdictKind::Invalid;
            v.reasons = failures;
            return v;
        }
        if (!admits(a.categories)) {
            const int born = birthYear(verification.credential.holder.dateOfBirth);
            if (minorsBornFrom > 0 && born >= minorsBornFrom) {
                // Minors need no pass: admit, but the age is the thing to check.
                v.kind = VerdictKind::CheckId;
                v.reasons = QStringList{QStringLiteral("policy.minor_exempt")};
                return v;
            }
            if (partOfPair(a.categories)) {
                v.kind = VerdictKind::CheckId;
                v.reasons = QStringList{QStringLiteral("policy.second_proof")};
                return v;
            }
            v.kind = VerdictKind::Invalid;
            v.reasons = a.reasons.isEmpty() ? QStringList{QStringLiteral("policy.type_not_accepted")} : a.reasons;
            return v;
        }
    }
    if (alwaysCheckId) {
        v.kind = VerdictKind::CheckId;
        v.reasons.prepend(QStringLiteral("policy.check_id"));
    }
    return v;
}

Verdict Policy::decidePair(const credential::Verification& first, const credential::Verification& second, const QDateTime& at) const
{
    Verdict v = base(second);
    if (v.kind != VerdictKind::Valid) {
        return v;
    }
    if (base(first).kind != VerdictKind::Valid) {
        return decide(second, at);
    }
    if (personKey(first.credential.holder) != personKey(second.credential.holder)) {
        v.kind = VerdictKind::Invalid;
        v.reasons = QStringList{QStringLiteral("policy.holder_mismatch")};
        return v;
    }
    QStringList categories = assess(first.credential, at).categories;
    const Assessment a = assess(second.credential, at);
    categories << a.categories;
    if (!admits(categories)) {
        return decide(second, at); // not a pair that admits: judge the new certificate on its own
    }
    v.reasons = QStringList{QStringLiteral("policy.two_proofs")};
    if (alwaysCheckId) {
        v.kind = VerdictKind::CheckId;
        v.reasons.prepend(QStringLiteral("policy.check_id"));
    }
    return v;
}

QString Policy::personKey(const credential::Holder& holder)
{
    QString name = (holder.familyNameLatin + holder.givenNameLatin).trimmed();
    if (name.isEmpty()) {
        name = holder.familyName + holder.givenName;
    }
    static const QRegularExpression noise(QStringLiteral("[\\s<.\\-']"));
    name = name.toUpper().remove(noise);
    return name + QLatin1Char('|') + holder.dateOfBirth.trimmed();
}

} // namespace passdesk::rules

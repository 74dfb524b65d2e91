#include "rules/BusinessRule.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using passdesk::rules::BusinessRule;
using passdesk::rules::RuleExternal;
using passdesk::rules::RuleOutcome;
using passdesk::rules::RuleResult;

namespace {

// A rapid antigen test counts for 48 hours from its sample collection (after Austria's TR-AT-0005).
const char* kRatRule = R"({
  "Identifier": "TR-KR-0001", "Type": "Acceptance", "Country": "KR", "Version": "1.0.0",
  "SchemaVersion": "1.3.0", "Engine": "CERTLOGIC", "EngineVersion": "1.3.3", "CertificateType": "Test",
  "Description": [{"lang": "ko", "desc": "신속항원검사는 48시간 유효"}, {"lang": "en", "desc": "A rapid antigen test is valid for 48 hours"}],
  "ValidFrom": "2021-12-13T00:00:00Z", "ValidTo": "2022-03-01T00:00:00Z",
  "AffectedFields": ["t.0.sc", "t.0.tt"],
  "Logic": {"if": [{"===": [{"var": "payload.t.0.tt"}, "LP217198-3"]},
                   {"before": [{"plusTime": [{"var": "external.validationClock"}, 0, "day"]},
                               {"plusTime": [{"var": "payload.t.0.sc"}, 48, "hour"]}]},
                   true]}
})";

QJsonObject ruleObject(const char* text = kRatRule)
{
    return QJsonDocument::fromJson(text).object();
}

BusinessRule ratRule()
{
    const auto rule = BusinessRule::fromJson(QByteArray(kRatRule));
    REQUIRE(rule.ok());
    return *rule;
}

QJsonObject ratPayload(const char* sampleCollected)
{
    return QJsonObject{{QStringLiteral("t"),
                        QJsonArray{QJsonObject{{QStringLiteral("tt"), QStringLiteral("LP217198-3")},
                                               {QStringLiteral("sc"), QString::fromLatin1(sampleCollected)}}}}};
}

RuleExternal at(const QDateTime& clock)
{
    RuleExternal external;
    external.validationClock = clock;
    external.countryCode = QStringLiteral("KR");
    return external;
}

} // namespace

TEST_CASE("rules: BusinessRule parses the gateway's rule.json format", "[rules][business]")
{
    const BusinessRule rule = ratRule();
    CHECK(rule.identifier == QStringLiteral("TR-KR-0001"));
    CHECK(rule.type == QStringLiteral("Acceptance"));
    CHECK(rule.country == QStringLiteral("KR"));
    CHECK(rule.certificateType == QStringLiteral("Test"));
    CHECK(rule.engine == QStringLiteral("CERTLOGIC"));
    CHECK(rule.validFrom == QDateTime(QDate(2021, 12, 13), QTime(0, 0), Qt::UTC));
    CHECK(rule.validTo == QDateTime(QDate(2022, 3, 1), QTime(0, 0), Qt::UTC));
    CHECK(rule.affectedFields == QStringList{QStringLiteral("t.0.sc"), QStringLiteral("t.0.tt")});
    REQUIRE(rule.descriptions.size() == 2);
    CHECK(rule.description() == QStringLiteral("A rapid antigen test is valid for 48 hours"));
    CHECK(rule.logic.toObject().contains(QStringLiteral("if")));
}

TEST_CASE("rules: BusinessRule refuses rules with missing fields or malformed logic", "[rules][business]")
{
    for (const char* field : {"Identifier", "Engine", "CertificateType", "ValidFrom", "Description", "AffectedFields", "Logic"}) {
        INFO(field);
        QJsonObject o = ruleObject();
        o.remove(QLatin1String(field));
        CHECK(BusinessRule::fromJson(o).error().code == QStringLiteral("rule.invalid"));
    }
    QJsonObject badClock = ruleObject();
    badClock.insert(QStringLiteral("ValidTo"), QStringLiteral("next spring"));
    CHECK(BusinessRule::fromJson(badClock).error().code == QStringLiteral("rule.invalid"));
    QJsonObject badLogic = ruleObject();
    badLogic.insert(QStringLiteral("Logic"), QJsonObject{{QStringLiteral("some"), QJsonArray{true}}});
    const auto refused = BusinessRule::fromJson(badLogic);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("unrecognised operator: \"some\"")));
    CHECK(BusinessRule::fromJson(QByteArray("[1, 2]")).error().code == QStringLiteral("rule.invalid"));
}

TEST_CASE("rules: BusinessRule at a fixed clock: passed, failed, or open when the logic cannot be evaluated", "[rules][business]")
{
    const BusinessRule rule = ratRule();
    const QDateTime sampled(QDate(2022, 1, 10), QTime(9, 0), Qt::UTC);

    const RuleOutcome within = rule.evaluate(ratPayload("2022-01-10T09:00:00Z"), at(sampled.addSecs(48 * 3600 - 1)));
    CHECK(within.result == RuleResult::Passed);
    CHECK(within.ruleId == QStringLiteral("TR-KR-0001"));
    CHECK(within.description == QStringLiteral("A rapid antigen test is valid for 48 hours"));
    CHECK(within.detail.isEmpty());

    const RuleOutcome expired = rule.evaluate(ratPayload("2022-01-10T18:00:00+09:00"), at(sampled.addSecs(48 * 3600)));
    CHECK(expired.result == RuleResult::Failed);

    // A sample time that is not a date-time: CertLogic errors, and the rule stays open (never a quiet pass).
    const RuleOutcome open = rule.evaluate(ratPayload("yesterday"), at(sampled));
    CHECK(open.result == RuleResult::Open);
    CHECK(open.detail.contains(QStringLiteral("yesterday")));

    // Without a validation clock the logic cannot compare times either.
    CHECK(rule.evaluate(ratPayload("2022-01-10T09:00:00Z"), RuleExternal{}).result == RuleResult::Open);
    // Not a rapid antigen test: the rule does not apply and passes.
    CHECK(rule.evaluate(QJsonObject{}, at(sampled)).result == RuleResult::Passed);
}

TEST_CASE("rules: BusinessRule: a result that is not a boolean, or another engine, leaves the rule open", "[rules][business]")
{
    QJsonObject o = ruleObject();
    o.insert(QStringLiteral("Logic"), QJsonObject{{QStringLiteral("var"), QStringLiteral("payload.t.0.tt")}});
    const auto counting = BusinessRule::fromJson(o);
    REQUIRE(counting.ok());
    const RuleOutcome outcome = counting->evaluate(ratPayload("2022-01-10T09:00:00Z"), RuleExternal{});
    CHECK(outcome.result == RuleResult::Open);
    CHECK(outcome.detail.contains(QStringLiteral("\"LP217198-3\"")));

    QJsonObject other = ruleObject();
    other.insert(QStringLiteral("Engine"), QStringLiteral("JSONLOGIC"));
    const auto foreign = BusinessRule::fromJson(other);
    REQUIRE(foreign.ok());
    CHECK(foreign->evaluate(QJsonObject{}, RuleExternal{}).result == RuleResult::Open);
}

TEST_CASE("rules: RuleExternal gives the data context's external object", "[rules][business]")
{
    RuleExternal external = at(QDateTime(QDate(2022, 1, 10), QTime(9, 30), Qt::UTC));
    external.valueSets = QJsonObject{{QStringLiteral("covid-19-lab-result"), QJsonArray{QStringLiteral("260415000")}}};
    external.expiration = QDateTime(QDate(2022, 7, 1), QTime(0, 0), Qt::UTC);
    const QJsonObject json = external.toJson();
    CHECK(json.value(QLatin1String("validationClock")).toString() == QStringLiteral("2022-01-10T09:30:00.000Z"));
    CHECK(json.value(QLatin1String("exp")).toString() == QStringLiteral("2022-07-01T00:00:00.000Z"));
    CHECK_FALSE(json.contains(QLatin1String("iat")));
    CHECK(json.value(QLatin1String("countryCode")).toString() == QStringLiteral("KR"));
    CHECK(json.value(QLatin1String("valueSets")).toObject().contains(QLatin1String("covid-19-lab-result")));
}

// The built-in policies at fixed clocks, at every threshold's edge, and policy files that are wrong.
#include "rules/Policy.h"
#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

using namespace passdesk;
using credential::CertificateType;
using rules::Policy;
using rules::VerdictKind;

namespace {
const QTimeZone kSeoul("Asia/Seoul");
const QTimeZone kBerlin("Europe/Berlin");

QDateTime seoul(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kSeoul);
}

Policy builtIn(const char* id)
{
    const auto all = Policy::builtIns();
    const auto it = std::find_if(all.cbegin(), all.cend(), [id](const Policy& p) { return p.id == QLatin1String(id); });
    REQUIRE(it != all.cend());
    return *it;
}

credential::Verification person(const QString& family = QStringLiteral("KIM"), const QString& given = QStringLiteral("MINJUN"),
                                const QString& born = QStringLiteral("1985-03-14"))
{
    credential::Verification v;
    v.outcome = credential::Outcome::Verified;
    v.credential.format = credential::Format::EuDcc;
    v.credential.holder.familyNameLatin = family;
    v.credential.holder.givenNameLatin = given;
    v.credential.holder.dateOfBirth = born;
    return v;
}

credential::Verification vaccinated(const QDate& date, int dose, int of, const QString& product = QStringLiteral("EU/1/20/1528"),
                                    const QString& born = QStringLiteral("1985-03-14"))
{
    auto v = person(QStringLiteral("KIM"), QStringLiteral("MINJUN"), born);
    credential::Event e;
    e.kind = CertificateType::Vaccination;
    e.date = date;
    e.doseNumber = dose;
    e.totalDoses = of;
    e.product = product;
    v.credential.type = e.kind;
    v.credential.events << e;
    return v;
}

credential::Verification tested(const QDateTime& sampled, const QString& type = QStringLiteral("LP6464-4"),
                                const QString& result = QStringLiteral("260415000"), const QString& family = QStringLiteral("KIM"))
{
    auto v = person(family);
    credential::Event e;
    e.kind = CertificateType::Test;
    e.sampleTime = sampled.toUTC();
    e.testType = type;
    e.testResult = result;
    v.credential.type = e.kind;
    v.credential.events << e;
    return v;
}

credential::Verification recovered(const QDate& firstPositive)
{
    auto v = person();
    credential::Event e;
    e.kind = CertificateType::Recovery;
    e.firstPositive = firstPositive;
    v.credential.type = e.kind;
    v.credential.events << e;
    return v;
}

VerdictKind kindOf(const Policy& p, const credential::Verification& v, const QDateTime& at)
{
    return p.decide(v, at).kind;
}
} // namespace

TEST_CASE("A policy's name follows the counter's language, German and Italian from the policy file", "[rules][policy][i18n]")
{
    const Policy eu2g = builtIn("eu-2g");
    CHECK(eu2g.displayName(QStringLiteral("ko")) == QStringLiteral("EU 2G (접종·회복)"));
    CHECK(eu2g.displayName(QStringLiteral("en")) == QStringLiteral("EU 2G (vaccinated or recovered)"));
    CHECK(eu2g.displayName(QStringLiteral("de")) == QStringLiteral("2G (geimpft oder genesen)"));
    CHECK(eu2g.displayName(QStringLiteral("it")) == QStringLiteral("Super Green Pass (vaccinati o guariti)"));
    CHECK(builtIn("eu-3g").displayName(QStringLiteral("it")) == QStringLiteral("Green Pass base (vaccinati, testati o guariti)"));
    // Every built-in file names itself in the four languages.
    for (const auto& p : Policy::builtIns()) {
        INFO(p.id.toStdString());
        if (p.id != QLatin1String("standard")) {
            CHECK(p.otherNames.contains(QStringLiteral("de")));
            CHECK(p.otherNames.contains(QStringLiteral("it")));
        }
    }
    // A policy file with only ko and en (an imported one) shows English to a German counter.
    Policy plain;
    plain.nameEnglish = QStringLiteral("Local rules");
    CHECK(plain.displayName(QStringLiteral("de")) == QStringLiteral("Local rules"));
}

TEST_CASE("Built-in policies load with Korean and English names", "[rules][policy]")
{
    const auto all = Policy::builtIns();
    QStringList ids;
    for (const auto& p : all) {
        ids << p.id;
        CHECK_FALSE(p.nameKorean.isEmpty());
        CHECK_FALSE(p.nameEnglish.isEmpty());
    }
    CHECK(ids == QStringList{QStringLiteral("standard"), QStringLiteral("eu-2g-plus"), QStringLiteral("eu-2g"), QStringLiteral("eu-3g"),
                             QStringLiteral("kr-2021-12-13"), QStringLiteral("kr-2022-01-03")});
    CHECK(builtIn("kr-2022-01-03").inForce(seoul(2022, 1, 3, 0, 0)));
    CHECK_FALSE(builtIn("kr-2022-01-03").inForce(seoul(2022, 1, 2, 23, 59)));
    CHECK(builtIn("kr-2022-01-03").exemptions.size() == 2);
}

TEST_CASE("Exemptions are named in the window's language, English where the policy gives none", "[rules][policy]")
{
    for (const char* id : {"kr-2021-12-13", "kr-2022-01-03"}) {
        for (const rules::Exemption& e : builtIn(id).exemptions) {
            INFO(id << " " << e.id.toStdString());
            CHECK(e.displayName(QStringLiteral("ko")) == e.korean);
            CHECK(e.displayName(QStringLiteral("en")) == e.english);
            // The built-in Korean policies are used by German and Italian staff too.
            for (const QString& lang : {QStringLiteral("de"), QStringLiteral("it")}) {
                CHECK_FALSE(e.displayName(lang).isEmpty());
                CHECK(e.displayName(lang) != e.english);
            }
        }
    }
    const auto p = Policy::fromJson(QByteArrayLiteral(
        R"({"id": "x", "name": {"ko": "x", "en": "x"}, "exemptions": [{"id": "a", "ko": "가", "en": "A", "fr": "Un", "de": 3}]})"));
    REQUIRE(p);
    const rules::Exemption& a = p.value().exemptions.first();
    CHECK(a.displayName(QStringLiteral("fr")) == QStringLiteral("Un"));
    CHECK(a.displayName(QStringLiteral("de")) == QStringLiteral("A")); // not a string: ignored
    CHECK(a.displayName(QStringLiteral("it")) == QStringLiteral("A"));
}

TEST_CASE("Korea 2022-01-03: complete on day 14 after the 2nd dose, not day 13", "[rules][policy][kr]")
{
    const Policy p = builtIn("kr-2022-01-03");
    const auto v = vaccinated(QDate(2022, 1, 1), 2, 2);
    const auto day13 = p.decide(v, seoul(2022, 1, 14, 23, 59));
    CHECK(day13.kind == VerdictKind::Invalid);
    CHECK(day13.reasons == QStringList{QStringLiteral("policy.vaccination_too_recent")});
    CHECK(kindOf(p, v, seoul(2022, 1, 15, 0, 1)) == VerdictKind::Valid);
    CHECK(p.decide(v, seoul(2022, 1, 15)).policy == QStringLiteral("kr-2022-01-03"));
    // The day is Seoul's: 00:30 on the 15th in Seoul is still the 14th in UTC.
    CHECK(kindOf(p, v, seoul(2022, 1, 15, 0, 30).toUTC()) == VerdictKind::Valid);
    // Janssen completes with one dose.
    const auto janssen = vaccinated(QDate(2022, 1, 1), 1, 1, QStringLiteral("EU/1/20/1525"));
    CHECK(kindOf(p, janssen, seoul(2022, 1, 14)) == VerdictKind::Invalid);
    CHECK(kindOf(p, janssen, seoul(2022, 1, 15)) == VerdictKind::Valid);
    // One dose of a two-dose series is not complete, however long ago.
    const auto first = p.decide(vaccinated(QDate(2021, 12, 1), 1, 2), seoul(2022, 1, 20));
    CHECK(first.reasons == QStringList{QStringLiteral("policy.vaccination_incomplete")});
}

TEST_CASE("Korea 2022-01-03: a primary series is valid 180 days from completion, not 181, unless boosted", "[rules][policy][kr]")
{
    const Policy amended = builtIn("kr-2022-01-03");
    const Policy before = builtIn("kr-2021-12-13");
    // 2nd dose 2021-07-10: complete 2021-07-24; day 180 after completion is 2022-01-20.
    const auto v = vaccinated(QDate(2021, 7, 10), 2, 2);
    CHECK(kindOf(amended, v, seoul(2022, 1, 20, 23, 0)) == VerdictKind::Valid);
    const auto day181 = amended.decide(v, seoul(2022, 1, 21, 9, 0));
    CHECK(day181.kind == VerdictKind::Invalid);
    CHECK(day181.reasons == QStringList{QStringLiteral("policy.vaccination_expired")});
    // Before the amendment there was no expiry.
    CHECK(kindOf(before, v, seoul(2022, 1, 2)) == VerdictKind::Valid);
    CHECK(kindOf(before, vaccinated(QDate(2021, 3, 1), 2, 2), seoul(2022, 1, 2)) == VerdictKind::Valid);

    // A booster counts from its own day and does not expire.
    const auto booster = vaccinated(QDate(2022, 1, 21), 3, 3);
    CHECK(kindOf(amended, booster, seoul(2022, 1, 21, 9, 0)) == VerdictKind::Valid);
    CHECK(kindOf(amended, booster, seoul(2022, 12, 31)) == VerdictKind::Valid);
    CHECK(kindOf(amended, vaccinated(QDate(2022, 1, 21), 3, 2), seoul(2022, 2, 1)) == VerdictKind::Valid); // 3/2 spelling
    CHECK(kindOf(amended, vaccinated(QDate(2022, 1, 21), 2, 1, QStringLiteral("EU/1/20/1525")), seoul(2022, 2, 1)) ==
          VerdictKind::Valid); // Janssen + booster
}

TEST_CASE("Korea: a negative PCR is valid to midnight after 48 hours (hour 47 yes, hour 49 no)", "[rules][policy][kr]")
{
    const Policy p = builtIn("kr-2022-01-03");
    // Sampled 23:30 on the 10th: 48 h end 23:30 on the 12th, so valid until midnight that night.
    const auto late = tested(seoul(2022, 1, 10, 23, 30));
    CHECK(kindOf(p, late, seoul(2022, 1, 12, 22, 30)) == VerdictKind::Valid); // hour 47
    CHECK(kindOf(p, late, seoul(2022, 1, 12, 23, 59)) == VerdictKind::Valid); // after hour 48, before midnight
    const auto hour49 = p.decide(late, seoul(2022, 1, 13, 0, 30));
    CHECK(hour49.kind == VerdictKind::Invalid);
    CHECK(hour49.reasons == QStringList{QStringLiteral("policy.test_expired")});
    // Sampled in the morning: the midnight rule stretches it past hour 49, and no further.
    const auto morning = tested(seoul(2022, 1, 10, 9, 0));
    CHECK(kindOf(p, morning, seoul(2022, 1, 12, 10, 0)) == VerdictKind::Valid);
    CHECK(kindOf(p, morning, seoul(2022, 1, 13, 0, 0)) == VerdictKind::Invalid);
    // Rapid antigen tests did not count; positive results never; a sample in the future is refused.
    CHECK(p.decide(tested(seoul(2022, 1, 10), QStringLiteral("LP217198-3")), seoul(2022, 1, 10, 13)).reasons ==
          QStringList{QStringLiteral("policy.test_type")});
    CHECK(p.decide(tested(seoul(2022, 1, 10), QStringLiteral("LP6464-4"), QStringLiteral("260373001")), seoul(2022, 1, 10, 13)).reasons ==
          QStringList{QStringLiteral("policy.test_positive")});
    CHECK(p.decide(tested(seoul(2022, 1, 11)), seoul(2022, 1, 10)).reasons == QStringList{QStringLiteral("policy.test_future")});
}

TEST_CASE("Korea: recovered for 180 days; minors exempt by birth year", "[rules][policy][kr]")
{
    const Policy p = builtIn("kr-2022-01-03");
    const auto r = recovered(QDate(2022, 1, 5));
    CHECK(kindOf(p, r, QDateTime(QDate(2022, 1, 5).addDays(180), QTime(12, 0), kSeoul)) == VerdictKind::Valid);
    CHECK(p.decide(r, QDateTime(QDate(2022, 1, 5).addDays(181), QTime(12, 0), kSeoul)).reasons ==
          QStringList{QStringLiteral("policy.recovery_expired")});

    // Born 2004: exempt in 2022 (CHECK ID: the age is what to check). Born 2003: not.
    const auto minor = vaccinated(QDate(2022, 1, 10), 1, 2, QStringLiteral("EU/1/20/1528"), QStringLiteral("2004-02-29"));
    const auto minorVerdict = p.decide(minor, seoul(2022, 1, 20));
    CHECK(minorVerdict.kind == VerdictKind::CheckId);
    CHECK(minorVerdict.reasons == QStringList{QStringLiteral("policy.minor_exempt")});
    const auto adult = vaccinated(QDate(2022, 1, 10), 1, 2, QStringLiteral("EU/1/20/1528"), QStringLiteral("2003-12-31"));
    CHECK(kindOf(p, adult, seoul(2022, 1, 20)) == VerdictKind::Invalid);
    // In December 2021 the cutoff was a year earlier.
    CHECK(kindOf(builtIn("kr-2021-12-13"), adult, seoul(2021, 12, 20)) == VerdictKind::CheckId);
    // A birth year alone is enough.
    CHECK(kindOf(p, vaccinated(QDate(2022, 1, 10), 1, 2, QStringLiteral("EU/1/20/1528"), QStringLiteral("2005")), seoul(2022, 1, 20)) ==
          VerdictKind::CheckId);
}

TEST_CASE("EU 3G and 2G: tests by type and hours; 2G refuses tests; 270 days after completion", "[rules][policy][eu]")
{
    const Policy g3 = builtIn("eu-3g");
    const Policy g2 = builtIn("eu-2g");
    const QDateTime sampled(QDate(2022, 2, 1), QTime(10, 0), kBerlin);
    const auto rat = tested(sampled, QStringLiteral("LP217198-3"));
    CHECK(kindOf(g3, rat, sampled.addSecs(47 * 3600)) == VerdictKind::Valid);
    CHECK(kindOf(g3, rat, sampled.addSecs(49 * 3600)) == VerdictKind::Invalid);
    const auto pcr = tested(sampled);
    CHECK(kindOf(g3, pcr, sampled.addSecs(71 * 3600)) == VerdictKind::Valid);
    CHECK(kindOf(g3, pcr, sampled.addSecs(73 * 3600)) == VerdictKind::Invalid);
    CHECK(g2.decide(pcr, sampled.addSecs(3600)).reasons == QStringList{QStringLiteral("policy.type_not_accepted")});

    const auto v = vaccinated(QDate(2021, 5, 1), 2, 2); // complete 2021-05-15; day 270 after is 2022-02-09
    CHECK(kindOf(g2, v, QDateTime(QDate(2022, 2, 9), QTime(20, 0), kBerlin)) == VerdictKind::Valid);
    CHECK(kindOf(g2, v, QDateTime(QDate(2022, 2, 10), QTime(8, 0), kBerlin)) == VerdictKind::Invalid);
    // Recovered counts from day 11.
    const auto r = recovered(QDate(2022, 2, 1));
    CHECK(g3.decide(r, QDateTime(QDate(2022, 2, 11), QTime(12, 0), kBerlin)).reasons == QStringList{QStringLiteral("policy.recovery_too_recent")});
    CHECK(kindOf(g3, r, QDateTime(QDate(2022, 2, 12), QTime(12, 0), kBerlin)) == VerdictKind::Valid);
}

TEST_CASE("EU 2G+: a second proof of the same person, or a booster alone", "[rules][policy][eu]")
{
    const Policy p = builtIn("eu-2g-plus");
    const QDateTime at(QDate(2022, 2, 1), QTime(19, 0), kBerlin);
    const auto vac = vaccinated(QDate(2021, 10, 1), 2, 2);
    const auto first = p.decide(vac, at);
    CHECK(first.kind == VerdictKind::CheckId);
    CHECK(first.reasons == QStringList{QStringLiteral("policy.second_proof")});
    const auto test = tested(at.addSecs(-3 * 3600), QStringLiteral("LP217198-3"));
    CHECK(p.decide(test, at).reasons == QStringList{QStringLiteral("policy.second_proof")}); // either order
    const auto pair = p.decidePair(vac, test, at);
    CHECK(pair.kind == VerdictKind::Valid);
    CHECK(pair.reasons == QStringList{QStringLiteral("policy.two_proofs")});
    CHECK(p.decidePair(test, vac, at).kind == VerdictKind::Valid);

    // Another person's test: refused, naming why.
    const auto other = tested(at.addSecs(-3 * 3600), QStringLiteral("LP217198-3"), QStringLiteral("260415000"), QStringLiteral("LEE"));
    const auto mismatch = p.decidePair(vac, other, at);
    CHECK(mismatch.kind == VerdictKind::Invalid);
    CHECK(mismatch.reasons == QStringList{QStringLiteral("policy.holder_mismatch")});
    // Names compare without case, spaces or hyphens; the birth date must agree.
    auto spaced = test;
    spaced.credential.holder.givenNameLatin = QStringLiteral("min-jun");
    CHECK(p.decidePair(vac, spaced, at).kind == VerdictKind::Valid);
    auto olderTwin = test;
    olderTwin.credential.holder.dateOfBirth = QStringLiteral("1985-03-15");
    CHECK(p.decidePair(vac, olderTwin, at).kind == VerdictKind::Invalid);
    // A stale test (RAT 24 h here) does not complete the pair.
    CHECK(p.decidePair(vac, tested(at.addSecs(-25 * 3600), QStringLiteral("LP217198-3")), at).kind != VerdictKind::Valid);
    // Boosted alone admits.
    CHECK(kindOf(p, vaccinated(QDate(2022, 1, 10), 3, 3), at) == VerdictKind::Valid);
}

TEST_CASE("Policy CertLogic rules refuse what the thresholds would admit", "[rules][policy][eu]")
{
    const Policy p = builtIn("eu-3g");
    REQUIRE(p.rules.size() == 1);
    const QDateTime at(QDate(2022, 2, 1), QTime(12, 0), kBerlin);
    auto ema = vaccinated(QDate(2021, 10, 1), 2, 2);
    ema.credential.payload = QJsonObject{{QStringLiteral("v"), QJsonArray{QJsonObject{{QStringLiteral("mp"), QStringLiteral("EU/1/20/1528")}}}}};
    CHECK(kindOf(p, ema, at) == VerdictKind::Valid);
    auto other = vaccinated(QDate(2021, 10, 1), 2, 2, QStringLiteral("BBIBP-CorV"));
    other.credential.payload = QJsonObject{{QStringLiteral("v"), QJsonArray{QJsonObject{{QStringLiteral("mp"), QStringLiteral("BBIBP-CorV")}}}}};
    const auto refused = p.decide(other, at);
    CHECK(refused.kind == VerdictKind::Invalid);
    CHECK(refused.reasons == QStringList{QStringLiteral("policy.rule_failed"), QStringLiteral("rule.VR-EU-0001")});
    // Tests are not vaccinations: the rule lets them through to the thresholds.
    auto test = tested(at.addSecs(-3600));
    test.credential.payload = QJsonObject{{QStringLiteral("t"), QJsonArray{QJsonObject{}}}};
    CHECK(kindOf(p, test, at) == VerdictKind::Valid);
    // A rule that does not validate is refused when the policy is read.
    CHECK_FALSE(Policy::fromJson(R"({"id": "x", "name": {"ko": "x", "en": "x"}, "rules": [{"id": "r", "logic": {"nope": [1]}}]})"));
}

TEST_CASE("The standard policy admits every verified certificate and maps the others", "[rules][policy]")
{
    Policy standard;
    const QDateTime at = seoul(2026, 1, 1);
    CHECK(kindOf(standard, tested(seoul(2020, 1, 1)), at) == VerdictKind::Valid);
    auto bad = person();
    bad.outcome = credential::Outcome::Revoked;
    CHECK(kindOf(standard, bad, at) == VerdictKind::Invalid);
    bad.outcome = credential::Outcome::UnknownIssuer;
    CHECK(kindOf(standard, bad, at) == VerdictKind::UnknownIssuer);
    standard.alwaysCheckId = true;
    const auto checked = standard.decide(person(), at);
    CHECK(checked.kind == VerdictKind::CheckId);
    CHECK(checked.reasons.first() == QStringLiteral("policy.check_id"));
}

TEST_CASE("Policy files that are wrong are refused with the field named", "[rules][policy]")
{
    const auto error = [](const char* json) {
        auto p = Policy::fromJson(QByteArray(json));
        return p ? QString() : p.error().message;
    };
    CHECK(error("[]").contains(QStringLiteral("not a JSON object")));
    CHECK(error(R"({"id": "Bad Id", "name": {"ko": "x", "en": "x"}})").contains(QStringLiteral("id")));
    CHECK(error(R"({"id": "x", "name": {"en": "x"}})").contains(QStringLiteral("name")));
    CHECK(error(R"({"id": "x", "name": {"ko": "x", "en": "x"}, "timeZone": "Mars/Olympus"})").contains(QStringLiteral("timeZone")));
    CHECK(error(R"({"id": "x", "name": {"ko": "x", "en": "x"}, "test": {"hours": {}}})").contains(QStringLiteral("test.hours")));
    CHECK(error(R"({"id": "x", "name": {"ko": "x", "en": "x"}, "test": {"hours": {"LP6464-4": -1}}})").contains(QStringLiteral("positive")));
    CHECK(error(R"({"id": "x", "name": {"ko": "x", "en": "x"}, "admit": [["vaccinated", "flying"]]})").contains(QStringLiteral("flying")));
    CHECK(error(R"({"id": "x", "name": {"ko": "x", "en": "x"}, "exemptions": [{"id": "a"}]})").contains(QStringLiteral("exemption")));
    CHECK(error(R"({"id": "ok-1", "name": {"ko": "x", "en": "x"}})").isEmpty());
}

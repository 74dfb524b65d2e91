#include "credential/DccSchemaValidator.h"
#include "credential/ValueSets.h"
#include "support/Fixtures.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryFile>

using namespace passdesk;
using namespace passdesk::credential;

namespace {
QJsonObject withVaccinationField(const QString& key, const QJsonValue& value)
{
    QJsonObject hcert = test::vaccination();
    QJsonArray v = hcert.value(QLatin1String("v")).toArray();
    QJsonObject entry = v.at(0).toObject();
    if (value.isUndefined()) {
        entry.remove(key);
    } else {
        entry.insert(key, value);
    }
    v.replace(0, entry);
    hcert.insert(QStringLiteral("v"), v);
    return hcert;
}
} // namespace

TEST_CASE("The shipped DCC schema is the one in the vectors, byte for byte", "[credential][schema]")
{
    QFile shipped(QStringLiteral(PASSDESK_SOURCE_DIR "/resources/schema/DCC.combined-schema.json"));
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    const QByteArray upstream = test::readVector(QStringLiteral("ehn-dcc-schema/DCC.combined-schema.json"));
    CHECK(shipped.readAll() == upstream);
    CHECK(DccSchemaValidator::shipped().version() == QStringLiteral("1.3.3"));
}

TEST_CASE("A well-formed vaccination payload passes the schema", "[credential][schema]")
{
    const Status s = DccSchemaValidator::shipped().validate(test::vaccination());
    INFO((s ? QString() : s.error().message).toStdString());
    CHECK(s.ok());
}

TEST_CASE("Schema violations are reported as schema.invalid with a path", "[credential][schema]")
{
    const auto& schema = DccSchemaValidator::shipped();

    SECTION("missing required field")
    {
        QJsonObject hcert = test::vaccination();
        hcert.remove(QStringLiteral("dob"));
        const Status s = schema.validate(hcert);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == QStringLiteral("schema.invalid"));
    }
    SECTION("country that is not upper-case letters")
    {
        CHECK_FALSE(schema.validate(withVaccinationField(QStringLiteral("co"), QStringLiteral("kr"))).ok());
    }
    SECTION("missing dose number")
    {
        CHECK_FALSE(schema.validate(withVaccinationField(QStringLiteral("dn"), QJsonValue(QJsonValue::Undefined))).ok());
    }
    SECTION("dose number of the wrong type")
    {
        const Status s = schema.validate(withVaccinationField(QStringLiteral("dn"), QStringLiteral("one")));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("dn")));
    }
    SECTION("date of the wrong type does not throw out of the validator")
    {
        const Status s = schema.validate(withVaccinationField(QStringLiteral("dt"), 20210101));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == QStringLiteral("schema.invalid"));
    }
    SECTION("both a vaccination and a test entry")
    {
        QJsonObject hcert = test::vaccination();
        hcert.insert(QStringLiteral("t"), QJsonArray{QJsonObject{}});
        CHECK_FALSE(schema.validate(hcert).ok());
    }
    SECTION("empty payload")
    {
        CHECK_FALSE(schema.validate(QJsonObject{}).ok());
    }
}

TEST_CASE("format is an annotation, as JSON Schema 2020-12 says", "[credential][schema]")
{
    // The EU test data (PL 1.3.0 cases 11 to 13) holds a date-time where the schema says
    // "format": "date" and expects the payload to pass.
    CHECK(DccSchemaValidator::shipped().validate(withVaccinationField(QStringLiteral("dt"), QStringLiteral("2021-05-18T08:10:00+02:00"))).ok());
}

TEST_CASE("The shipped value sets are the upstream ones and name the codes", "[credential][schema]")
{
    const ValueSets& sets = ValueSets::shipped();
    for (const char* name : {"country-2-codes", "disease-agent-targeted", "test-result", "test-type", "vaccine-mah-manf",
                             "vaccine-medicinal-product", "vaccine-prophylaxis"}) {
        const QString file = QString::fromLatin1(name) + QStringLiteral(".json");
        QFile shipped(QStringLiteral(PASSDESK_SOURCE_DIR "/resources/valuesets/") + file);
        REQUIRE(shipped.open(QIODevice::ReadOnly));
        CHECK(shipped.readAll() == test::readVector(QStringLiteral("ehn-dcc-valuesets/") + file));
    }
    CHECK(sets.idForUri(QStringLiteral("valuesets/vaccine-medicinal-product.json")) == QStringLiteral("vaccines-covid-19-names"));
    CHECK(sets.contains(QStringLiteral("vaccines-covid-19-names"), QStringLiteral("EU/1/20/1528")));
    CHECK(sets.display(QStringLiteral("vaccines-covid-19-names"), QStringLiteral("EU/1/20/1528")) == QStringLiteral("Comirnaty"));
    CHECK(sets.display(QStringLiteral("vaccines-covid-19-names"), QStringLiteral("NOPE")) == QStringLiteral("NOPE"));
    // Korean names for display, falling back to the English display, then to the code.
    CHECK(sets.display(QStringLiteral("vaccines-covid-19-names"), QStringLiteral("EU/1/20/1528"), QStringLiteral("ko")) ==
          QStringLiteral("코미나티 (화이자)"));
    CHECK(sets.display(QStringLiteral("vaccines-covid-19-names"), QStringLiteral("EU/1/20/1528"), QStringLiteral("en")) == QStringLiteral("Comirnaty"));
    CHECK(sets.display(QStringLiteral("covid-19-lab-test-type"), QStringLiteral("LP217198-3"), QStringLiteral("ko")) == QStringLiteral("신속항원검사"));
    CHECK(sets.display(QStringLiteral("vaccines-covid-19-names"), QStringLiteral("Abdala"), QStringLiteral("ko")) == QStringLiteral("Abdala"));
    CHECK(sets.display(QStringLiteral("vaccines-covid-19-names"), QStringLiteral("NOPE"), QStringLiteral("ko")) == QStringLiteral("NOPE"));
    CHECK(sets.contains(QStringLiteral("country-2-codes"), QStringLiteral("KR")));
    CHECK_FALSE(sets.contains(QStringLiteral("country-2-codes"), QStringLiteral("XY")));

    // Codes outside the sets are found, field by field; the schema itself does not reject them.
    const QJsonObject odd = withVaccinationField(QStringLiteral("ma"), QStringLiteral("ORG-99999999"));
    CHECK(DccSchemaValidator::shipped().validate(odd).ok());
    CHECK(sets.unknownCodes(test::vaccination()).isEmpty());
    CHECK(sets.unknownCodes(odd) == QStringList{QStringLiteral("v[0].ma=ORG-99999999 (vaccines-covid-19-auth-holders)")});

    ValueSets mine;
    CHECK(mine.add(QStringLiteral("x.json"), "{}").error().code == QStringLiteral("valueset.invalid"));
    CHECK(mine.add(QStringLiteral("x.json"), "not json").error().code == QStringLiteral("valueset.invalid"));
    CHECK(mine.addFolder(QStringLiteral("/nonexistent")).error().code == QStringLiteral("valueset.unreadable"));
}

TEST_CASE("Value-set names in Korean, German and Italian name real codes, and each language names the same ones",
          "[credential][schema]")
{
    const ValueSets& sets = ValueSets::shipped();
    REQUIRE(ValueSets::displayLanguages() ==
            QStringList{QStringLiteral("ko"), QStringLiteral("de"), QStringLiteral("it")});
    QHash<QString, QSet<QString>> named; // language -> "set code"
    for (const QString& language : ValueSets::displayLanguages()) {
        // The files as shipped: a code mistyped in one would silently fall back to English.
        QFile file(QStringLiteral(PASSDESK_SOURCE_DIR "/resources/valuesets/%1/display-%1.json").arg(language));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonParseError error{};
        const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
        INFO(language.toStdString() << ": " << error.errorString().toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        for (auto set = root.begin(); set != root.end(); ++set) {
            if (set.key().startsWith(QLatin1Char('_'))) {
                continue;
            }
            INFO(language.toStdString() << " " << set.key().toStdString());
            REQUIRE(sets.ids().contains(set.key()));
            const QJsonObject names = set.value().toObject();
            REQUIRE_FALSE(names.isEmpty());
            for (auto it = names.begin(); it != names.end(); ++it) {
                INFO(it.key().toStdString());
                CHECK(sets.contains(set.key(), it.key()));
                CHECK_FALSE(it.value().toString().trimmed().isEmpty());
                // Looked up by the language's own code and by a regional spelling of it.
                CHECK(sets.display(set.key(), it.key(), language) == it.value().toString());
                CHECK(sets.display(set.key(), it.key(), language + QStringLiteral("_XX")) == it.value().toString());
                named[language].insert(set.key() + QLatin1Char(' ') + it.key());
            }
        }
    }
    // What a Korean counter sees in its language, a German or Italian one does too.
    for (const QString& language : {QStringLiteral("de"), QStringLiteral("it")}) {
        QStringList missing = QSet<QString>(named.value(QStringLiteral("ko"))).subtract(named.value(language)).values();
        missing.sort();
        INFO(language.toStdString() << " lacks " << missing.join(QStringLiteral(", ")).toStdString());
        CHECK(missing.isEmpty());
    }
    // Test types are words, not brand names: they read differently in each language.
    const QString rapid = QStringLiteral("LP217198-3");
    const QString type = QStringLiteral("covid-19-lab-test-type");
    QSet<QString> spellings{sets.display(type, rapid)};
    for (const QString& language : ValueSets::displayLanguages()) {
        spellings.insert(sets.display(type, rapid, language));
    }
    CHECK(spellings.size() == 4);
    // A language without names (French) falls back to the English display.
    CHECK(sets.display(type, rapid, QStringLiteral("fr")) == sets.display(type, rapid));
}

TEST_CASE("Loading a schema that is not one fails with schema.unreadable", "[credential][schema]")
{
    CHECK(DccSchemaValidator::fromJson("not json").error().code == QStringLiteral("schema.unreadable"));
    CHECK(DccSchemaValidator::fromJson("[1,2]").error().code == QStringLiteral("schema.unreadable"));
    CHECK(DccSchemaValidator::load(QStringLiteral("/nonexistent/schema.json")).error().code ==
          QStringLiteral("schema.unreadable"));
    // A reference to nowhere is refused when the schema is parsed, not when a payload is checked.
    CHECK_FALSE(DccSchemaValidator::fromJson(R"({"$ref": "#/$defs/missing"})").ok());

    const auto custom = DccSchemaValidator::fromJson(R"({"type": "object", "required": ["ver"]})");
    REQUIRE(custom.ok());
    CHECK((*custom)->validate(QJsonObject{{QStringLiteral("ver"), QStringLiteral("1.3.0")}}).ok());
    CHECK_FALSE((*custom)->validate(QJsonObject{}).ok());
}

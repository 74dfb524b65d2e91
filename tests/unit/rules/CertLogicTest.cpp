#include "rules/CertLogic.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using passdesk::Result;
using passdesk::rules::CertLogic;

namespace {

// Any JSON value from its text (scalars included).
QJsonValue json(const char* text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    REQUIRE(doc.isArray());
    return doc.array().at(0);
}

Result<QJsonValue> eval(const char* expression, const char* data = "null")
{
    return CertLogic().evaluate(json(expression), json(data));
}

QJsonValue value(const char* expression, const char* data = "null")
{
    const Result<QJsonValue> r = eval(expression, data);
    INFO(expression << " on " << data << (r ? "" : " -> " + r.error().message.toStdString()));
    REQUIRE(r.ok());
    return *r;
}

QString errorCode(const char* expression, const char* data = "null")
{
    const Result<QJsonValue> r = eval(expression, data);
    INFO(expression << " on " << data);
    REQUIRE_FALSE(r.ok());
    return r.error().code;
}

const QString kInvalid = QStringLiteral("certlogic.invalid");
const QString kLimit = QStringLiteral("certlogic.limit");

} // namespace

TEST_CASE("rules: CertLogic var drills into objects and arrays, and anything missing is null", "[rules][certlogic]")
{
    const char* data = R"({"payload": {"v": [{"dn": 2, "mp": "EU/1/20/1528"}], "dob": "1990"}})";
    CHECK(value(R"({"var": "payload.v.0.dn"})", data) == json("2"));
    CHECK(value(R"({"var": "payload.v.0.mp"})", data) == json(R"("EU/1/20/1528")"));
    CHECK(value(R"({"var": "payload.v.1.dn"})", data).isNull());
    CHECK(value(R"({"var": "payload.v.x"})", data).isNull());
    CHECK(value(R"({"var": "payload.dob.0"})", data).isNull());
    CHECK(value(R"({"var": "payload.r.0.fr"})", data).isNull());
    CHECK(value(R"({"var": "a.b"})", "null").isNull());
    CHECK(value(R"({"var": ""})", R"({"x": 1})") == json(R"({"x": 1})"));
    CHECK(value(R"({"var": "1"})", "[7, 8]") == json("8"));
    CHECK(errorCode(R"({"var": 0})") == kInvalid);
    CHECK(errorCode(R"({"var": ["x"]})") == kInvalid);
}

TEST_CASE("rules: CertLogic truthiness: falsy and truthy values, and values that are neither", "[rules][certlogic]")
{
    const auto guard = [](const char* data) { return value(R"({"if": [{"var": ""}, "T", "F"]})", data); };
    for (const char* falsy : {"false", "null", R"("")", "0", "[]", "{}"}) {
        INFO(falsy);
        CHECK(guard(falsy) == json(R"("F")"));
        CHECK(value(R"({"!": [{"var": ""}]})", falsy) == json("true"));
    }
    for (const char* truthy : {"true", R"("0")", "-1", "[0]", R"({"a": null})"}) {
        INFO(truthy);
        CHECK(guard(truthy) == json(R"("T")"));
        CHECK(value(R"({"!": [{"var": ""}]})", truthy) == json("false"));
    }
    // A fraction and a date-time are neither: using them as a condition is an error, not false.
    CHECK(errorCode(R"({"if": [{"var": ""}, 1, 2]})", "1.5") == kInvalid);
    CHECK(errorCode(R"({"!": [{"plusTime": ["2021-01-01", 0, "day"]}]})") == kInvalid);
    CHECK(errorCode(R"({"and": [true, {"var": ""}]})", "0.5") == kInvalid);
}

TEST_CASE("rules: CertLogic and is lazy and returns the deciding operand", "[rules][certlogic]")
{
    CHECK(value(R"({"and": [true, 0, {"unknown-op": []}]})") == json("0"));
    CHECK(value(R"({"and": [1, "x", [1]]})") == json("[1]"));
    CHECK(value(R"({"and": [{"var": "x"}, {"after": [{"plusTime": [{"var": "x"}, 0, "day"]}, {"plusTime": ["1970-01-01", 0, "day"]}]}]})",
                R"({"x": ""})") == json(R"("")"));
    CHECK(errorCode(R"({"and": [true]})") == kInvalid);
}

TEST_CASE("rules: CertLogic ===, in and + work on integers and strings without coercion", "[rules][certlogic]")
{
    CHECK(value(R"({"===": [1, 1]})") == json("true"));
    CHECK(value(R"({"===": [1, "1"]})") == json("false"));
    CHECK(value(R"({"===": [{"+": [1, 2]}, 3]})") == json("true"));
    CHECK(value(R"({"in": ["b", ["a", "b"]]})") == json("true"));
    CHECK(value(R"({"in": [{"var": "x"}, ["a", "b"]]})", "{}") == json("false"));
    CHECK(value(R"({"in": [{"var": "x"}, {"var": "y"}]})", R"({"y": [null]})") == json("true"));
    CHECK(errorCode(R"({"in": ["a", {"var": "y"}]})", "{}") == kInvalid);
    CHECK(errorCode(R"({"in": ["a", "abc"]})") == kInvalid);
    CHECK(errorCode(R"({"+": [1, "2"]})") == kInvalid);
    CHECK(errorCode(R"({"===": [1, 1, 1]})") == kInvalid);
}

TEST_CASE("rules: CertLogic comparisons: binary and between forms, integers only", "[rules][certlogic]")
{
    CHECK(value(R"({"<": [1, 2]})") == json("true"));
    CHECK(value(R"({"<": [1, 2, 3]})") == json("true"));
    CHECK(value(R"({"<": [1, 3, 3]})") == json("false"));
    CHECK(value(R"({"<=": [1, 3, 3]})") == json("true"));
    CHECK(value(R"({">=": [3, 3, 4]})") == json("false"));
    CHECK(errorCode(R"({"<": [1, null]})") == kInvalid);
    CHECK(errorCode(R"({"<": [1, "2"]})") == kInvalid);
    CHECK(errorCode(R"({"<": [1, {"var": ""}]})", "1.5") == kInvalid);
    CHECK(errorCode(R"({"<": [1, 2, 3, 4]})") == kInvalid);
    CHECK(errorCode(R"({"before": [1, 2]})") == kInvalid);
}

TEST_CASE("rules: CertLogic plusTime parses the allowed formats and offsets like JavaScript's Date", "[rules][certlogic]")
{
    const auto at = [](const char* date, int amount, const char* unit) {
        const QByteArray expr = QByteArray(R"({"plusTime": [")") + date + "\", " + QByteArray::number(amount) + ", \"" + unit + "\"]}";
        return value(expr.constData()).toString();
    };
    CHECK(at("2021-06-01", 0, "day") == QStringLiteral("2021-06-01T00:00:00.000Z"));
    CHECK(at("2021-06-01T12:00:00", 0, "day") == QStringLiteral("2021-06-01T12:00:00.000Z"));
    CHECK(at("2021-06-01T12:00:00+2", 0, "day") == QStringLiteral("2021-06-01T10:00:00.000Z"));
    CHECK(at("2021-06-01T12:00:00-130", 0, "day") == QStringLiteral("2021-06-01T13:30:00.000Z"));
    CHECK(at("2021-06-01T12:00:00+05:30", 0, "day") == QStringLiteral("2021-06-01T06:30:00.000Z"));
    CHECK(at("2021-06-01T12:00:00.1234567Z", 0, "day") == QStringLiteral("2021-06-01T12:00:00.123Z"));
    CHECK(at("2021-06-01T12:00:00.5+0100", 0, "day") == QStringLiteral("2021-06-01T11:00:00.500Z"));
    // Partial dates mean their last day.
    CHECK(at("2004", 0, "day") == QStringLiteral("2004-12-31T00:00:00.000Z"));
    CHECK(at("2020-02", 0, "day") == QStringLiteral("2020-02-29T00:00:00.000Z"));
    // The specification's leap day table.
    CHECK(at("2020-02-29", 1, "day") == QStringLiteral("2020-03-01T00:00:00.000Z"));
    CHECK(at("2020-02-29", 1, "month") == QStringLiteral("2020-03-29T00:00:00.000Z"));
    CHECK(at("2020-02-29", 1, "year") == QStringLiteral("2021-03-01T00:00:00.000Z"));
    CHECK(at("2021-01-31", 1, "month") == QStringLiteral("2021-03-03T00:00:00.000Z"));
    CHECK(at("2021-03-31", -13, "month") == QStringLiteral("2020-03-02T00:00:00.000Z"));
    CHECK(at("2022-01-01", -18, "year") == QStringLiteral("2004-01-01T00:00:00.000Z"));
    CHECK(at("2021-06-01T00:00:00Z", -40, "hour") == QStringLiteral("2021-05-30T08:00:00.000Z"));
    CHECK(at("1970-01-01", -1, "day") == QStringLiteral("1969-12-31T00:00:00.000Z"));

    for (const char* bad : {"", "2021-09-99", "2022-13", "2021-06-01T24:00:00Z", "2021-06-01T12:00", "21-06-01",
                            "2021-06-01T12:00:00+25"}) {
        INFO(bad);
        const QByteArray expr = QByteArray(R"({"plusTime": [")") + bad + R"(", 0, "day"]})";
        CHECK(errorCode(expr.constData()) == kInvalid);
    }
    CHECK(errorCode(R"({"plusTime": [null, 0, "day"]})") == kInvalid);
    CHECK(errorCode(R"({"plusTime": ["2021-06-01", {"var": "n"}, "day"]})", R"({"n": 1})") == kInvalid);
    CHECK(errorCode(R"({"plusTime": ["2021-06-01", 1, "week"]})") == kInvalid);
    CHECK(errorCode(R"({"plusTime": ["2021-06-01", 1000000000000, "hour"]})") == kInvalid);
}

TEST_CASE("rules: CertLogic date-time comparisons and dccDateOfBirth", "[rules][certlogic]")
{
    const char* minor = R"({"after": [{"dccDateOfBirth": [{"var": "dob"}]}, {"plusTime": [{"var": "now"}, -18, "year"]}]})";
    CHECK(value(minor, R"({"dob": "2004-01", "now": "2022-01-30T23:59:59Z"})") == json("true"));
    CHECK(value(minor, R"({"dob": "2004-01", "now": "2022-01-31T00:00:00Z"})") == json("false"));
    CHECK(value(minor, R"({"dob": "2004", "now": "2022-12-30T12:00:00Z"})") == json("true"));
    CHECK(value(minor, R"({"dob": "2004-02-29", "now": "2022-03-01T00:00:00Z"})") == json("false"));
    CHECK(value(R"({"dccDateOfBirth": ["2000-02"]})") == json(R"("2000-02-29T00:00:00.000Z")"));
    CHECK(errorCode(minor, R"({"now": "2022-01-01"})") == kInvalid);
    CHECK(errorCode(R"({"dccDateOfBirth": ["2004-01-01T00:00:00Z"]})") == kInvalid);

    const char* between = R"({"not-after": [{"plusTime": ["2021-05-01", 14, "day"]}, {"plusTime": [{"var": ""}, 0, "day"]}, {"plusTime": ["2021-05-01", 365, "day"]}]})";
    CHECK(value(between, R"("2021-05-14T23:59:59Z")") == json("false"));
    CHECK(value(between, R"("2021-05-15")") == json("true"));
    CHECK(value(between, R"("2022-05-01")") == json("true"));
    CHECK(value(between, R"("2022-05-01T00:00:00.001Z")") == json("false"));
    CHECK(errorCode(R"({"before": [{"plusTime": ["2021-05-01", 0, "day"]}, "2021-05-02"]})") == kInvalid);
}

TEST_CASE("rules: CertLogic reduce folds left with {accumulator, current}, and a null operand gives the initial value", "[rules][certlogic]")
{
    const char* count = R"({"reduce": [{"var": "v"}, {"+": [{"var": "accumulator"}, {"if": [{"var": "current.0"}, 1, 0]}]}, 0]})";
    CHECK(value(count, R"({"v": [[1], [], null, ["x"]]})") == json("2"));
    CHECK(value(count, "{}") == json("0"));
    CHECK(errorCode(count, R"({"v": "abc"})") == kInvalid);
    // The accumulator may be a date-time: the latest of some dates.
    const char* latest = R"({"reduce": [{"var": "d"}, {"if": [{"after": [{"plusTime": [{"var": "current"}, 0, "day"]}, {"var": "accumulator"}]},
        {"plusTime": [{"var": "current"}, 0, "day"]}, {"var": "accumulator"}]}, {"plusTime": ["1970-01-01", 0, "day"]}]})";
    CHECK(value(latest, R"({"d": ["2021-03-01", "2021-07-15", "2021-05-01"]})") == json(R"("2021-07-15T00:00:00.000Z")"));
}

TEST_CASE("rules: CertLogic extractFromUVCI splits on / # : and skips a URN:UVCI: prefix", "[rules][certlogic]")
{
    const char* expr = R"({"extractFromUVCI": [{"var": "u"}, %1]})";
    const auto at = [expr](const char* uvci, int index) {
        const QByteArray e = QString::fromLatin1(expr).arg(index).toUtf8();
        return value(e.constData(), (QByteArray(R"({"u": )") + uvci + "}").constData());
    };
    CHECK(at(R"("URN:UVCI:01:NL:187/37512422923")", 1) == json(R"("NL")"));
    CHECK(at(R"("01:AT:10807843F94AEE0EE5093FBC254BD813#B")", 3) == json(R"("B")"));
    CHECK(at(R"("a::c/#/f")", 4) == json(R"("")"));
    CHECK(at(R"("URN:UVCI:01:NL:187/37512422923")", -1).isNull());
    CHECK(at(R"("URN:UVCI:01:NL:187/37512422923")", 4).isNull());
    CHECK(at("null", 0).isNull());
    CHECK(errorCode(R"({"extractFromUVCI": [42, 0]})") == kInvalid);
    CHECK(errorCode(R"({"extractFromUVCI": ["a:b", "0"]})") == kInvalid);
}

TEST_CASE("rules: CertLogic reports malformed expressions as errors", "[rules][certlogic]")
{
    CHECK(value(R"(["a", {"var": "x"}, 3])", R"({"x": 2})") == json(R"(["a", 2, 3])"));
    CHECK(errorCode("null") == kInvalid);
    CHECK(errorCode("3.14") == kInvalid);
    CHECK(errorCode("{}") == kInvalid);
    CHECK(errorCode(R"({"var": "x", "if": []})") == kInvalid);
    CHECK(errorCode(R"({"all": [[], true]})") == kInvalid);
    CHECK(errorCode(R"({"if": []})") == kInvalid);
    CHECK(errorCode(R"({"if": [true, 1]})") == kInvalid);
    CHECK(errorCode(R"({"!": "x"})") == kInvalid);
    CHECK(errorCode(R"({"!": [true, false]})") == kInvalid);
}

TEST_CASE("rules: CertLogic bounds nesting, steps and built values on hostile input", "[rules][certlogic]")
{
    // 64 nested negations evaluate; 65 are refused, as is nesting far deeper than any stack could take.
    const auto nested = [](int depth) {
        QJsonValue expr(true);
        for (int i = 0; i < depth; ++i) {
            expr = QJsonObject{{QStringLiteral("!"), QJsonArray{expr}}};
        }
        return expr;
    };
    CHECK(CertLogic().evaluate(nested(63), {}).value() == QJsonValue(false));
    CHECK(CertLogic().evaluate(nested(64), {}).error().code == kLimit);
    CHECK(CertLogic().evaluate(nested(5000), {}).error().code == kLimit);
    CHECK(CertLogic().validate(nested(5000)).first().message.contains(QStringLiteral("deeper than 64")));

    // Nested reduces over 2000 arrays of 2000 items: quadratic work is cut off, not waited for.
    QJsonArray big;
    for (int i = 0; i < 2000; ++i) {
        big.append(i);
    }
    QJsonArray rows;
    for (int i = 0; i < 2000; ++i) {
        rows.append(big);
    }
    const QJsonValue quadratic = json(R"({"reduce": [{"var": "a"}, {"reduce": [{"var": "current"}, {"+": [{"var": "accumulator"}, 1]}, 0]}, 0]})");
    CHECK(CertLogic().evaluate(quadratic, QJsonObject{{QStringLiteral("a"), rows}}).error().code == kLimit);
    CHECK(CertLogic().evaluate(quadratic, QJsonObject{{QStringLiteral("a"), QJsonArray{big, big}}}).value() == QJsonValue(2000));
    // Searching a large accumulator on every pass is charged per item compared.
    const QJsonValue searching = json(R"({"reduce": [{"var": "a"}, {"if": [{"in": [-1, {"var": "accumulator"}]}, 0,
        {"var": "accumulator"}]}, {"var": "a"}]})");
    CHECK(CertLogic().evaluate(searching, QJsonObject{{QStringLiteral("a"), big}}).error().code == kLimit);
    CHECK(CertLogic().evaluate(searching, QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2}}}).value() == json("[1, 2]"));
    // A reduce that doubles its accumulator each pass is refused before it outgrows memory.
    const QJsonValue doubling = json(R"({"reduce": [{"var": "a"}, [{"var": "accumulator"}, {"var": "accumulator"}], 0]})");
    CHECK(CertLogic().evaluate(doubling, QJsonObject{{QStringLiteral("a"), big}}).error().code == kLimit);
    CertLogic::Limits roomy;
    roomy.maxDepth = 1000;
    CHECK(CertLogic(roomy).evaluate(doubling, QJsonObject{{QStringLiteral("a"), big}}).error().code == kLimit);
}

TEST_CASE("rules: CertLogic validate words its findings as the specification's validation suite", "[rules][certlogic]")
{
    const CertLogic engine;
    const auto messages = [&engine](const char* expr) {
        QStringList out;
        for (const auto& issue : engine.validate(json(expr))) {
            out << issue.message;
        }
        return out;
    };
    CHECK(messages(R"({"and": [{"var": "payload.v.0"}, {"in": [{"var": "payload.v.0.mp"}, ["a"]]}]})").isEmpty());
    CHECK(messages(R"({"dccDateOfBirth": [{"var": "payload.dob"}]})").isEmpty());
    CHECK(messages("null") == QStringList{QStringLiteral("invalid CertLogic expression")});
    CHECK(messages("3.14") == QStringList{QStringLiteral("3.14 is a non-integer number")});
    CHECK(messages(R"({"foo": "bar", "alice": "bob"})") ==
          QStringList{QStringLiteral("expression object must have exactly one key, but it has 2")});
    CHECK(messages(R"({"all": []})") == QStringList{QStringLiteral("unrecognised operator: \"all\"")});
    CHECK(messages(R"({"var": "x."})") == QStringList{QStringLiteral("data access path doesn't have a valid format: x.")});
    CHECK(messages(R"({"plusTime": [{"var": "x"}, 1.5, "week"]})").size() == 2);
    CHECK(messages(R"({"if": [{"var": 0}, 1]})").size() == 2);
    const auto issues = engine.validate(json(R"({"and": [true, {"!": [1, 2]}]})"));
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].expr == json(R"({"!": [1, 2]})"));
}

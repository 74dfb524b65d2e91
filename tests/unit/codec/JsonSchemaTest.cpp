#include "codec/JsonSchema.h"
#include "support/Fixtures.h"
#include "support/ValijsonOracle.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace passdesk;
using codec::JsonSchema;

namespace {

JsonSchema schemaOf(const char* json)
{
    const auto compiled = JsonSchema::compile(QJsonDocument::fromJson(json).object());
    INFO((compiled ? QString() : compiled.error().message).toStdString());
    REQUIRE(compiled.ok());
    return *compiled;
}

QJsonValue json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

// Every payload of the EU test data that has a JSON form, once each.
QList<QJsonObject> euPayloads()
{
    QList<QJsonObject> out;
    QSet<QByteArray> seen;
    QDirIterator it(test::vectorsDir() + QStringLiteral("/dgc-testdata"), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonValue payload = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("JSON"));
        const QByteArray key = QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact);
        if (payload.isObject() && !seen.contains(key)) {
            seen.insert(key);
            out << payload.toObject();
        }
    }
    return out;
}

// Replaces (or with an undefined value, removes) the value at `path` inside `root`.
QJsonValue replaced(const QJsonValue& root, const QStringList& path, qsizetype at, const QJsonValue& value)
{
    if (at == path.size()) {
        return value;
    }
    if (root.isArray()) {
        QJsonArray a = root.toArray();
        const int i = path.at(at).toInt();
        const QJsonValue inner = replaced(a.at(i), path, at + 1, value);
        if (inner.isUndefined()) {
            a.removeAt(i);
        } else {
            a.replace(i, inner);
        }
        return a;
    }
    QJsonObject o = root.toObject();
    const QJsonValue inner = replaced(o.value(path.at(at)), path, at + 1, value);
    if (inner.isUndefined()) {
        o.remove(path.at(at));
    } else {
        o.insert(path.at(at), inner);
    }
    return o;
}

void collectPaths(const QJsonValue& v, QStringList prefix, QList<QStringList>& out)
{
    if (!prefix.isEmpty()) {
        out << prefix;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            collectPaths(it.value(), prefix + QStringList{it.key()}, out);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            collectPaths(a.at(i), prefix + QStringList{QString::number(i)}, out);
        }
    }
}

} // namespace

TEST_CASE("JsonSchema: types, integers and lengths as the specification counts them", "[codec][schema]")
{
    const JsonSchema s = schemaOf(R"({"properties": {"n": {"type": "integer", "minimum": 1, "maximum": 9},
                                                      "s": {"type": "string", "minLength": 2, "maxLength": 3},
                                                      "t": {"type": ["string", "null"]}}})");
    CHECK(s.validate(json(R"({"n": 1})")).ok());
    CHECK(s.validate(json(R"({"n": 1.0})")).ok()); // an integer is a number without a fraction
    CHECK_FALSE(s.validate(json(R"({"n": 1.5})")).ok());
    CHECK_FALSE(s.validate(json(R"({"n": 0})")).ok());
    CHECK_FALSE(s.validate(json(R"({"n": 10})")).ok());
    CHECK_FALSE(s.validate(json(R"({"n": "1"})")).ok());
    CHECK(s.validate(json(R"({"s": "홍길동"})")).ok());
    CHECK(s.validate(json(R"({"s": "😀😀😀"})")).ok()); // three code points, six UTF-16 units
    CHECK_FALSE(s.validate(json(R"({"s": "😀😀😀😀"})")).ok());
    CHECK_FALSE(s.validate(json(R"({"s": "a"})")).ok());
    CHECK(s.validate(json(R"({"t": null})")).ok());
    CHECK_FALSE(s.validate(json(R"({"t": 3})")).ok());
    CHECK(s.validate(json(R"("not an object: properties do not apply")")).ok());
}

TEST_CASE("JsonSchema: pattern is an unanchored ECMA-262 search whose $ is the very end", "[codec][schema]")
{
    const JsonSchema s = schemaOf(R"({"properties": {"ver": {"pattern": "^\\d+.\\d+.\\d+$"}, "co": {"pattern": "[A-Z]{1,10}"}}})");
    CHECK(s.validate(json(R"({"ver": "1.3.0"})")).ok());
    CHECK_FALSE(s.validate(json(R"({"ver": "1.3.0\n"})")).ok()); // PCRE's $ alone would accept this
    CHECK_FALSE(s.validate(json(R"({"ver": "١.٣.٠"})")).ok());    // \d is ASCII
    CHECK(s.validate(json(R"({"co": "xKRx"})")).ok());              // a search, not a full match
    CHECK_FALSE(s.validate(json(R"({"co": "kr"})")).ok());
}

TEST_CASE("JsonSchema: oneOf, anyOf, allOf, required, items and references", "[codec][schema]")
{
    const JsonSchema s = schemaOf(R"({
        "type": "object",
        "oneOf": [{"required": ["v"]}, {"required": ["t"]}],
        "properties": {"v": {"type": "array", "items": {"$ref": "#/$defs/entry"}, "minItems": 1, "maxItems": 1},
                       "t": {"allOf": [{"type": "array"}, {"maxItems": 2}]},
                       "nam": {"anyOf": [{"required": ["a"]}, {"required": ["b"]}]}},
        "$defs": {"entry": {"type": "object", "required": ["dn"], "properties": {"dn": {"$ref": "#/$defs/posint"}}},
                  "posint": {"type": "integer", "minimum": 1}}})");
    CHECK(s.validate(json(R"({"v": [{"dn": 2}]})")).ok());
    CHECK(s.validate(json(R"({"t": [1, 2]})")).ok());
    CHECK_FALSE(s.validate(json(R"({"t": [1, 2, 3]})")).ok());
    CHECK_FALSE(s.validate(json(R"({"v": [{"dn": 2}], "t": []})")).ok()); // both alternatives match
    CHECK_FALSE(s.validate(json(R"({})")).ok());                           // neither does
    CHECK_FALSE(s.validate(json(R"({"v": []})")).ok());
    CHECK_FALSE(s.validate(json(R"({"v": [{"dn": 1}, {"dn": 1}]})")).ok());
    CHECK(s.validate(json(R"({"v": [{"dn": 1}], "nam": {"b": 1}})")).ok());
    CHECK_FALSE(s.validate(json(R"({"v": [{"dn": 1}], "nam": {"c": 1}})")).ok());

    const Status deep = s.validate(json(R"({"v": [{"dn": 0}]})"));
    REQUIRE_FALSE(deep.ok());
    CHECK(deep.error().code == QStringLiteral("schema.invalid"));
    CHECK(deep.error().message.startsWith(QStringLiteral("/v/0/dn: ")));
    const Status missing = s.validate(json(R"({"v": [{}]})"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message == QStringLiteral("/v/0: required property dn is missing"));
}

TEST_CASE("JsonSchema: schemas it cannot check fully are refused when compiled", "[codec][schema]")
{
    const auto refused = [](const char* text) {
        const auto r = JsonSchema::compile(QJsonDocument::fromJson(text).object());
        return !r.ok() && r.error().code == QStringLiteral("schema.unreadable");
    };
    CHECK(refused(R"({"$ref": "#/$defs/missing"})"));
    CHECK(refused(R"({"$ref": "https://elsewhere.invalid/schema.json"})"));
    CHECK(refused(R"({"uniqueItems": true})")); // a keyword it does not implement
    CHECK(refused(R"({"pattern": "("})"));
    CHECK(refused(R"({"type": "text"})"));
    CHECK(refused(R"({"maxLength": -1})"));
    CHECK(refused(R"({"items": [{}, {}]})"));
    CHECK_FALSE(JsonSchema::compile(QJsonValue(42)).ok());
    // Annotations are not keywords to refuse.
    CHECK(JsonSchema::compile(QJsonDocument::fromJson(R"({"title": "x", "format": "date", "valueset-uri": "y"})").object()).ok());
}

TEST_CASE("JsonSchema: self-reference and deep input end in a verdict, not a crash", "[codec][schema]")
{
    const JsonSchema loop = schemaOf(R"({"$ref": "#"})");
    CHECK_FALSE(loop.validate(json("1")).ok());
    const JsonSchema tree = schemaOf(R"({"type": "array", "items": {"$ref": "#"}})");
    CHECK(tree.validate(json("[[[]]]")).ok());
    QByteArray deep;
    for (int i = 0; i < 200; ++i) {
        deep = "[" + deep + "]";
    }
    CHECK_FALSE(tree.validate(QJsonDocument::fromJson(deep).array()).ok());
    // Boolean schemas.
    CHECK_FALSE(schemaOf(R"({"properties": {"x": false}})").validate(json(R"({"x": 1})")).ok());
    CHECK(schemaOf(R"({"properties": {"x": true}})").validate(json(R"({"x": 1})")).ok());
}

TEST_CASE("JsonSchema agrees with valijson on every EU test payload and on thousands of mutations of them", "[codec][schema]")
{
    const QJsonObject schemaJson = QJsonDocument::fromJson(test::readVector(QStringLiteral("ehn-dcc-schema/DCC.combined-schema.json"))).object();
    const auto mine = JsonSchema::compile(schemaJson);
    REQUIRE(mine.ok());
    test::ValijsonOracle reference(schemaJson);

    const QList<QJsonObject> payloads = euPayloads();
    REQUIRE(payloads.size() > 150);

    const QList<QJsonValue> replacements{
        QJsonValue(QJsonValue::Undefined), // removes the field
        QString(),
        QStringLiteral("x"),
        QStringLiteral("KR"),
        QStringLiteral("kr"),
        QStringLiteral("1.3.0\n"),
        QStringLiteral("HONG<GILDONG"),
        QString(81, u'A'),
        QString(80, QChar(0xD64D)), // 80 Hangul syllables: 80 code points, 240 UTF-8 bytes
        QString(81, QChar(0xD64D)),
        0,
        -1,
        1,
        1.5,
        true,
        QJsonValue(QJsonValue::Null),
        QJsonArray{},
        QJsonArray{QJsonObject{}},
        QJsonObject{},
    };
#ifdef NDEBUG
    constexpr int kStride = 1;
#else
    // Unoptimised (ASan) builds run valijson many times slower: every 4th mutation there.
    constexpr int kStride = 4;
#endif
    int made = 0;
    int checked = 0;
    int accepted = 0;
    QStringList disagreements;
    const auto compare = [&](const QJsonValue& candidate) {
        const bool ours = mine->validate(candidate).ok();
        const bool theirs = reference.accepts(candidate);
        ++checked;
        accepted += ours ? 1 : 0;
        if (ours != theirs && disagreements.size() < 10) {
            disagreements << QStringLiteral("ours %1, valijson %2: %3")
                                 .arg(ours)
                                 .arg(theirs)
                                 .arg(QString::fromUtf8(QJsonDocument(candidate.toObject()).toJson(QJsonDocument::Compact)));
        }
    };
    for (const QJsonObject& payload : payloads) {
        compare(payload);
        QList<QStringList> paths;
        collectPaths(payload, {}, paths);
        for (const QStringList& path : paths) {
            for (const QJsonValue& value : replacements) {
                if (made++ % kStride == 0) {
                    compare(replaced(payload, path, 0, value));
                }
            }
        }
        for (const char* group : {"v", "t", "r"}) {
            compare(replaced(payload, {QString::fromLatin1(group)}, 0, QJsonArray{QJsonObject{}}));
        }
    }
    INFO(disagreements.join(u'\n').toStdString());
    CHECK(disagreements.isEmpty());
    // The mutations must exercise both answers, or the comparison says little.
    CHECK(checked > 20000 / kStride);
    CHECK(accepted > 1000 / kStride);
    CHECK(checked - accepted > 10000 / kStride);
}

#include "codec/JsonSchema.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <cmath>
#include <optional>
#include <vector>

namespace passdesk::codec {

namespace {

enum TypeBit : unsigned {
    kNull = 1U << 0,
    kBoolean = 1U << 1,
    kObject = 1U << 2,
    kArray = 1U << 3,
    kNumber = 1U << 4,
    kString = 1U << 5,
    kInteger = 1U << 6,
};

std::optional<unsigned> typeBit(const QString& name)
{
    static const QHash<QString, unsigned> bits{
        {QStringLiteral("null"), kNull},     {QStringLiteral("boolean"), kBoolean}, {QStringLiteral("object"), kObject},
        {QStringLiteral("array"), kArray},   {QStringLiteral("number"), kNumber},   {QStringLiteral("string"), kString},
        {QStringLiteral("integer"), kInteger},
    };
    const auto it = bits.constFind(name);
    return it == bits.cend() ? std::nullopt : std::optional<unsigned>(*it);
}

bool isInteger(const QJsonValue& v)
{
    if (!v.isDouble()) {
        return false;
    }
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

bool hasType(const QJsonValue& v, unsigned types)
{
    switch (v.type()) {
    case QJsonValue::Null: return (types & kNull) != 0;
    case QJsonValue::Bool: return (types & kBoolean) != 0;
    case QJsonValue::Double: return (types & kNumber) != 0 || ((types & kInteger) != 0 && isInteger(v));
    case QJsonValue::String: return (types & kString) != 0;
    case QJsonValue::Array: return (types & kArray) != 0;
    case QJsonValue::Object: return (types & kObject) != 0;
    case QJsonValue::Undefined: return false;
    }
    return false;
}

// Code points, as JSON Schema counts string length: a surrogate pair is one.
qsizetype codePoints(QStringView s)
{
    qsizetype n = s.size();
    for (const QChar c : s) {
        n -= c.isLowSurrogate() ? 1 : 0;
    }
    return n;
}

// ECMA-262 `$` (without the multiline flag) matches only at the end of the input; PCRE's also
// matches before a final newline. Unescaped `$` outside a character class becomes `\z`.
QString toPcre(const QString& ecma)
{
    QString out;
    out.reserve(ecma.size() + 4);
    bool inClass = false;
    for (qsizetype i = 0; i < ecma.size(); ++i) {
        const QChar c = ecma.at(i);
        if (c == u'\\' && i + 1 < ecma.size()) {
            out += c;
            out += ecma.at(++i);
            continue;
        }
        if (c == u'[') {
            inClass = true;
        } else if (c == u']') {
            inClass = false;
        } else if (c == u'$' && !inClass) {
            out += QLatin1String("\\z");
            continue;
        }
        out += c;
    }
    return out;
}

// Keywords that only describe; they never make a value invalid.
const QSet<QString>& annotations()
{
    static const QSet<QString> names{
        QStringLiteral("$schema"),  QStringLiteral("$id"),         QStringLiteral("$comment"),     QStringLiteral("$defs"),
        QStringLiteral("definitions"), QStringLiteral("title"),    QStringLiteral("description"),  QStringLiteral("examples"),
        QStringLiteral("default"),  QStringLiteral("format"),      QStringLiteral("deprecated"),   QStringLiteral("readOnly"),
        QStringLiteral("writeOnly"), QStringLiteral("valueset-uri"), QStringLiteral("$anchor"),
    };
    return names;
}

} // namespace

struct JsonSchema::Node
{
    bool alwaysFalse = false;
    unsigned types = 0; ///< TypeBit mask; 0 accepts every type.
    int ref = -1;
    QStringList required;
    std::vector<std::pair<QString, int>> properties;
    int items = -1;
    std::optional<qsizetype> minItems;
    std::optional<qsizetype> maxItems;
    std::optional<qsizetype> minLength;
    std::optional<qsizetype> maxLength;
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<QRegularExpression> pattern;
    QString patternText;
    std::vector<int> allOf;
    std::vector<int> anyOf;
    std::vector<int> oneOf;
};

struct JsonSchema::Compiled
{
    std::vector<Node> nodes; ///< nodes[0] is the root.
    int maxDepth = 64;
};

namespace {

using Node = JsonSchema::Node;

class Compiler
{
public:
    Compiler(const QJsonValue& root, const JsonSchema::Limits& limits) : m_root(root), m_limits(limits) {}

    Result<std::vector<Node>> run()
    {
        compile(m_root, QStringLiteral("#"), 0);
        if (!m_error.isEmpty()) {
            return Error{QStringLiteral("schema.unreadable"), m_error};
        }
        return std::move(m_nodes);
    }

private:
    int compile(const QJsonValue& schema, const QString& where, int depth)
    {
        const int index = int(m_nodes.size());
        m_nodes.emplace_back();
        if (!m_error.isEmpty()) {
            return index;
        }
        if (depth > m_limits.maxSchemaDepth) {
            m_error = QStringLiteral("%1: schema nested too deeply").arg(where);
            return index;
        }
        if (schema.isBool()) {
            m_nodes[size_t(index)].alwaysFalse = !schema.toBool();
            return index;
        }
        if (!schema.isObject()) {
            m_error = QStringLiteral("%1: a schema must be an object or a boolean").arg(where);
            return index;
        }
        Node node;
        const QJsonObject o = schema.toObject();
        for (auto it = o.constBegin(); it != o.constEnd() && m_error.isEmpty(); ++it) {
            keyword(node, it.key(), it.value(), where + u'/' + it.key(), depth);
        }
        m_nodes[size_t(index)] = std::move(node);
        return index;
    }

    void keyword(Node& node, const QString& key, const QJsonValue& value, const QString& where, int depth)
    {
        const auto sub = [&](const QJsonValue& s, const QString& at) { return compile(s, at, depth + 1); };
        const auto count = [&](std::optional<qsizetype>& into) {
            if (!isInteger(value) || value.toDouble() < 0) {
                m_error = QStringLiteral("%1: must be a non-negative integer").arg(where);
            } else {
                into = qsizetype(value.toDouble());
            }
        };
        const auto list = [&](std::vector<int>& into) {
            if (!value.isArray() || value.toArray().isEmpty()) {
                m_error = QStringLiteral("%1: must be a non-empty array of schemas").arg(where);
                return;
            }
            const QJsonArray a = value.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                into.push_back(sub(a.at(i), where + u'/' + QString::number(i)));
            }
        };
        if (key == QLatin1String("type")) {
            const QJsonArray names = value.isArray() ? value.toArray() : QJsonArray{value};
            for (const QJsonValue& name : names) {
                const auto bit = typeBit(name.toString());
                if (!bit) {
                    m_error = QStringLiteral("%1: unknown type %2").arg(where, name.toString());
                    return;
                }
                node.types |= *bit;
            }
        } else if (key == QLatin1String("required")) {
            for (const QJsonValue& name : value.toArray()) {
                if (!name.isString()) {
                    m_error = QStringLiteral("%1: must list property names").arg(where);
                    return;
                }
                node.required << name.toString();
            }
        } else if (key == QLatin1String("properties")) {
            if (!value.isObject()) {
                m_error = QStringLiteral("%1: must be an object").arg(where);
                return;
            }
            const QJsonObject props = value.toObject();
            for (auto it = props.constBegin(); it != props.constEnd() && m_error.isEmpty(); ++it) {
                node.properties.emplace_back(it.key(), sub(it.value(), where + u'/' + it.key()));
            }
        } else if (key == QLatin1String("items")) {
            if (value.isArray()) {
                m_error = QStringLiteral("%1: the array form of items (prefixItems) is not supported").arg(where);
                return;
            }
            node.items = sub(value, where);
        } else if (key == QLatin1String("minItems")) {
            count(node.minItems);
        } else if (key == QLatin1String("maxItems")) {
            count(node.maxItems);
        } else if (key == QLatin1String("minLength")) {
            count(node.minLength);
        } else if (key == QLatin1String("maxLength")) {
            count(node.maxLength);
        } else if (key == QLatin1String("minimum") || key == QLatin1String("maximum")) {
            if (!value.isDouble()) {
                m_error = QStringLiteral("%1: must be a number").arg(where);
                return;
            }
            (key == QLatin1String("minimum") ? node.minimum : node.maximum) = value.toDouble();
        } else if (key == QLatin1String("pattern")) {
            QRegularExpression re(toPcre(value.toString()));
            if (!value.isString() || !re.isValid()) {
                m_error = QStringLiteral("%1: not a usable regular expression: %2").arg(where, re.errorString());
                return;
            }
            re.optimize(); // compiled now, so concurrent matches only read it
            node.pattern = std::move(re);
            node.patternText = value.toString();
        } else if (key == QLatin1String("allOf")) {
            list(node.allOf);
        } else if (key == QLatin1String("anyOf")) {
            list(node.anyOf);
        } else if (key == QLatin1String("oneOf")) {
            list(node.oneOf);
        } else if (key == QLatin1String("$ref")) {
            node.ref = resolve(value.toString(), where, depth);
        } else if (!annotations().contains(key)) {
            m_error = QStringLiteral("%1: keyword not supported").arg(where);
        }
    }

    // A JSON pointer into this document ("#/$defs/issuer"), compiled once however often it is used.
    int resolve(const QString& ref, const QString& where, int depth)
    {
        if (const auto it = m_refs.constFind(ref); it != m_refs.cend()) {
            return *it;
        }
        if (!ref.startsWith(u'#')) {
            m_error = QStringLiteral("%1: only references within the schema are supported (%2)").arg(where, ref);
            return -1;
        }
        QJsonValue target = m_root;
        const QStringList parts = ref.mid(1).split(u'/', Qt::SkipEmptyParts);
        for (QString part : parts) {
            part.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
            if (target.isObject() && target.toObject().contains(part)) {
                target = target.toObject().value(part);
            } else if (target.isArray() && part.toInt() >= 0 && part.toInt() < target.toArray().size()) {
                target = target.toArray().at(part.toInt());
            } else {
                m_error = QStringLiteral("%1: reference %2 points nowhere").arg(where, ref);
                return -1;
            }
        }
        // Reserve the index first: a schema may refer to itself.
        const int index = int(m_nodes.size());
        m_refs.insert(ref, index);
        const int compiled = compile(target, ref, depth + 1);
        Q_ASSERT(compiled == index);
        return compiled;
    }

    const QJsonValue& m_root;
    JsonSchema::Limits m_limits;
    std::vector<Node> m_nodes;
    QHash<QString, int> m_refs;
    QString m_error;
};

// One validation. The first run only answers yes or no; a failed payload is run again with
// `explain` set, so a valid one never pays for building error messages.
class Validator
{
public:
    Validator(const JsonSchema::Compiled& schema, bool explain) : m_schema(schema), m_explain(explain) {}

    bool check(const QJsonValue& v, int node, int depth)
    {
        if (depth > m_schema.maxDepth) {
            fail(QStringLiteral("nested too deeply (or the schema refers to itself without end)"));
            return false;
        }
        const Node& n = m_schema.nodes[size_t(node)];
        if (n.alwaysFalse) {
            fail(QStringLiteral("no value is allowed here"));
            return false;
        }
        bool ok = true;
        if (n.ref >= 0 && !check(v, n.ref, depth + 1)) {
            ok = false;
            if (!m_explain) {
                return false;
            }
        }
        if (n.types != 0 && !hasType(v, n.types)) {
            fail(QStringLiteral("wrong type"));
            return false; // the other checks would only repeat it
        }
        const auto failed = [&](const QString& why) {
            fail(why);
            ok = false;
            return !m_explain; // stop at the first failure unless explaining
        };
        switch (v.type()) {
        case QJsonValue::Object:
            if (!checkObject(n, v.toObject(), depth, ok)) {
                return false;
            }
            break;
        case QJsonValue::Array: {
            const QJsonArray a = v.toArray();
            if (n.minItems && a.size() < *n.minItems && failed(QStringLiteral("fewer than %1 items").arg(*n.minItems))) {
                return false;
            }
            if (n.maxItems && a.size() > *n.maxItems && failed(QStringLiteral("more than %1 items").arg(*n.maxItems))) {
                return false;
            }
            if (n.items >= 0) {
                for (qsizetype i = 0; i < a.size(); ++i) {
                    m_path.push_back(PathPart{nullptr, i});
                    const bool itemOk = check(a.at(i), n.items, depth + 1);
                    m_path.pop_back();
                    if (!itemOk) {
                        ok = false;
                        if (!m_explain) {
                            return false;
                        }
                    }
                }
            }
            break;
        }
        case QJsonValue::String:
            if (n.minLength || n.maxLength || n.pattern) {
                const QString s = v.toString();
                if ((n.minLength || n.maxLength) && (n.minLength.value_or(0) > 0 || s.size() > n.maxLength.value_or(s.size()))) {
                    const qsizetype length = codePoints(s);
                    if (n.minLength && length < *n.minLength && failed(QStringLiteral("shorter than %1 characters").arg(*n.minLength))) {
                        return false;
                    }
                    if (n.maxLength && length > *n.maxLength && failed(QStringLiteral("longer than %1 characters").arg(*n.maxLength))) {
                        return false;
                    }
                }
                if (n.pattern && !n.pattern->match(s).hasMatch() &&
                    failed(QStringLiteral("does not match the pattern %1").arg(n.patternText))) {
                    return false;
                }
            }
            break;
        case QJsonValue::Double: {
            const double d = v.toDouble();
            if (n.minimum && !(d >= *n.minimum) && failed(QStringLiteral("less than %1").arg(*n.minimum))) {
                return false;
            }
            if (n.maximum && !(d <= *n.maximum) && failed(QStringLiteral("more than %1").arg(*n.maximum))) {
                return false;
            }
            break;
        }
        default:
            break;
        }
        for (const int sub : n.allOf) {
            if (!check(v, sub, depth + 1)) {
                ok = false;
                if (!m_explain) {
                    return false;
                }
            }
        }
        if (!n.anyOf.empty()) {
            const int matches = countMatches(v, n.anyOf, depth, 1);
            if (matches == 0 && failed(QStringLiteral("matches none of the anyOf alternatives"))) {
                return false;
            }
        }
        if (!n.oneOf.empty()) {
            const int matches = countMatches(v, n.oneOf, depth, 2);
            if (matches != 1 && failed(matches == 0 ? QStringLiteral("matches none of the oneOf alternatives")
                                                    : QStringLiteral("matches more than one of the oneOf alternatives"))) {
                return false;
            }
        }
        return ok;
    }

    QString message() const { return m_message; }

private:
    bool checkObject(const Node& n, const QJsonObject& o, int depth, bool& ok)
    {
        for (const QString& name : n.required) {
            if (!o.contains(name)) {
                fail(QStringLiteral("required property %1 is missing").arg(name));
                ok = false;
                if (!m_explain) {
                    return false;
                }
            }
        }
        for (const auto& [name, sub] : n.properties) {
            const auto it = o.constFind(name);
            if (it == o.constEnd()) {
                continue;
            }
            m_path.push_back(PathPart{&name, 0});
            const bool propertyOk = check(*it, sub, depth + 1);
            m_path.pop_back();
            if (!propertyOk) {
                ok = false;
                if (!m_explain) {
                    return false;
                }
            }
        }
        return true;
    }

    // How many of the alternatives match, stopping once `enough` do. Failures inside the
    // alternatives are not the payload's error unless none matches.
    int countMatches(const QJsonValue& v, const std::vector<int>& alternatives, int depth, int enough)
    {
        const bool explain = m_explain;
        m_explain = false;
        int matches = 0;
        for (const int sub : alternatives) {
            if (check(v, sub, depth + 1) && ++matches >= enough) {
                break;
            }
        }
        m_explain = explain;
        if (matches == 0 && m_explain) {
            // Explain with the alternative whose failure lies deepest: usually the one meant.
            for (const int sub : alternatives) {
                Validator inner(m_schema, true);
                inner.m_path = m_path;
                (void)inner.check(v, sub, depth + 1);
                if (m_message.isEmpty() || inner.m_deepest > m_deepest) {
                    m_deepest = inner.m_deepest;
                    m_message = inner.m_message;
                }
            }
        }
        return matches;
    }

    void fail(const QString& why)
    {
        if (!m_explain || (!m_message.isEmpty() && m_path.size() <= m_deepest)) {
            return;
        }
        m_deepest = m_path.size();
        QString path;
        for (const PathPart& part : m_path) {
            path += u'/' + (part.key != nullptr ? *part.key : QString::number(part.index));
        }
        m_message = (path.isEmpty() ? QStringLiteral("/") : path) + QStringLiteral(": ") + why;
    }

    // Where the validator is in the value: a property name (held by the schema) or an index.
    struct PathPart
    {
        const QString* key;
        qsizetype index;
    };

    const JsonSchema::Compiled& m_schema;
    bool m_explain;
    QVarLengthArray<PathPart, 16> m_path;
    qsizetype m_deepest = 0;
    QString m_message;
};

} // namespace

JsonSchema::JsonSchema(std::shared_ptr<const Compiled> compiled) : m_compiled(std::move(compiled)) {}

Result<JsonSchema> JsonSchema::compile(const QJsonValue& schema, const Limits& limits)
{
    auto nodes = Compiler(schema, limits).run();
    if (!nodes) {
        return nodes.error();
    }
    auto compiled = std::make_shared<Compiled>();
    compiled->nodes = std::move(nodes).value();
    compiled->maxDepth = limits.maxValidateDepth;
    return JsonSchema(std::move(compiled));
}

Status JsonSchema::validate(const QJsonValue& value) const
{
    if (Validator(*m_compiled, false).check(value, 0, 0)) {
        return {};
    }
    Validator explain(*m_compiled, true);
    (void)explain.check(value, 0, 0);
    return Status::failure(QStringLiteral("schema.invalid"), explain.message());
}

} // namespace passdesk::codec

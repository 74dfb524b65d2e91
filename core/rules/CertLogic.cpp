#include "rules/CertLogic.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <vector>

namespace passdesk::rules {

namespace {

constexpr qint64 kMsPerHour = 3'600'000;
constexpr qint64 kMsPerDay = 24 * kMsPerHour;
// The range of a JavaScript Date, whose arithmetic the specification borrows for plusTime.
constexpr double kMaxMsecs = 8.64e15;

// Days since 1970-01-01 of a proleptic Gregorian date; month may be 1..12 only.
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Civil
{
    qint64 year;
    int month;
    int day;
};

Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return Civil{yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

int daysInMonth(qint64 y, int m)
{
    return static_cast<int>(daysFromCivil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - daysFromCivil(y, m, 1));
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
}

Error invalid(const QString& message)
{
    return Error{QStringLiteral("certlogic.invalid"), message};
}

Error limit(const QString& message)
{
    return Error{QStringLiteral("certlogic.limit"), message};
}

// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (the DCC date of birth) and the date-times plusTime accepts.
Result<qint64> parseDateTime(const QString& text, bool dateOnly)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-](\d{1,2})(?::?(\d{2}))?)?)?)?)?$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch() || (dateOnly && m.capturedLength(4) > 0)) {
        return invalid(QStringLiteral("not a date%1 in an allowed format: \"%2\"")
                           .arg(dateOnly ? QString() : QStringLiteral("(-time)"), text.left(64)));
    }
    const auto number = [&m](int group) { return m.capturedView(group).toInt(); };
    const qint64 year = number(1);
    const int month = m.capturedLength(2) > 0 ? number(2) : 12;
    if (month < 1 || month > 12) {
        return invalid(QStringLiteral("month out of range: \"%1\"").arg(text));
    }
    // A partial date stands for the last day it can mean.
    const int day = m.capturedLength(3) > 0 ? number(3) : daysInMonth(year, month);
    if (day < 1 || day > daysInMonth(year, month)) {
        return invalid(QStringLiteral("day out of range: \"%1\"").arg(text));
    }
    const int hour = number(4);
    const int minute = number(5);
    const int second = number(6);
    if (hour > 23 || minute > 59 || second > 59) {
        return invalid(QStringLiteral("time out of range: \"%1\"").arg(text));
    }
    // Decimals beyond milliseconds are dropped, rounding down.
    const int millis = m.capturedLength(7) > 0 ? m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt() : 0;
    int offsetMinutes = 0;
    if (m.capturedLength(9) > 0) {
        const int offsetHours = number(9);
        const int offsetMins = m.capturedLength(10) > 0 ? number(10) : 0;
        if (offsetHours > 23 || offsetMins > 59) {
            return invalid(QStringLiteral("time zone offset out of range: \"%1\"").arg(text));
        }
        offsetMinutes = (offsetHours * 60 + offsetMins) * (m.capturedView(8).startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return daysFromCivil(year, month, day) * kMsPerDay + hour * kMsPerHour + minute * 60'000 + second * 1000 + millis -
           qint64(offsetMinutes) * 60'000;
}

QString formatDateTime(qint64 msecs)
{
    const qint64 days = floorDiv(msecs, kMsPerDay);
    const qint64 ms = msecs - days * kMsPerDay;
    const Civil c = civilFromDays(days);
    const QString year = c.year >= 0 && c.year <= 9999
                             ? QStringLiteral("%1").arg(c.year, 4, 10, QLatin1Char('0'))
                             : (c.year < 0 ? QStringLiteral("-") : QStringLiteral("+")) +
                                   QStringLiteral("%1").arg(std::abs(c.year), 6, 10, QLatin1Char('0'));
    return QStringLiteral("%1-%2-%3T%4:%5:%6.%7Z")
        .arg(year)
        .arg(c.month, 2, 10, QLatin1Char('0'))
        .arg(c.day, 2, 10, QLatin1Char('0'))
        .arg(ms / kMsPerHour, 2, 10, QLatin1Char('0'))
        .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

bool isInteger(const QJsonValue& v)
{
    if (!v.isDouble()) {
        return false;
    }
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d);
}

QString numberText(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

QString compact(const QJsonValue& v)
{
    if (v.isArray()) {
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
    if (v.isObject()) {
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    if (v.isString()) {
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    }
    if (v.isDouble()) {
        return numberText(v.toDouble());
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return QStringLiteral("null");
}

const QStringList& timeUnits()
{
    static const QStringList units = {QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("day"),
                                      QStringLiteral("hour")};
    return units;
}

const QStringList& infixOperators()
{
    static const QStringList ops = {
        QStringLiteral("==="),   QStringLiteral("and"),    QStringLiteral(">"),         QStringLiteral("<"),
        QStringLiteral(">="),    QStringLiteral("<="),     QStringLiteral("in"),        QStringLiteral("+"),
        QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("not-after"), QStringLiteral("not-before")};
    return ops;
}

bool isComparison(const QString& op)
{
    return op == QLatin1String("<") || op == QLatin1String(">") || op == QLatin1String("<=") ||
           op == QLatin1String(">=") || op == QLatin1String("after") || op == QLatin1String("before") ||
           op == QLatin1String("not-after") || op == QLatin1String("not-before");
}

// A value met while evaluating: plain JSON (from the expression or the data), or one of the things JSON
// cannot hold: a date-time, an array built from evaluated items (which may be date-times), or the
// context a reduce lambda sees.
struct Value;
using Items = std::vector<Value>;

struct Value
{
    enum class Kind { Json, DateTime, List, ReduceContext };
    Kind kind = Kind::Json;
    QJsonValue json;                     // Json
    qint64 msecs = 0;                    // DateTime: milliseconds since 1970-01-01T00:00:00Z
    std::shared_ptr<const Items> items;  // List; ReduceContext: {accumulator, current}
    int depth = 1;
    qint64 size = 1;

    static Value of(const QJsonValue& v)
    {
        Value out;
        out.json = v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
        return out;
    }
    static Value dateTime(qint64 ms)
    {
        Value out;
        out.kind = Kind::DateTime;
        out.msecs = ms;
        return out;
    }
    static Value composite(Kind kind, Items parts)
    {
        Value out;
        out.kind = kind;
        for (const Value& p : parts) {
            out.depth = std::max(out.depth, p.depth + 1);
            out.size += p.size;
        }
        out.items = std::make_shared<const Items>(std::move(parts));
        return out;
    }

    bool isNull() const { return kind == Kind::Json && json.isNull(); }
    bool isArray() const { return kind == Kind::List || (kind == Kind::Json && json.isArray()); }
    qsizetype arraySize() const { return kind == Kind::List ? qsizetype(items->size()) : json.toArray().size(); }
    Value arrayAt(qsizetype i) const { return kind == Kind::List ? (*items)[size_t(i)] : of(json.toArray().at(i)); }
};

QJsonValue toJson(const Value& v)
{
    switch (v.kind) {
    case Value::Kind::Json: return v.json;
    case Value::Kind::DateTime: return formatDateTime(v.msecs);
    case Value::Kind::List: {
        QJsonArray a;
        for (const Value& item : *v.items) {
            a.append(toJson(item));
        }
        return a;
    }
    case Value::Kind::ReduceContext:
        return QJsonObject{{QStringLiteral("accumulator"), toJson((*v.items)[0])},
                           {QStringLiteral("current"), toJson((*v.items)[1])}};
    }
    return {};
}

QString describe(const Value& v)
{
    return v.kind == Value::Kind::DateTime ? QStringLiteral("date-time ") + formatDateTime(v.msecs)
                                           : compact(toJson(v)).left(80);
}

enum class Truth { Truthy, Falsy, Neither };

Truth truthOf(const Value& v)
{
    const auto by = [](bool truthy) { return truthy ? Truth::Truthy : Truth::Falsy; };
    switch (v.kind) {
    case Value::Kind::DateTime: return Truth::Neither;
    case Value::Kind::List: return by(!v.items->empty());
    case Value::Kind::ReduceContext: return Truth::Truthy;
    case Value::Kind::Json: break;
    }
    const QJsonValue& j = v.json;
    switch (j.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return Truth::Falsy;
    case QJsonValue::Bool: return by(j.toBool());
    case QJsonValue::Double: return isInteger(j) ? by(j.toDouble() != 0) : Truth::Neither;
    case QJsonValue::String: return by(!j.toString().isEmpty());
    case QJsonValue::Array: return by(!j.toArray().isEmpty());
    case QJsonValue::Object: return by(!j.toObject().isEmpty());
    }
    return Truth::Neither;
}

Value access(const Value& data, const QString& path)
{
    if (path.isEmpty()) {
        return data;
    }
    Value current = data;
    for (const QString& fragment : path.split(QLatin1Char('.'))) {
        // The next value is built apart: it may live inside `current`, which the assignment releases.
        Value next;
        if (current.kind == Value::Kind::Json && current.json.isObject()) {
            next = Value::of(current.json.toObject().value(fragment));
        } else if (current.isArray()) {
            bool ok = false;
            const qsizetype index = fragment.toLongLong(&ok);
            next = ok && index >= 0 && index < current.arraySize() ? current.arrayAt(index) : Value::of({});
        } else if (current.kind == Value::Kind::ReduceContext && fragment == QLatin1String("accumulator")) {
            next = (*current.items)[0];
        } else if (current.kind == Value::Kind::ReduceContext && fragment == QLatin1String("current")) {
            next = (*current.items)[1];
        } else {
            return Value::of({});
        }
        if (next.isNull()) {
            return next;
        }
        current = std::move(next);
    }
    return current;
}

// Adds `amount` units to a date-time with the arithmetic of JavaScript's Date.setUTC<unit>: a day
// that does not exist in the target month rolls over (2020-02-29 plus one year is 2021-03-01).
Result<qint64> plusTime(qint64 msecs, double amount, const QString& unit)
{
    if (std::fabs(amount) > 1e9) {
        return invalid(QStringLiteral("plusTime amount out of range: %1").arg(numberText(amount)));
    }
    const auto n = static_cast<qint64>(amount);
    double result = 0;
    if (unit == QLatin1String("hour") || unit == QLatin1String("day")) {
        result = double(msecs) + double(n) * double(unit == QLatin1String("hour") ? kMsPerHour : kMsPerDay);
    } else {
        const qint64 days = floorDiv(msecs, kMsPerDay);
        const qint64 timeOfDay = msecs - days * kMsPerDay;
        const Civil c = civilFromDays(days);
        const qint64 months = c.year * 12 + (c.month - 1) + (unit == QLatin1String("month") ? n : n * 12);
        const qint64 year = floorDiv(months, 12);
        const int month = static_cast<int>(months - year * 12) + 1;
        result = double(daysFromCivil(year, month, 1) + c.day - 1) * double(kMsPerDay) + double(timeOfDay);
    }
    if (std::fabs(result) > kMaxMsecs) {
        return invalid(QStringLiteral("plusTime result out of range"));
    }
    return static_cast<qint64>(result);
}

Value extractFromUvci(const QString& uvci, double index)
{
    static const QRegularExpression separators(QStringLiteral("[/#:]"));
    const QStringList fragments = uvci.split(separators);
    const int offset = fragments.size() >= 2 && fragments[0] == QLatin1String("URN") &&
                               fragments[1] == QLatin1String("UVCI")
                           ? 2
                           : 0;
    if (index < 0 || index + offset >= double(fragments.size())) {
        return Value::of({});
    }
    return Value::of(fragments[qsizetype(index) + offset]);
}

using Eval = Result<Value>;

class Evaluator
{
public:
    explicit Evaluator(const CertLogic::Limits& limits) : m_limits(limits) {}

    Eval eval(const QJsonValue& expr, const Value& data, int depth)
    {
        if (depth > m_limits.maxDepth) {
            return limit(QStringLiteral("expression nested deeper than %1 levels").arg(m_limits.maxDepth));
        }
        ++m_steps;
        if (overBudget()) {
            return stepLimit();
        }
        if (expr.isString() || expr.isBool() || isInteger(expr)) {
            return Value::of(expr);
        }
        if (expr.isArray()) {
            const QJsonArray array = expr.toArray();
            Items items;
            items.reserve(size_t(array.size()));
            for (const QJsonValue& item : array) {
                Eval v = eval(item, data, depth + 1);
                if (!v) {
                    return v;
                }
                items.push_back(std::move(v).value());
            }
            return built(Value::composite(Value::Kind::List, std::move(items)));
        }
        if (!expr.isObject()) {
            return invalid(expr.isDouble() ? numberText(expr.toDouble()) + QStringLiteral(" is a non-integer number")
                                           : QStringLiteral("invalid CertLogic expression: ") + compact(expr));
        }
        const QJsonObject object = expr.toObject();
        if (object.size() != 1) {
            return invalid(QStringLiteral("expression object must have exactly one key, but it has %1").arg(object.size()));
        }
        const QString op = object.constBegin().key();
        const QJsonValue operands = object.constBegin().value();
        if (op == QLatin1String("var")) {
            if (!operands.isString()) {
                return invalid(QStringLiteral("not of the form { \"var\": \"<path>\" }"));
            }
            m_steps += operands.toString().size() / 16;
            return access(data, operands.toString());
        }
        if (!operands.isArray() || operands.toArray().isEmpty()) {
            return invalid(QStringLiteral("operation not of the form { \"<operator>\": [ <values...> ] }"));
        }
        const QJsonArray args = operands.toArray();
        if (op == QLatin1String("if")) {
            return evalIf(args, data, depth);
        }
        if (infixOperators().contains(op)) {
            return evalInfix(op, args, data, depth);
        }
        if (op == QLatin1String("!")) {
            return evalNot(args, data, depth);
        }
        if (op == QLatin1String("plusTime")) {
            return evalPlusTime(args, data, depth);
        }
        if (op == QLatin1String("dccDateOfBirth")) {
            return evalDateOfBirth(args, data, depth);
        }
        if (op == QLatin1String("reduce")) {
            return evalReduce(args, data, depth);
        }
        if (op == QLatin1String("extractFromUVCI")) {
            return evalExtractFromUvci(args, data, depth);
        }
        return invalid(QStringLiteral("unrecognised operator: \"%1\"").arg(op));
    }

private:
    // Work proportional to the size of the data (long paths, long strings, large arrays compared) is
    // charged to the step budget, so repeating it in a reduce is bounded too.
    bool overBudget() const { return m_steps > m_limits.maxSteps; }
    Eval stepLimit() const { return limit(QStringLiteral("evaluation took more than %1 steps").arg(m_limits.maxSteps)); }

    // `===` without type coercion; arrays and objects compare by content, a step per node compared.
    bool same(const Value& a, const Value& b)
    {
        if (a.kind == Value::Kind::DateTime || b.kind == Value::Kind::DateTime) {
            ++m_steps;
            return a.kind == b.kind && a.msecs == b.msecs;
        }
        if (a.kind == Value::Kind::Json && b.kind == Value::Kind::Json) {
            return sameJson(a.json, b.json);
        }
        return sameJson(toJson(a), toJson(b));
    }

    bool sameJson(const QJsonValue& a, const QJsonValue& b)
    {
        ++m_steps;
        if (a.isArray() && b.isArray()) {
            const QJsonArray l = a.toArray();
            const QJsonArray r = b.toArray();
            if (l.size() != r.size()) {
                return false;
            }
            for (qsizetype i = 0; i < l.size(); ++i) {
                if (!sameJson(l.at(i), r.at(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            const QJsonObject l = a.toObject();
            const QJsonObject r = b.toObject();
            if (l.size() != r.size()) {
                return false;
            }
            for (auto it = l.constBegin(); it != l.constEnd(); ++it) {
                if (!r.contains(it.key()) || !sameJson(it.value(), r.value(it.key()))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isDouble() && b.isDouble()) {
            return a.toDouble() == b.toDouble();
        }
        return a == b;
    }

    Eval built(Value v) const
    {
        if (v.depth > m_limits.maxDepth) {
            return limit(QStringLiteral("value nested deeper than %1 levels").arg(m_limits.maxDepth));
        }
        if (v.size > m_limits.maxValueSize) {
            return limit(QStringLiteral("value larger than %1 items").arg(m_limits.maxValueSize));
        }
        return v;
    }

    Eval evalIf(const QJsonArray& args, const Value& data, int depth)
    {
        if (args.size() != 3) {
            return invalid(QStringLiteral("an \"if\"-operation must have exactly 3 operands, but it has %1").arg(args.size()));
        }
        Eval guard = eval(args[0], data, depth + 1);
        if (!guard) {
            return guard;
        }
        switch (truthOf(*guard)) {
        case Truth::Truthy: return eval(args[1], data, depth + 1);
        case Truth::Falsy: return eval(args[2], data, depth + 1);
        case Truth::Neither: break;
        }
        return invalid(QStringLiteral("if-guard evaluates to something neither truthy, nor falsy: ") + describe(*guard));
    }

    Eval evalNot(const QJsonArray& args, const Value& data, int depth)
    {
        if (args.size() != 1) {
            return invalid(QStringLiteral("a !-operation must have exactly 1 operand, but it has %1").arg(args.size()));
        }
        Eval operand = eval(args[0], data, depth + 1);
        if (!operand) {
            return operand;
        }
        switch (truthOf(*operand)) {
        case Truth::Truthy: return Value::of(false);
        case Truth::Falsy: return Value::of(true);
        case Truth::Neither: break;
        }
        return invalid(QStringLiteral("operand of ! evaluates to something neither truthy, nor falsy: ") + describe(*operand));
    }

    Eval evalAnd(const QJsonArray& args, const Value& data, int depth)
    {
        Value last;
        for (const QJsonValue& arg : args) {
            Eval v = eval(arg, data, depth + 1);
            if (!v) {
                return v;
            }
            switch (truthOf(*v)) {
            case Truth::Falsy: return v;
            case Truth::Truthy: last = std::move(v).value(); continue;
            case Truth::Neither: break;
            }
            return invalid(QStringLiteral("all operands of an \"and\" operation must be either truthy or falsy, not ") +
                           describe(*v));
        }
        return last;
    }

    Eval evalInfix(const QString& op, const QJsonArray& args, const Value& data, int depth)
    {
        const qsizetype n = args.size();
        if (op == QLatin1String("and")) {
            if (n < 2) {
                return invalid(QStringLiteral("an \"and\" operation must have at least 2 operands, but it has %1").arg(n));
            }
            return evalAnd(args, data, depth);
        }
        if (isComparison(op) ? (n < 2 || n > 3) : n != 2) {
            return invalid(QStringLiteral("an operation with operator \"%1\" must have %2 operands, but it has %3")
                               .arg(op, isComparison(op) ? QStringLiteral("2 or 3") : QStringLiteral("2"))
                               .arg(n));
        }
        Items values;
        for (const QJsonValue& arg : args) {
            Eval v = eval(arg, data, depth + 1);
            if (!v) {
                return v;
            }
            values.push_back(std::move(v).value());
        }
        if (op == QLatin1String("===")) {
            const bool equal = same(values[0], values[1]);
            return overBudget() ? stepLimit() : Value::of(equal);
        }
        if (op == QLatin1String("in")) {
            const Value& haystack = values[1];
            if (!haystack.isArray()) {
                return invalid(QStringLiteral("right-hand side of an \"in\" operation must be an array, not ") +
                               describe(haystack));
            }
            bool found = false;
            for (qsizetype i = 0; !found && !overBudget() && i < haystack.arraySize(); ++i) {
                found = same(values[0], haystack.arrayAt(i));
            }
            return overBudget() ? stepLimit() : Value::of(found);
        }
        if (op == QLatin1String("+")) {
            if (values[0].kind != Value::Kind::Json || values[1].kind != Value::Kind::Json || !isInteger(values[0].json) ||
                !isInteger(values[1].json)) {
                return invalid(QStringLiteral("operands of a \"+\" operation must both be integers"));
            }
            return Value::of(values[0].json.toDouble() + values[1].json.toDouble());
        }
        return compare(op, values);
    }

    static Eval compare(const QString& op, const Items& values)
    {
        const bool dates = op.at(0).isLetter();
        std::array<double, 3> xs{}; // the caller checked for 2 or 3 operands
        size_t count = 0;
        for (const Value& v : values) {
            if (dates ? v.kind != Value::Kind::DateTime : (v.kind != Value::Kind::Json || !isInteger(v.json))) {
                return invalid(QStringLiteral("all operands of a \"%1\" operation must be %2, but one is %3")
                                   .arg(op, dates ? QStringLiteral("date-times") : QStringLiteral("integers"),
                                        describe(v)));
            }
            xs.at(count++) = dates ? double(v.msecs) : v.json.toDouble();
        }
        const auto holds = [&op](double l, double r) {
            if (op == QLatin1String("<") || op == QLatin1String("before")) {
                return l < r;
            }
            if (op == QLatin1String(">") || op == QLatin1String("after")) {
                return l > r;
            }
            if (op == QLatin1String("<=") || op == QLatin1String("not-after")) {
                return l <= r;
            }
            return l >= r; // ">=", "not-before"
        };
        return Value::of(holds(xs[0], xs[1]) && (count == 2 || holds(xs[1], xs[2])));
    }

    Eval evalPlusTime(const QJsonArray& args, const Value& data, int depth)
    {
        if (args.size() != 3) {
            return invalid(QStringLiteral("a \"plusTime\"-operation must have exactly 3 operands, but it has %1").arg(args.size()));
        }
        if (!isInteger(args[1])) {
            return invalid(QStringLiteral("\"amount\" argument (#2) of \"plusTime\" must be an integer, but it is: ") +
                           compact(args[1]));
        }
        if (!args[2].isString() || !timeUnits().contains(args[2].toString())) {
            return invalid(QStringLiteral("\"unit\" argument (#3) of \"plusTime\" must be one of %1, but it is: %2")
                               .arg(timeUnits().join(QStringLiteral(", ")), compact(args[2])));
        }
        Eval date = eval(args[0], data, depth + 1);
        if (!date) {
            return date;
        }
        if (date->kind != Value::Kind::Json || !date->json.isString()) {
            return invalid(QStringLiteral("date argument of \"plusTime\" must be a string, but it is ") + describe(*date));
        }
        const Result<qint64> at = parseDateTime(date->json.toString(), false);
        if (!at) {
            return at.error();
        }
        const Result<qint64> moved = plusTime(*at, args[1].toDouble(), args[2].toString());
        if (!moved) {
            return moved.error();
        }
        return Value::dateTime(*moved);
    }

    Eval evalDateOfBirth(const QJsonArray& args, const Value& data, int depth)
    {
        if (args.size() != 1) {
            return invalid(QStringLiteral("a \"dccDateOfBirth\"-operation must have exactly 1 operand, but it has %1")
                               .arg(args.size()));
        }
        Eval dob = eval(args[0], data, depth + 1);
        if (!dob) {
            return dob;
        }
        if (dob->kind != Value::Kind::Json || !dob->json.isString()) {
            return invalid(QStringLiteral("operand of \"dccDateOfBirth\" must be a string, but it is ") + describe(*dob));
        }
        const Result<qint64> at = parseDateTime(dob->json.toString(), true);
        if (!at) {
            return at.error();
        }
        return Value::dateTime(*at);
    }

    Eval evalReduce(const QJsonArray& args, const Value& data, int depth)
    {
        if (args.size() != 3) {
            return invalid(QStringLiteral("a \"reduce\"-operation must have exactly 3 operands, but it has %1").arg(args.size()));
        }
        Eval operand = eval(args[0], data, depth + 1);
        if (!operand) {
            return operand;
        }
        Eval accumulator = eval(args[2], data, depth + 1);
        if (!accumulator || operand->isNull()) {
            return accumulator;
        }
        if (!operand->isArray()) {
            return invalid(QStringLiteral("operand of \"reduce\" must be an array or null, but it is ") + describe(*operand));
        }
        for (qsizetype i = 0; i < operand->arraySize(); ++i) {
            Eval context = built(Value::composite(Value::Kind::ReduceContext, {*accumulator, operand->arrayAt(i)}));
            if (!context) {
                return context;
            }
            accumulator = eval(args[1], *context, depth + 1);
            if (!accumulator) {
                return accumulator;
            }
        }
        return accumulator;
    }

    Eval evalExtractFromUvci(const QJsonArray& args, const Value& data, int depth)
    {
        if (args.size() != 2) {
            return invalid(QStringLiteral("an \"extractFromUVCI\"-operation must have exactly 2 operands, but it has %1")
                               .arg(args.size()));
        }
        if (!isInteger(args[1])) {
            return invalid(QStringLiteral("\"index\" argument (#2) of \"extractFromUVCI\" must be an integer, but it is: ") +
                           compact(args[1]));
        }
        Eval uvci = eval(args[0], data, depth + 1);
        if (!uvci || uvci->isNull()) {
            return uvci;
        }
        if (uvci->kind != Value::Kind::Json || !uvci->json.isString()) {
            return invalid(QStringLiteral("\"UVCI\" argument (#1) of \"extractFromUVCI\" must be either a string or null"));
        }
        m_steps += uvci->json.toString().size() / 16;
        return extractFromUvci(uvci->json.toString(), args[1].toDouble());
    }

    const CertLogic::Limits& m_limits;
    qint64 m_steps = 0;
};

class Validator
{
public:
    explicit Validator(int maxDepth) : m_maxDepth(maxDepth) {}

    void validate(const QJsonValue& expr, int depth)
    {
        const auto issue = [this, &expr](const QString& message) { m_issues.append(CertLogicIssue{expr, message}); };
        if (depth > m_maxDepth) {
            issue(QStringLiteral("expression nested deeper than %1 levels").arg(m_maxDepth));
            return;
        }
        if (expr.isString() || expr.isBool() || isInteger(expr)) {
            return;
        }
        if (expr.isDouble()) {
            issue(numberText(expr.toDouble()) + QStringLiteral(" is a non-integer number"));
            return;
        }
        if (expr.isArray()) {
            for (const QJsonValue& item : expr.toArray()) {
                validate(item, depth + 1);
            }
            return;
        }
        if (!expr.isObject()) {
            issue(QStringLiteral("invalid CertLogic expression"));
            return;
        }
        const QJsonObject object = expr.toObject();
        if (object.size() != 1) {
            issue(QStringLiteral("expression object must have exactly one key, but it has %1").arg(object.size()));
            return;
        }
        const QString op = object.constBegin().key();
        const QJsonValue operands = object.constBegin().value();
        if (op == QLatin1String("var")) {
            static const QRegularExpression path(QStringLiteral(R"(^([^.]+)(\.[^.]+)*$)"));
            if (!operands.isString()) {
                issue(QStringLiteral("not of the form { \"var\": \"<path>\" }"));
            } else if (!operands.toString().isEmpty() && !path.match(operands.toString()).hasMatch()) {
                issue(QStringLiteral("data access path doesn't have a valid format: ") + operands.toString());
            }
            return;
        }
        if (!operands.isArray()) {
            issue(QStringLiteral("operation not of the form { \"<operator>\": [ <values...> ] }"));
            return;
        }
        const QJsonArray args = operands.toArray();
        const qsizetype n = args.size();
        const auto exactly = [&](qsizetype count, const QString& what) {
            if (n != count) {
                issue(QStringLiteral("%1 must have exactly %2 operand(s), but it has %3").arg(what).arg(count).arg(n));
            }
        };
        const auto operandsUpTo = [&](qsizetype count) {
            for (qsizetype i = 0; i < std::min(n, count); ++i) {
                validate(args[i], depth + 1);
            }
        };
        if (op == QLatin1String("if")) {
            exactly(3, QStringLiteral("an \"if\"-operation"));
            operandsUpTo(3);
        } else if (op == QLatin1String("and")) {
            if (n < 2) {
                issue(QStringLiteral("an \"and\" operation must have at least 2 operands, but it has %1").arg(n));
            }
            operandsUpTo(n);
        } else if (isComparison(op)) {
            if (n < 2 || n > 3) {
                issue(QStringLiteral("an operation with operator \"%1\" must have 2 or 3 operands, but it has %2").arg(op).arg(n));
            }
            operandsUpTo(3);
        } else if (infixOperators().contains(op)) {
            exactly(2, QStringLiteral("an operation with operator \"%1\"").arg(op));
            operandsUpTo(2);
        } else if (op == QLatin1String("!")) {
            exactly(1, QStringLiteral("a !-operation"));
            operandsUpTo(1);
        } else if (op == QLatin1String("plusTime")) {
            exactly(3, QStringLiteral("a \"plusTime\"-operation"));
            operandsUpTo(1);
            if (n > 1 && !isInteger(args[1])) {
                issue(QStringLiteral("\"amount\" argument (#2) of \"plusTime\" must be an integer, but it is: ") + compact(args[1]));
            }
            if (n > 2 && (!args[2].isString() || !timeUnits().contains(args[2].toString()))) {
                issue(QStringLiteral("\"unit\" argument (#3) of \"plusTime\" must be one of %1, but it is: %2")
                          .arg(timeUnits().join(QStringLiteral(", ")), compact(args[2])));
            }
        } else if (op == QLatin1String("dccDateOfBirth")) {
            exactly(1, QStringLiteral("a \"dccDateOfBirth\"-operation"));
            operandsUpTo(1);
        } else if (op == QLatin1String("reduce")) {
            exactly(3, QStringLiteral("a \"reduce\"-operation"));
            operandsUpTo(3);
        } else if (op == QLatin1String("extractFromUVCI")) {
            exactly(2, QStringLiteral("an \"extractFromUVCI\"-operation"));
            operandsUpTo(1);
            if (n > 1 && !isInteger(args[1])) {
                issue(QStringLiteral("\"index\" argument (#2) of \"extractFromUVCI\" must be an integer, but it is: ") +
                      compact(args[1]));
            }
        } else {
            issue(QStringLiteral("unrecognised operator: \"%1\"").arg(op));
        }
    }

    QList<CertLogicIssue> issues() const { return m_issues; }

private:
    int m_maxDepth;
    QList<CertLogicIssue> m_issues;
};

} // namespace

CertLogic::CertLogic(Limits limits) : m_limits(limits) {}

Result<QJsonValue> CertLogic::evaluate(const QJsonValue& expression, const QJsonValue& data) const
{
    Evaluator evaluator(m_limits);
    Eval v = evaluator.eval(expression, Value::of(data), 1);
    if (!v) {
        return v.error();
    }
    return toJson(*v);
}

QList<CertLogicIssue> CertLogic::validate(const QJsonValue& expression) const
{
    Validator validator(m_limits.maxDepth);
    validator.validate(expression, 1);
    return validator.issues();
}

} // namespace passdesk::rules

#include "codec/CborCursor.h"

#include <QtEndian>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace passdesk::codec {

namespace {

void appendEscaped(QByteArrayView utf8, std::string& json)
{
    static const char hex[] = "0123456789abcdef";
    qsizetype plain = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto u = static_cast<unsigned char>(utf8[i]);
        if (u >= 0x20 && u != '"' && u != '\\') {
            continue;
        }
        json.append(utf8.data() + plain, size_t(i - plain));
        plain = i + 1;
        if (u < 0x20) {
            json += "\\u00";
            json += hex[u >> 4];
            json += hex[u & 0xf];
        } else {
            json += '\\';
            json += char(u);
        }
    }
    json.append(utf8.data() + plain, size_t(utf8.size() - plain));
}

// IEEE 754 half precision, as RFC 8949 appendix D decodes it.
double halfToDouble(quint16 half)
{
    const int exponent = (half >> 10) & 0x1f;
    const int mantissa = half & 0x3ff;
    double value = 0;
    if (exponent == 0) {
        value = std::ldexp(mantissa, -24);
    } else if (exponent != 31) {
        value = std::ldexp(mantissa + 1024, exponent - 25);
    } else {
        value = mantissa == 0 ? std::numeric_limits<double>::infinity() : std::numeric_limits<double>::quiet_NaN();
    }
    return (half & 0x8000) != 0 ? -value : value;
}

void appendNumber(double d, std::string& json)
{
    if (!std::isfinite(d)) {
        json += "null";
        return;
    }
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, d).ptr; // shortest text that reads back the same
    json.append(buffer, end);
}

template <typename Integer>
void appendInteger(Integer n, std::string& json)
{
    char buffer[24];
    json.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, n).ptr);
}

} // namespace

CborCursor::CborCursor(QByteArrayView input, const CborLimits& limits) : m_input(input), m_limits(limits)
{
    if (input.isEmpty()) {
        fail("cbor.invalid", "no CBOR data");
    } else if (input.size() > limits.maxBytes) {
        fail("cbor.too_large", "CBOR input larger than allowed");
    }
}

bool CborCursor::fail(const char* code, const char* why)
{
    if (m_error.isEmpty()) {
        m_errorCode = QString::fromLatin1(code);
        m_error = QString::fromLatin1(why);
    }
    return false;
}

bool CborCursor::read(Head& head)
{
    if (failed()) {
        return false;
    }
    if (m_pos >= m_input.size()) {
        return fail("cbor.invalid", "CBOR data ends early");
    }
    const auto initial = static_cast<unsigned char>(m_input[m_pos++]);
    const unsigned major = initial >> 5;
    const unsigned info = initial & 0x1fU;
    head = Head{};
    static constexpr Kind kinds[] = {Kind::Unsigned, Kind::Negative, Kind::Bytes, Kind::Text,
                                     Kind::Array,    Kind::Map,      Kind::Tag,   Kind::Simple};
    head.kind = kinds[major];

    if (info == 31) {
        if (major == 7) {
            head.kind = Kind::Break;
            return true;
        }
        if (major < 2 || major == 6) {
            return fail("cbor.invalid", "indefinite length where none is allowed");
        }
        head.indefinite = true;
    } else if (info >= 28) {
        return fail("cbor.invalid", "reserved additional information");
    } else if (info < 24) {
        head.argument = info;
    } else {
        const qsizetype size = qsizetype(1) << (info - 24); // 1, 2, 4 or 8 bytes
        if (m_input.size() - m_pos < size) {
            return fail("cbor.invalid", "CBOR data ends early");
        }
        const auto* p = reinterpret_cast<const uchar*>(m_input.data() + m_pos); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast)
        switch (size) {
        case 1: head.argument = p[0]; break;
        case 2: head.argument = qFromBigEndian<quint16>(p); break;
        case 4: head.argument = qFromBigEndian<quint32>(p); break;
        default: head.argument = qFromBigEndian<quint64>(p); break;
        }
        m_pos += size;
        if (major == 7) {
            if (info == 24) {
                if (head.argument < 32) {
                    return fail("cbor.invalid", "simple value in the wrong form");
                }
            } else {
                head.kind = Kind::Float;
                if (info == 25) {
                    head.number = halfToDouble(quint16(head.argument));
                } else if (info == 26) {
                    const quint32 bits = quint32(head.argument);
                    float f = 0;
                    std::memcpy(&f, &bits, sizeof bits);
                    head.number = double(f);
                } else {
                    std::memcpy(&head.number, &head.argument, sizeof head.number);
                }
            }
        }
    }
    if (head.kind != Kind::Break && ++m_items > m_limits.maxItems) {
        return fail("cbor.too_large", "too many CBOR items");
    }
    if ((head.kind == Kind::Bytes || head.kind == Kind::Text) && !head.indefinite) {
        if (head.argument > quint64(m_input.size() - m_pos)) {
            return fail("cbor.invalid", "string longer than the input");
        }
        head.string = m_input.sliced(m_pos, qsizetype(head.argument));
        m_pos += qsizetype(head.argument);
        if (head.kind == Kind::Text && !head.string.isValidUtf8()) {
            return fail("cbor.invalid", "text string is not UTF-8");
        }
    }
    if ((head.kind == Kind::Array || head.kind == Kind::Map) && !head.indefinite) {
        const quint64 count = head.argument * (head.kind == Kind::Map ? 2 : 1);
        if (head.argument > (quint64(1) << 62) || count > quint64(m_limits.maxItems - m_items)) {
            return fail("cbor.too_large", "too many CBOR items");
        }
        // Every item takes at least a byte: a count beyond the input is a lie.
        if (count > quint64(m_input.size() - m_pos)) {
            return fail("cbor.invalid", "container longer than the input");
        }
    }
    return true;
}

bool CborCursor::enter()
{
    if (++m_depth > m_limits.maxDepth) {
        return fail("cbor.too_deep", "CBOR nesting too deep");
    }
    return true;
}

bool CborCursor::hasNext(const Head& container, quint64& remaining)
{
    if (failed()) {
        return false;
    }
    if (!container.indefinite) {
        if (remaining == 0) {
            return false;
        }
        --remaining;
        return true;
    }
    if (m_pos >= m_input.size()) {
        return fail("cbor.invalid", "CBOR data ends early");
    }
    if (static_cast<unsigned char>(m_input[m_pos]) == 0xff) {
        ++m_pos;
        return false;
    }
    return true;
}

bool CborCursor::readTagged(int depth, Head& inner)
{
    if (depth + 1 > m_limits.maxDepth) {
        return fail("cbor.too_deep", "CBOR tag chain too deep");
    }
    if (!read(inner)) {
        return false;
    }
    if (inner.kind == Kind::Break) {
        return fail("cbor.invalid", "break outside an indefinite container");
    }
    return true;
}

template <typename Use>
bool CborCursor::forEachChunk(const Head& head, Use use)
{
    if (!head.indefinite) {
        use(head.string);
        return true;
    }
    Head chunk;
    for (;;) {
        if (!read(chunk)) {
            return false;
        }
        if (chunk.kind == Kind::Break) {
            return true;
        }
        if (chunk.kind != head.kind || chunk.indefinite) {
            return fail("cbor.invalid", "a string chunk of the wrong kind");
        }
        use(chunk.string);
    }
}

Status CborCursor::check(QByteArrayView bytes, const CborLimits& limits)
{
    CborCursor cursor(bytes, limits);
    Head top;
    if (!cursor.read(top) || !cursor.skip(top)) {
        return cursor.error();
    }
    if (!cursor.atEnd()) {
        return Status::failure(QStringLiteral("cbor.invalid"), QStringLiteral("bytes follow the CBOR item"));
    }
    return {};
}

std::optional<qint64> CborCursor::integer(const Head& head)
{
    constexpr auto kMax = quint64(std::numeric_limits<qint64>::max());
    if (head.kind == Kind::Unsigned && head.argument <= kMax) {
        return qint64(head.argument);
    }
    if (head.kind == Kind::Negative && head.argument <= kMax) {
        return qint64(-1) - qint64(head.argument);
    }
    return std::nullopt;
}

std::optional<QByteArray> CborCursor::readString(const Head& head)
{
    if (head.kind != Kind::Bytes && head.kind != Kind::Text) {
        return std::nullopt;
    }
    QByteArray out;
    if (!forEachChunk(head, [&out](QByteArrayView part) { out += part; })) {
        return std::nullopt;
    }
    return out;
}

bool CborCursor::skip(const Head& head, int depth)
{
    switch (head.kind) {
    case Kind::Bytes:
    case Kind::Text:
        return forEachChunk(head, [](QByteArrayView) {});
    case Kind::Array:
    case Kind::Map:
        return forEachItem(head, [&](const Head& item, quint64) { return skip(item, depth + 1); });
    case Kind::Tag: {
        Head inner;
        return readTagged(depth, inner) && skip(inner, depth + 1);
    }
    case Kind::Break:
        return fail("cbor.invalid", "break outside an indefinite container");
    default:
        return true;
    }
}

bool CborCursor::appendJson(const Head& head, std::string& json, int depth)
{
    switch (head.kind) {
    case Kind::Unsigned:
        appendInteger(head.argument, json);
        return true;
    case Kind::Negative:
        // -1 - n, which may lie below what a qint64 holds.
        if (head.argument < (quint64(1) << 63)) {
            appendInteger(qint64(-1) - qint64(head.argument), json);
        } else {
            appendNumber(-1.0 - double(head.argument), json);
        }
        return true;
    case Kind::Float:
        appendNumber(head.number, json);
        return true;
    case Kind::Simple:
        json += head.argument == 20 ? "false" : head.argument == 21 ? "true" : "null"; // null, undefined, the rest
        return true;
    case Kind::Text:
        json += '"';
        if (!forEachChunk(head, [&json](QByteArrayView part) { appendEscaped(part, json); })) {
            return false;
        }
        json += '"';
        return true;
    case Kind::Bytes: {
        const auto bytes = readString(head); // base64url needs them whole
        if (!bytes) {
            return false;
        }
        json += '"';
        json += bytes->toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).toStdString();
        json += '"';
        return true;
    }
    case Kind::Array:
    case Kind::Map: {
        const bool isMap = head.kind == Kind::Map;
        json += isMap ? '{' : '[';
        const bool ok = forEachItem(head, [&](const Head& item, quint64 index) {
            if (index > 0) {
                json += (isMap && index % 2 == 1) ? ':' : ',';
            }
            if (!isMap || index % 2 == 1 || item.kind == Kind::Text) {
                return appendJson(item, json, depth + 1);
            }
            // A key that is not text becomes its JSON text, as a string.
            std::string key;
            if (!appendJson(item, key, depth + 1)) {
                return false;
            }
            if (!key.empty() && key.front() == '"') {
                json += key; // a byte string, already text
            } else {
                json += '"';
                appendEscaped(QByteArrayView(key.data(), qsizetype(key.size())), json);
                json += '"';
            }
            return true;
        });
        json += isMap ? '}' : ']';
        return ok;
    }
    case Kind::Tag: {
        Head inner;
        return readTagged(depth, inner) && appendJson(inner, json, depth + 1); // tags are dropped
    }
    case Kind::Break:
        break;
    }
    return fail("cbor.invalid", "break outside an indefinite container");
}

} // namespace passdesk::codec

#pragma once

#include "codec/CborLimits.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <string>

namespace passdesk::codec {

/// A bounded pull reader over CBOR held in memory, for the verification hot path.
///
/// QCborStreamReader spends about 4 us on a certificate's claims (45 items), a third of what
/// PassDesk may add to the signature check; this reads each head in place and never copies a
/// string, in about a tenth of that. As it goes it checks what a full decode would refuse:
/// well-formed heads and lengths within the input, nesting and item limits, text that is UTF-8,
/// break codes only where they belong. Everything in the shipped code that reads CBOR uses
/// CborCursor too; the tests hold it to a Qt-based reference reader (tests/support/CborReader).
class CborCursor
{
public:
    enum class Kind { Unsigned, Negative, Bytes, Text, Array, Map, Tag, Simple, Float, Break };

    /// The head of one data item.
    struct Head
    {
        Kind kind = Kind::Simple;
        quint64 argument = 0;     ///< Value, length, count, tag number or simple value.
        bool indefinite = false;  ///< Strings, arrays and maps of indefinite length.
        double number = 0;        ///< For Float.
        QByteArrayView string;    ///< For definite-length Bytes and Text: the contents, in place.
    };

    CborCursor(QByteArrayView input, const CborLimits& limits);
    explicit CborCursor(QByteArrayView input) : CborCursor(input, CborLimits{}) {}

    /// One whole item filling `bytes`, well-formed and within the limits; what the reference reader
    /// (tests/support/CborReader) says, and with the same error codes.
    static Status check(QByteArrayView bytes, const CborLimits& limits);
    static Status check(QByteArrayView bytes) { return check(bytes, CborLimits{}); }
    /// The value of an integer head, when a qint64 holds it.
    static std::optional<qint64> integer(const Head& head);

    /// Reads the next head (and, for a definite string, its contents). False on malformed input
    /// or an exceeded limit; error() says why.
    bool read(Head& head);
    /// Skips the rest of the item whose head was just read.
    bool skip(const Head& head) { return skip(head, 0); }
    /// The whole byte or text string whose head was just read, its chunks joined.
    std::optional<QByteArray> readString(const Head& head);
    /// Appends the rest of the item whose head was just read as compact JSON text, converted as
    /// QCborValue::toJsonValue() converts: byte strings become base64url text, tags are dropped,
    /// undefined and non-finite numbers become null, and map keys that are not text become their
    /// JSON text.
    bool appendJson(const Head& head, std::string& json) { return appendJson(head, json, 0); }

    /// Hands each item of the array or map whose head was just read to `use(item, index)`, which
    /// must consume the item; a map's keys and values alternate, from index 0. False when `use`
    /// does, or the container is malformed (then error() says why).
    template <typename Use>
    bool forEachItem(const Head& container, Use use)
    {
        if ((container.kind != Kind::Array && container.kind != Kind::Map) || !enter()) {
            return false;
        }
        const bool isMap = container.kind == Kind::Map;
        quint64 remaining = container.argument * (isMap ? 2 : 1);
        quint64 index = 0;
        Head item;
        for (; hasNext(container, remaining); ++index) {
            if (!read(item)) {
                return false;
            }
            if (item.kind == Kind::Break) {
                return fail("cbor.invalid", "break outside an indefinite container");
            }
            if (!use(item, index)) {
                return false;
            }
        }
        if (failed()) {
            return false;
        }
        if (isMap && index % 2 == 1) {
            return fail("cbor.invalid", "a map key without a value");
        }
        --m_depth;
        return true;
    }

    bool atEnd() const { return m_pos == m_input.size(); }
    bool failed() const { return !m_error.isEmpty(); }
    /// An Error in the reference reader's terms: `cbor.invalid`, `cbor.too_deep` or `cbor.too_large`.
    Error error() const { return {m_errorCode, m_error}; }

private:
    bool skip(const Head& head, int depth);
    bool appendJson(const Head& head, std::string& json, int depth);
    bool enter();
    /// Whether another item of the container follows (consuming the break that ends an
    /// indefinite one). `remaining` counts down a definite container's items.
    bool hasNext(const Head& container, quint64& remaining);
    /// Reads the item a tag wraps, counting chained tags against the nesting limit.
    bool readTagged(int depth, Head& inner);
    /// Hands each piece of the string whose head was just read to `use`: its contents, or each
    /// chunk of an indefinite one.
    template <typename Use>
    bool forEachChunk(const Head& head, Use use);
    bool fail(const char* code, const char* why);

    QByteArrayView m_input;
    CborLimits m_limits;
    qsizetype m_pos = 0;
    qsizetype m_items = 0;
    int m_depth = 0;
    QString m_errorCode;
    QString m_error;
};

} // namespace passdesk::codec

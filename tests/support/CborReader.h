#pragma once

#include "codec/CborLimits.h"
#include "common/Result.h"

#include <QCborValue>

namespace passdesk::codec {

/// Bounded CBOR decoding on top of Qt's CBOR support: the input is first walked without building
/// anything, refusing excessive nesting or item counts, then decoded into a QCborValue. A test oracle:
/// the shipped code reads CBOR with codec::CborCursor, which the tests hold to this reader's answers.
class CborReader
{
public:
    using Limits = CborLimits;

    /// Decodes exactly one CBOR data item filling the whole input. Errors: `cbor.invalid`
    /// (malformed, truncated, trailing bytes), `cbor.too_deep`, `cbor.too_large`.
    static Result<QCborValue> decode(QByteArrayView bytes, const Limits& limits);
    static Result<QCborValue> decode(QByteArrayView bytes) { return decode(bytes, Limits{}); }

    /// The checks decode() makes, without building anything: exactly one well-formed item within
    /// the limits, text strings valid UTF-8.
    static Status check(QByteArrayView bytes, const Limits& limits);
    static Status check(QByteArrayView bytes) { return check(bytes, Limits{}); }
};

} // namespace passdesk::codec

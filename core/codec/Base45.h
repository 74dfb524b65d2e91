#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace passdesk::codec {

/// Base45 as specified in RFC 9285 (the alphabet of QR alphanumeric mode).
class Base45
{
public:
    /// Decodes Base45 text. Errors: `b45.invalid` (character outside the alphabet, a dangling single
    /// character, or a triple/pair whose value overflows 16/8 bits).
    static Result<QByteArray> decode(QByteArrayView text);
    /// Encodes bytes as Base45.
    static QByteArray encode(QByteArrayView bytes);
};

} // namespace passdesk::codec

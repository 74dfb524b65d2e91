#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace passdesk::codec {

/// zlib/DEFLATE decompression with a hard cap on the output, so a compression bomb costs at most
/// `maxOutput` bytes of memory and the time to produce them.
class Inflate
{
public:
    enum class Format {
        Zlib, ///< RFC 1950 stream (zlib header and Adler-32), as in EU DCC.
        Raw,  ///< RFC 1951 raw DEFLATE, as in SMART Health Card JWS payloads (`zip: DEF`).
    };

    /// Default cap: a QR holds under 4 KB; no legitimate payload needs more than 64 KB.
    static constexpr qsizetype kDefaultMaxOutput = 64 * 1024;

    /// Decompresses one complete stream. Errors: `zlib.invalid` (not a valid stream, truncated, or
    /// bytes after its end), `zlib.too_large` (output would exceed maxOutput).
    static Result<QByteArray> decompress(QByteArrayView input, Format format, qsizetype maxOutput = kDefaultMaxOutput);

    /// Compresses (used by the demo issuer and tests), at the best compression level.
    static QByteArray compress(QByteArrayView input, Format format);
};

} // namespace passdesk::codec

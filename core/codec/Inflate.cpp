#include "codec/Inflate.h"

#include <zlib.h>

namespace passdesk::codec {

namespace {
int windowBits(Inflate::Format format)
{
    return format == Inflate::Format::Zlib ? 15 : -15;
}

Result<QByteArray> fail(const char* code, const char* why)
{
    return Result<QByteArray>::failure(QString::fromLatin1(code), QString::fromLatin1(why));
}

// NOLINTBEGIN(cppcoreguidelines-pro-type-reinterpret-cast): zlib takes mutable Bytef pointers.
Bytef* bytes(const char* p)
{
    return reinterpret_cast<Bytef*>(const_cast<char*>(p)); // NOLINT(cppcoreguidelines-pro-type-const-cast)
}
// NOLINTEND(cppcoreguidelines-pro-type-reinterpret-cast)
} // namespace

Result<QByteArray> Inflate::decompress(QByteArrayView input, Format format, qsizetype maxOutput)
{
    if (input.isEmpty()) {
        return fail("zlib.invalid", "empty input");
    }
    // One inflater per thread, reset between inputs: setting one up allocates its state and a
    // 32 KiB window, which costs as much as inflating a QR code's worth of data.
    struct Inflater
    {
        z_stream zs{};
        bool ready = false;
        ~Inflater()
        {
            if (ready) {
                inflateEnd(&zs);
            }
        }
    };
    thread_local Inflater inflater;
    if (!inflater.ready) {
        if (inflateInit2(&inflater.zs, windowBits(format)) != Z_OK) {
            return fail("zlib.invalid", "inflateInit2 failed");
        }
        inflater.ready = true;
    } else if (inflateReset2(&inflater.zs, windowBits(format)) != Z_OK) { // also switches zlib/raw
        return fail("zlib.invalid", "inflateReset2 failed");
    }
    z_stream& zs = inflater.zs;

    QByteArray out;
    // One extra byte of room tells "exactly at the cap" from "over the cap".
    const qsizetype room = maxOutput + 1;
    out.resize(std::min<qsizetype>(room, std::max<qsizetype>(1024, input.size() * 4)));
    zs.next_in = bytes(input.data());
    zs.avail_in = static_cast<uInt>(input.size());
    qsizetype produced = 0;
    for (;;) {
        if (produced == out.size()) {
            if (out.size() >= room) {
                return fail("zlib.too_large", "decompressed size exceeds the cap");
            }
            out.resize(std::min<qsizetype>(room, out.size() * 2));
        }
        zs.next_out = bytes(out.data() + produced);
        zs.avail_out = static_cast<uInt>(out.size() - produced);
        const int rc = inflate(&zs, Z_NO_FLUSH);
        produced = out.size() - zs.avail_out;
        if (produced > maxOutput) {
            return fail("zlib.too_large", "decompressed size exceeds the cap");
        }
        if (rc == Z_STREAM_END) {
            break;
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
            return fail("zlib.invalid", "stream is truncated");
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            return fail("zlib.invalid", "stream is corrupt");
        }
    }
    if (zs.avail_in != 0) {
        return fail("zlib.invalid", "bytes follow the end of the stream");
    }
    out.truncate(produced);
    return out;
}

QByteArray Inflate::compress(QByteArrayView input, Format format)
{
    z_stream zs{};
    deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits(format), 9, Z_DEFAULT_STRATEGY);
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&zs, static_cast<uLong>(input.size()))));
    zs.next_in = bytes(input.data());
    zs.avail_in = static_cast<uInt>(input.size());
    zs.next_out = bytes(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.truncate(static_cast<qsizetype>(zs.total_out));
    deflateEnd(&zs);
    return out;
}

} // namespace passdesk::codec

#include "codec/CborReader.h"

#include <QCborStreamReader>

namespace passdesk::codec {

namespace {
Result<QCborValue> fail(const char* code, const QString& why)
{
    return Result<QCborValue>::failure(QString::fromLatin1(code), why);
}

// Walks the stream iteratively: nesting is tracked with a counter, never with recursion.
Status walk(QCborStreamReader& reader, const CborReader::Limits& limits)
{
    const auto readerError = [&reader] {
        return Status::failure(QStringLiteral("cbor.invalid"), reader.lastError().toString());
    };
    int depth = 0;
    int tagChain = 0;
    qsizetype items = 0;
    for (;;) {
        if (reader.lastError() != QCborError::NoError) {
            return readerError();
        }
        if (depth > 0 && !reader.hasNext()) {
            if (!reader.leaveContainer()) {
                return readerError();
            }
            if (--depth == 0) {
                return {};
            }
            continue;
        }
        if (++items > limits.maxItems) {
            return Status::failure(QStringLiteral("cbor.too_large"), QStringLiteral("too many CBOR items"));
        }
        const auto type = reader.type();
        if (type == QCborStreamReader::Tag) {
            // A tag wraps the item after it; chains of tags count against the nesting limit too.
            if (depth + ++tagChain > limits.maxDepth) {
                return Status::failure(QStringLiteral("cbor.too_deep"), QStringLiteral("CBOR tag chain too deep"));
            }
            if (!reader.next()) {
                return readerError();
            }
            continue;
        }
        tagChain = 0;
        if (type == QCborStreamReader::Array || type == QCborStreamReader::Map) {
            if (++depth > limits.maxDepth) {
                return Status::failure(QStringLiteral("cbor.too_deep"), QStringLiteral("CBOR nesting too deep"));
            }
            if (!reader.enterContainer()) {
                return readerError();
            }
            continue;
        }
        if (type == QCborStreamReader::ByteArray || type == QCborStreamReader::String) {
            // Chunks are skipped without copying; a declared length past the input is an error.
            auto chunk = reader.readStringChunk(nullptr, 0);
            while (chunk.status == QCborStreamReader::Ok) {
                chunk = reader.readStringChunk(nullptr, 0);
            }
            if (chunk.status == QCborStreamReader::Error) {
                return readerError();
            }
        } else if (type == QCborStreamReader::Invalid || !reader.next()) {
            return readerError();
        }
        if (depth == 0) {
            return reader.lastError() == QCborError::NoError ? Status{} : readerError();
        }
    }
}
} // namespace

Result<QCborValue> CborReader::decode(QByteArrayView bytes, const Limits& limits)
{
    if (bytes.isEmpty()) {
        return fail("cbor.invalid", QStringLiteral("no CBOR data"));
    }
    if (bytes.size() > limits.maxBytes) {
        return fail("cbor.too_large", QStringLiteral("CBOR input larger than allowed"));
    }
    const QByteArray data = bytes.toByteArray();
    QCborStreamReader reader(data);
    if (const Status walked = walk(reader, limits); !walked) {
        return walked.error();
    }
    if (reader.currentOffset() != data.size()) {
        return fail("cbor.invalid", QStringLiteral("bytes follow the CBOR item"));
    }
    QCborParserError parseError;
    QCborValue value = QCborValue::fromCbor(data, &parseError);
    if (parseError.error != QCborError::NoError) {
        return fail("cbor.invalid", parseError.errorString());
    }
    return value;
}

} // namespace passdesk::codec

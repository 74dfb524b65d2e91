#include "support/CborReader.h"

#include <QCborStreamReader>
#include <QVarLengthArray>

#include <algorithm>

namespace passdesk::codec {

namespace {
Result<QCborValue> fail(const char* code, const QString& why)
{
    return Result<QCborValue>::failure(QString::fromLatin1(code), why);
}

// Text must be UTF-8, as QCborValue insists too. Each chunk is copied out and checked on its own (a
// chunk may not split a character, RFC 8949, 3.2.3). Moves the reader past the string.
Status checkText(QCborStreamReader& reader, const CborReader::Limits& limits)
{
    QVarLengthArray<char, 256> text;
    for (;;) {
        const qsizetype size = reader.currentStringChunkSize(); // -1 once the string has ended
        if (size > limits.maxBytes) {
            return Status::failure(QStringLiteral("cbor.invalid"), QStringLiteral("string longer than the input"));
        }
        text.resize(std::max<qsizetype>(size, 0));
        const auto chunk = reader.readStringChunk(text.data(), text.size());
        if (chunk.status == QCborStreamReader::EndOfString) {
            return {};
        }
        if (chunk.status == QCborStreamReader::Error) {
            return Status::failure(QStringLiteral("cbor.invalid"), reader.lastError().toString());
        }
        if (!QByteArrayView(text.data(), chunk.data).isValidUtf8()) {
            return Status::failure(QStringLiteral("cbor.invalid"), QStringLiteral("text string is not UTF-8"));
        }
    }
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
        if (type == QCborStreamReader::ByteArray) {
            // Chunks are skipped without copying; a declared length past the input is an error.
            auto chunk = reader.readStringChunk(nullptr, 0);
            while (chunk.status == QCborStreamReader::Ok) {
                chunk = reader.readStringChunk(nullptr, 0);
            }
            if (chunk.status == QCborStreamReader::Error) {
                return readerError();
            }
        } else if (type == QCborStreamReader::String) {
            if (const Status text = checkText(reader, limits); !text) {
                return text;
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

Status CborReader::check(QByteArrayView bytes, const Limits& limits)
{
    if (bytes.isEmpty()) {
        return Status::failure(QStringLiteral("cbor.invalid"), QStringLiteral("no CBOR data"));
    }
    if (bytes.size() > limits.maxBytes) {
        return Status::failure(QStringLiteral("cbor.too_large"), QStringLiteral("CBOR input larger than allowed"));
    }
    QCborStreamReader reader(bytes.data(), bytes.size());
    if (const Status walked = walk(reader, limits); !walked) {
        return walked;
    }
    if (reader.currentOffset() != bytes.size()) {
        return Status::failure(QStringLiteral("cbor.invalid"), QStringLiteral("bytes follow the CBOR item"));
    }
    return {};
}

Result<QCborValue> CborReader::decode(QByteArrayView bytes, const Limits& limits)
{
    if (const Status checked = check(bytes, limits); !checked) {
        return checked.error();
    }
    QCborParserError parseError;
    QCborValue value = QCborValue::fromCbor(bytes.data(), bytes.size(), &parseError);
    if (parseError.error != QCborError::NoError) {
        return fail("cbor.invalid", parseError.errorString());
    }
    return value;
}

} // namespace passdesk::codec

#include "codec/CborReader.h"

#include <QCborStreamReader>
#include <QVarLengthArray>

#include <algorithm>

namespace passdesk::codec {

namespace {
Result<QCborValue> fail(const char* code, const QString& why)
{
    return Result<QCborValue>::failure(QString::fromLatin1(code), why);
}

// The size of the head of the string item at `offset`: the initial byte and its length argument.
qsizetype stringHeaderSize(QByteArrayView input, qsizetype offset)
{
    if (offset < 0 || offset >= input.size()) {
        return 0;
    }
    switch (static_cast<unsigned char>(input[offset]) & 0x1fU) {
    case 24: return 2;
    case 25: return 3;
    case 26: return 5;
    case 27: return 9;
    default: return (static_cast<unsigned char>(input[offset]) & 0x1fU) < 24 ? 1 : 0;
    }
}

// Text must be UTF-8, as QCborValue insists too. A definite-length string is checked where it lies
// in the input; the chunks of an indefinite one are copied out and checked each on its own (a chunk
// may not split a character, RFC 8949, 3.2.3). Moves the reader past the string.
Status checkText(QCborStreamReader& reader, QByteArrayView input, const CborReader::Limits& limits)
{
    const auto notUtf8 = [] { return Status::failure(QStringLiteral("cbor.invalid"), QStringLiteral("text string is not UTF-8")); };
    const auto tooLong = [] { return Status::failure(QStringLiteral("cbor.invalid"), QStringLiteral("string longer than the input")); };
    const auto readerError = [&reader] { return Status::failure(QStringLiteral("cbor.invalid"), reader.lastError().toString()); };
    if (reader.isLengthKnown()) {
        const qsizetype at = reader.currentOffset();
        const qsizetype header = stringHeaderSize(input, at);
        const qsizetype length = reader.currentStringChunkSize();
        if (header == 0 || length < 0 || length > input.size() - at - header) {
            return tooLong();
        }
        if (!input.sliced(at + header, length).isValidUtf8()) {
            return notUtf8();
        }
        auto chunk = reader.readStringChunk(nullptr, 0);
        while (chunk.status == QCborStreamReader::Ok) {
            chunk = reader.readStringChunk(nullptr, 0);
        }
        return chunk.status == QCborStreamReader::Error ? readerError() : Status{};
    }
    QVarLengthArray<char, 256> text;
    for (;;) {
        const qsizetype size = reader.currentStringChunkSize(); // -1 once the string has ended
        if (size > limits.maxBytes) {
            return tooLong();
        }
        text.resize(std::max<qsizetype>(size, 0));
        const auto chunk = reader.readStringChunk(text.data(), text.size());
        if (chunk.status == QCborStreamReader::EndOfString) {
            return {};
        }
        if (chunk.status == QCborStreamReader::Error) {
            return readerError();
        }
        if (!QByteArrayView(text.data(), chunk.data).isValidUtf8()) {
            return notUtf8();
        }
    }
}

// Walks the stream iteratively: nesting is tracked with a counter, never with recursion.
Status walk(QCborStreamReader& reader, QByteArrayView input, const CborReader::Limits& limits)
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
            if (const Status text = checkText(reader, input, limits); !text) {
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
    if (const Status walked = walk(reader, bytes, limits); !walked) {
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

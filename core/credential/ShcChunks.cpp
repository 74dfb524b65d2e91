#include "credential/ShcChunks.h"

#include <algorithm>

namespace passdesk::credential {

namespace {
template <typename T>
Result<T> error(const char* code, const QString& why)
{
    return Result<T>::failure(QString::fromLatin1(code), why);
}

bool allDigits(QByteArrayView s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Each pair of digits is a base64url character minus 45.
Result<QByteArray> decodeNumeric(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() % 2 != 0) {
        return error<QByteArray>("shc.numeric_invalid", QStringLiteral("numeric part has an odd or zero length"));
    }
    if (!allDigits(digits)) {
        return error<QByteArray>("shc.numeric_invalid", QStringLiteral("numeric part has a character other than a digit"));
    }
    QByteArray out;
    out.reserve(digits.size() / 2);
    for (qsizetype i = 0; i < digits.size(); i += 2) {
        const int value = (digits[i] - '0') * 10 + (digits[i + 1] - '0');
        if (value > 'z' - 45) {
            return error<QByteArray>("shc.numeric_invalid", QStringLiteral("digit pair above 77"));
        }
        out.append(static_cast<char>(value + 45));
    }
    return out;
}
} // namespace

bool ShcChunks::hasPrefix(QByteArrayView text)
{
    return text.startsWith(QByteArrayView(kPrefix.data(), kPrefix.size()));
}

bool ShcChunks::isChunk(QByteArrayView text)
{
    const auto h = header(text);
    return h && h->chunked;
}

Result<ShcChunks::Header> ShcChunks::header(QByteArrayView text)
{
    if (text.size() > kMaxTextSize) {
        return error<Header>("input.too_long", QStringLiteral("chunk longer than any card"));
    }
    if (!hasPrefix(text)) {
        return error<Header>("prefix.unknown", QStringLiteral("text does not start with shc:/"));
    }
    const QByteArrayView body = text.sliced(kPrefix.size());
    Header h;
    h.digits = body;
    const qsizetype slash = body.indexOf('/');
    if (slash < 0) {
        return h;
    }
    const qsizetype slash2 = body.indexOf('/', slash + 1);
    const QByteArrayView i = body.first(slash);
    const QByteArrayView n = slash2 < 0 ? QByteArrayView() : body.sliced(slash + 1, slash2 - slash - 1);
    if (slash2 < 0 || i.isEmpty() || n.isEmpty() || i.size() > 3 || n.size() > 3 || !allDigits(i) || !allDigits(n)) {
        return error<Header>("shc.header_invalid", QStringLiteral("chunk header is not i/n/"));
    }
    h.index = i.toInt();
    h.total = n.toInt();
    h.chunked = true;
    h.digits = body.sliced(slash2 + 1);
    if (h.total < 1 || h.index < 1 || h.index > h.total) {
        return error<Header>("shc.chunk_range", QStringLiteral("chunk %1 of %2 is out of range").arg(h.index).arg(h.total));
    }
    if (h.total > kMaxChunks) {
        return error<Header>("shc.chunk_range", QStringLiteral("a card of %1 chunks (at most %2)").arg(h.total).arg(kMaxChunks));
    }
    return h;
}

Result<QByteArray> ShcChunks::assemble(const QList<QByteArray>& texts, QList<Finding>* warnings)
{
    if (texts.isEmpty()) {
        return error<QByteArray>("input.empty", QStringLiteral("no text"));
    }
    if (texts.size() > kMaxChunks) {
        return error<QByteArray>("input.too_long", QStringLiteral("too many chunks"));
    }
    std::map<int, QByteArray> chunks;
    int declaredTotal = -1;
    for (const QByteArray& text : texts) {
        auto h = header(text);
        if (!h) {
            return h.error();
        }
        if (h->chunked && h->total == 1 && warnings != nullptr) {
            warnings->append(Finding{QStringLiteral("shc.header_invalid"), QStringLiteral("single code written as chunk 1/1"), false});
        }
        if (declaredTotal >= 0 && h->total != declaredTotal) {
            return error<QByteArray>("shc.chunk_range",
                                     QStringLiteral("chunks disagree on the total (%1 and %2)").arg(declaredTotal).arg(h->total));
        }
        declaredTotal = h->total;
        auto decoded = decodeNumeric(h->digits);
        if (!decoded) {
            return decoded.error();
        }
        if (h->total > 1 && decoded->size() > kMaxChunkJws) {
            return error<QByteArray>("shc.chunk_too_big", QStringLiteral("a chunk carries more than 1191 characters"));
        }
        if (chunks.count(h->index) != 0) {
            return error<QByteArray>("shc.chunk_duplicate", QStringLiteral("chunk %1 given twice").arg(h->index));
        }
        chunks.emplace(h->index, std::move(decoded).value());
    }
    if (static_cast<int>(chunks.size()) != declaredTotal) {
        QStringList missing;
        for (int i = 1; i <= declaredTotal; ++i) {
            if (chunks.count(i) == 0) {
                missing << QString::number(i);
            }
        }
        return error<QByteArray>("shc.chunk_missing", QStringLiteral("have %1 of %2 chunks (missing %3)")
                                                          .arg(chunks.size())
                                                          .arg(declaredTotal)
                                                          .arg(missing.join(QLatin1Char(','))));
    }
    if (declaredTotal > 1 && warnings != nullptr) {
        warnings->append(Finding{QStringLiteral("shc.chunking_deprecated"), QStringLiteral("card split over several codes"), false});
    }
    QByteArray jws;
    for (const auto& [index, part] : chunks) {
        jws += part;
    }
    return jws;
}

ShcChunks::Added ShcChunks::add(const QByteArray& text)
{
    const auto h = header(text);
    if (!h || !h->chunked) {
        return Added::NotAChunk;
    }
    const auto held = m_chunks.find(h->index);
    if (h->total != m_total || (held != m_chunks.end() && held->second != text)) {
        m_chunks.clear();
        m_total = h->total;
    }
    m_chunks.emplace(h->index, text);
    return static_cast<int>(m_chunks.size()) == m_total ? Added::Complete : Added::Waiting;
}

QList<QByteArray> ShcChunks::take()
{
    if (m_total == 0 || static_cast<int>(m_chunks.size()) != m_total) {
        return {};
    }
    QList<QByteArray> card;
    for (const auto& [index, text] : m_chunks) {
        card << text;
    }
    clear();
    return card;
}

void ShcChunks::clear()
{
    m_chunks.clear();
    m_total = 0;
}

} // namespace passdesk::credential

#pragma once

#include "common/Result.h"
#include "credential/Verification.h"

#include <QByteArray>
#include <QList>

#include <map>

namespace passdesk::credential {

/// The one reader of SMART Health Card QR texts: `shc:/<digits>` for a whole card, or the deprecated
/// chunked form `shc:/<i>/<n>/<digits>` (chunk i of n). The prefix is matched exactly, in lower case:
/// the specification writes it as the fixed string `shc:/` in a QR byte-mode segment, so nothing in
/// the QR changes its case, and `SHC:/` is not a SMART Health Card.
///
/// Used statically to read one text or join the texts of one card, and as an object to gather the
/// chunks of one card as they are scanned one after another (bounded: at most kMaxChunks chunks of at
/// most kMaxTextSize bytes each).
class ShcChunks
{
public:
    static constexpr QLatin1StringView kPrefix{"shc:/"};
    /// Largest JWS carried by one chunk of a chunked card.
    static constexpr qsizetype kMaxChunkJws = 1191;
    /// Largest JWS accepted at all (chunked cards and .smart-health-card files).
    static constexpr qsizetype kMaxJws = 32 * 1024;
    /// Most chunks one card may have.
    static constexpr int kMaxChunks = 64;
    /// Longest text taken as one chunk.
    static constexpr qsizetype kMaxTextSize = 2 * kMaxJws;

    /// Where one text sits in its card.
    struct Header
    {
        int index = 1;        ///< 1-based chunk number (1 for a whole card).
        int total = 1;        ///< Number of chunks of the card (1 for a whole card).
        bool chunked = false; ///< True when the text carries an `i/n/` header (even `1/1/`).
        QByteArrayView digits; ///< The numeric part, a view into the text.
    };

    /// True when `text` starts with `shc:/` exactly.
    static bool hasPrefix(QByteArrayView text);
    /// True when `text` is a SMART Health Card text with a well-formed, in-range `i/n/` header.
    static bool isChunk(QByteArrayView text);

    /// Reads the prefix and header of one text (the digits are not checked). Errors: `prefix.unknown`,
    /// `shc.header_invalid` (not `i/n/` with 1 to 3 digits each), `shc.chunk_range` (i outside 1..n,
    /// or n above kMaxChunks), `input.too_long`.
    static Result<Header> header(QByteArrayView text);

    /// Joins the texts of one card (all chunks, any order) into the compact JWS. Errors: `input.empty`,
    /// `input.too_long`, `prefix.unknown`, `shc.header_invalid`, `shc.numeric_invalid`,
    /// `shc.chunk_range` (out of range, or chunks disagreeing on the total), `shc.chunk_duplicate`,
    /// `shc.chunk_missing`, `shc.chunk_too_big`. Non-fatal findings (deprecated chunking, a `1/1`
    /// header) are appended to `warnings` when given.
    static Result<QByteArray> assemble(const QList<QByteArray>& texts, QList<Finding>* warnings = nullptr);

    /// What add() did with a text.
    enum class Added {
        NotAChunk, ///< Not a chunk with a valid header: a whole code (or one to check and report).
        Waiting,   ///< Kept; more chunks of the card are needed.
        Complete,  ///< The card is complete: take() gives its chunks.
    };

    /// Gathers one scanned text. A chunk of another card (another total, or another text for an index
    /// already held) starts the set again with it; the same chunk seen twice is kept once.
    Added add(const QByteArray& text);
    /// True when a set was started and is not complete (so a caller may time it out).
    bool pending() const { return !m_chunks.empty(); }
    /// Chunks held.
    int size() const { return static_cast<int>(m_chunks.size()); }
    /// The complete card's texts in chunk order, and empties the set; empty while incomplete.
    QList<QByteArray> take();
    void clear();

private:
    std::map<int, QByteArray> m_chunks;
    int m_total = 0;
};

} // namespace passdesk::credential

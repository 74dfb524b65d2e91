#pragma once

#include "common/Result.h"
#include "credential/Verification.h"
#include "trust/TrustStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace passdesk::credential {

/// Decodes and checks SMART Health Cards: `shc:/` numeric QR text (optionally chunked `shc:/i/n/...`)
/// -> compact JWS (ES256, `zip: DEF`) -> raw DEFLATE -> JSON payload {iss, nbf, exp?, vc}. Issuer keys
/// and revocation lists come from the TrustStore only; nothing is fetched.
class SmartHealthCardDecoder
{
public:
    static constexpr QLatin1StringView kPrefix{"shc:/"};
    /// Largest JWS in a single QR code (version 22), and in each chunk of a chunked card.
    static constexpr qsizetype kMaxSingleJws = 1195;
    static constexpr qsizetype kMaxChunkJws = 1191;
    /// Largest JWS accepted at all (chunked cards and .smart-health-card files).
    static constexpr qsizetype kMaxJws = 32 * 1024;

    /// Checks the `shc:/` texts of one card (all chunks, any order) at instant `at`.
    static Verification verify(const QList<QByteArray>& texts, const trust::TrustStore& trust, const QDateTime& at);

    /// Joins numeric QR chunks into the compact JWS. Errors: `prefix.unknown`, `shc.header_invalid`,
    /// `shc.numeric_invalid`, `shc.chunk_missing`, `shc.chunk_duplicate`, `shc.chunk_range`,
    /// `shc.chunk_too_big`, `input.too_long`. Non-fatal findings (deprecated chunking, a `1/1` header)
    /// are appended to `warnings` when given.
    static Result<QByteArray> assembleJws(const QList<QByteArray>& texts, QList<Finding>* warnings = nullptr);

    /// Checks a compact JWS (what a QR code or a file carries).
    static Verification verifyJws(QByteArrayView jws, const trust::TrustStore& trust, const QDateTime& at);

    /// Checks a `.smart-health-card` file ({"verifiableCredential": [JWS, ...]}); one result per JWS.
    /// A file that is not such a document yields one Unreadable result.
    static QList<Verification> verifyFile(QByteArrayView json, const trust::TrustStore& trust, const QDateTime& at);
};

} // namespace passdesk::credential

#pragma once

#include "common/Result.h"
#include "credential/ShcChunks.h"
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
    /// Largest JWS in a single QR code (version 22); a chunk of a chunked card: ShcChunks::kMaxChunkJws.
    static constexpr qsizetype kMaxSingleJws = 1195;
    /// Largest JWS accepted at all (chunked cards and .smart-health-card files).
    static constexpr qsizetype kMaxJws = ShcChunks::kMaxJws;

    /// Checks the `shc:/` texts of one card (all chunks, any order; joined by ShcChunks::assemble) at
    /// instant `at`.
    static Verification verify(const QList<QByteArray>& texts, const trust::TrustStore& trust, const QDateTime& at);

    /// Checks a compact JWS (what a QR code or a file carries).
    static Verification verifyJws(QByteArrayView jws, const trust::TrustStore& trust, const QDateTime& at);

    /// Checks a `.smart-health-card` file ({"verifiableCredential": [JWS, ...]}); one result per JWS.
    /// A file that is not such a document yields one Unreadable result.
    static QList<Verification> verifyFile(QByteArrayView json, const trust::TrustStore& trust, const QDateTime& at);
};

} // namespace passdesk::credential

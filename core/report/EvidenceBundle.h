#pragma once

#include "common/Result.h"
#include "crypto/SigningKey.h"
#include "report/ReportData.h"

#include <QIODevice>
#include <QJsonValue>

namespace passdesk::report {

/// The signed evidence bundle: one JSON file an inspector can check without the venue's log.
///
/// ```
/// { "format": "passdesk-evidence-bundle", "version": 1,
///   "header":   { venue, timeZone, generatedAt, policies },
///   "period":   { from, to },                        local calendar days
///   "summary":  { visits, byVerdict, byType, byHour },
///   "evidence": [ { kind, cause, started, ended, seconds, ongoing, manual } ],
///   "chain":    { firstId, lastId, startHash, endHash, gaps, checkpoints, verifiedAtExport, problemAtExport },
///   "visits":   [ { id, at, verdict, reasons, type, format, country, input, staff, policy, maskedId,
///                   prevHash, rowHash } ],
///   "manifest": { keyFingerprint, header, period, summary, evidence, chain, rowCount, rows: ["id:sha256", ...] },
///   "publicKey": base64 DER SubjectPublicKeyInfo (Ed25519),
///   "signature": base64 Ed25519 over "passdesk-evidence-bundle/1\n" + the manifest's compact JSON }
/// ```
/// Each manifest entry is the SHA-256 (hex) of that section's compact JSON (Qt writes object keys
/// sorted, so the form is canonical); `rows` holds one digest per visit. The bundle's digest, printed on
/// the PDF and by `inspect`, is the SHA-256 of the manifest's compact JSON. Row hashes are the log's own
/// chain values: an inspector cannot recompute them (they are keyed) but checks that they link row to
/// row and to the checkpoints, and the signature fixes them.
class EvidenceBundle
{
public:
    struct Written
    {
        QString digest;         ///< SHA-256 of the manifest, hex
        QString keyFingerprint; ///< DeviceKey::fingerprint of the signing key
        qint64 bytes = 0;
    };

    /// Writes the bundle for `data`, signed with `key` (Ed25519). Errors: `io.write`, `key.invalid`.
    static Result<Written> write(const ReportData& data, const crypto::SigningKey& key, QIODevice& out);
    /// Same, to a file replaced atomically.
    static Result<Written> writeFile(const ReportData& data, const crypto::SigningKey& key, const QString& path);

    /// SHA-256 (hex) of a section's compact JSON, as the manifest records it.
    static QString digestOf(const QJsonValue& section);
    /// The bytes the signature covers, for a manifest's compact JSON.
    static QByteArray signedMessage(const QByteArray& manifestJson);
    /// The text the PDF's QR code carries: `PASSDESK-BUNDLE:1;sha256=DIGEST;key=FINGERPRINT`.
    static QString qrText(const QString& digest, const QString& keyFingerprint);
};

} // namespace passdesk::report

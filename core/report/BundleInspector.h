#pragma once

#include "report/ReportData.h"

#include <QByteArray>
#include <QString>

namespace passdesk::report {

/// What an inspector learns from a bundle.
struct Inspection
{
    bool authentic = false;
    /// Which part failed, empty when authentic: `file`, `truncated file`, `format`, `key`, `signature`,
    /// `header`, `period`, `summary`, `evidence`, `chain`, or `row N` (N = the log's row id).
    QString part;
    QString detail;         ///< plain words: what is wrong
    QString digest;         ///< SHA-256 of the manifest, hex (matches the PDF's QR code)
    QString keyFingerprint; ///< of the public key in the bundle
    bool loaded = false;    ///< `report` holds the bundle's contents (even when altered, if they parsed)
    ReportData report;
    QStringList warnings;   ///< authentic but worth saying: the log failed its check at export, open windows
};

/// Verifies an evidence bundle (see EvidenceBundle) without the venue's log: the file is complete,
/// the public key is the one the manifest names (and the expected device key, if given), the Ed25519
/// signature covers the manifest, every section and row matches its signed digest, no row was added
/// or removed, rows link through their chain hashes to the recorded checkpoints, every visit lies in
/// the period, and the summary agrees with the rows. The first failure names the part.
class BundleInspector
{
public:
    /// `expectedKey`: a device key fingerprint (hex, spaces ignored, a prefix of 16 or more digits
    /// is enough) known from elsewhere, such as the printed report; empty to accept the bundle's own key.
    static Inspection inspect(const QByteArray& bytes, const QString& expectedKey = {});
    static Inspection inspectFile(const QString& path, const QString& expectedKey = {});
};

} // namespace passdesk::report

#pragma once

#include "common/Result.h"
#include "report/ReportData.h"

#include <QString>

#include <functional>

namespace passdesk::report {

/// The printable report: A4 PDF drawn with QtGui (QPdfWriter, QPainter; never Qt Widgets), in Korean,
/// English, German or Italian (its texts are in core's Linguist catalogues), with DejaVu Sans for Latin
/// letters and the Noto Sans CJK font for Hangul embedded. Pages: venue identity, period, policy, summary
/// (verdicts, certificate types, visits per hour), evidence windows with durations and causes, the
/// visit list (the table header repeats on every page), and an integrity block with the evidence
/// bundle's digest, the device key's fingerprint and a QR code carrying both
/// (EvidenceBundle::qrText). Every page is numbered "n / N".
///
/// Needs a QGuiApplication (the `offscreen` platform is enough).
class PdfReport
{
public:
    struct Options
    {
        QString lang = QStringLiteral("ko"); ///< "ko", "en", "de" or "it"; any other language prints English
        QString bundleDigest;                ///< of the matching evidence bundle
        QString keyFingerprint;              ///< of the device key that signed it
        std::function<void(qsizetype done, qsizetype total)> progress; ///< rows drawn so far; optional
    };

    /// Where the CJK font is read from (Debian fonts-noto-cjk).
    static QString fontPath();
    /// Loads the CJK font once and returns its family. Errors: `report.font_missing` (names the
    /// file and the Debian package).
    static Result<QString> fontFamily();

    /// Writes the report; returns the number of pages. Errors: `report.font_missing`, `io.write`.
    static Result<int> write(const ReportData& data, const QString& path, const Options& options);
};

} // namespace passdesk::report

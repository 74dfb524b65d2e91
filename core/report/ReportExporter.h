#pragma once

#include "common/Result.h"
#include "log/VisitLog.h"
#include "report/VenueProfile.h"

#include <QDate>
#include <QString>

#include <functional>

namespace passdesk::report {

/// One export, the same for passdesk-cli and the GUI's export dialog: gathers the period from the log,
/// then writes CSV, a signed evidence bundle, or a PDF (with its bundle beside it, `<out>.bundle`,
/// whose digest and key the PDF prints). The device key is created beside the log on first use.
class ReportExporter
{
public:
    enum class Format { Csv, Bundle, Pdf };

    struct Request
    {
        QDate from;
        QDate to;
        Format format = Format::Pdf;
        QString outPath;
        QString lang = QStringLiteral("ko");
        QString databasePath; ///< the log's file, for the device key beside it
        /// Progress from 0 to `total` (rows written); called on the exporting thread.
        std::function<void(qsizetype done, qsizetype total)> progress;
    };

    struct Exported
    {
        QString path;
        QString bundlePath;     ///< the bundle (pdf and bundle formats)
        QString digest;         ///< of the bundle's manifest
        QString keyFingerprint;
        qsizetype visits = 0;
        int pages = 0;          ///< pdf only
        bool chainVerified = true;
        QString chainProblem;
    };

    /// Parses "pdf", "csv" or "bundle". Errors: `report.format`.
    static Result<Format> formatFromString(const QString& text);
    /// The bundle written beside a PDF.
    static QString bundlePathFor(const QString& pdfPath);

    /// Errors: those of ReportData::gather, the writers, and the device key.
    static Result<Exported> run(log::VisitLog& log, const VenueProfile& venue, const Request& request, const Clock& clock);
};

} // namespace passdesk::report

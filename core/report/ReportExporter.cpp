#include "report/ReportExporter.h"

#include "crypto/DeviceKey.h"
#include "report/CsvExporter.h"
#include "report/EvidenceBundle.h"
#include "report/PdfReport.h"
#include "report/ReportData.h"

#include <QDir>
#include <QFileInfo>

namespace passdesk::report {

Result<ReportExporter::Format> ReportExporter::formatFromString(const QString& text)
{
    if (text == QLatin1String("pdf")) {
        return Format::Pdf;
    }
    if (text == QLatin1String("csv")) {
        return Format::Csv;
    }
    if (text == QLatin1String("bundle")) {
        return Format::Bundle;
    }
    return Error{QStringLiteral("report.format"), QStringLiteral("the format is pdf, csv or bundle, not ") + text};
}

QString ReportExporter::bundlePathFor(const QString& pdfPath)
{
    const QFileInfo info(pdfPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".bundle"));
}

Result<ReportExporter::Exported> ReportExporter::run(log::VisitLog& log, const VenueProfile& venue, const Request& request,
                                                     const Clock& clock)
{
    auto data = ReportData::gather(log, venue, request.from, request.to, clock);
    if (!data) {
        return data.error();
    }
    Exported out;
    out.path = request.outPath;
    out.visits = data->rows.size();
    out.chainVerified = data->chain.verifiedAtExport;
    out.chainProblem = data->chain.problemAtExport;
    if (request.format == Format::Csv) {
        if (Status s = CsvExporter::writeFile(*data, request.outPath); !s) {
            return s.error();
        }
        if (request.progress) {
            request.progress(out.visits, out.visits);
        }
        return out;
    }
    auto key = crypto::DeviceKey::loadOrCreate(crypto::DeviceKey::pathFor(request.databasePath));
    if (!key) {
        return key.error();
    }
    out.bundlePath = request.format == Format::Bundle ? request.outPath : bundlePathFor(request.outPath);
    auto bundle = EvidenceBundle::writeFile(*data, *key, out.bundlePath);
    if (!bundle) {
        return bundle.error();
    }
    out.digest = bundle->digest;
    out.keyFingerprint = bundle->keyFingerprint;
    if (request.format == Format::Pdf) {
        PdfReport::Options options;
        options.lang = request.lang;
        options.bundleDigest = bundle->digest;
        options.keyFingerprint = bundle->keyFingerprint;
        options.progress = request.progress;
        auto pages = PdfReport::write(*data, request.outPath, options);
        if (!pages) {
            return pages.error();
        }
        out.pages = *pages;
    } else if (request.progress) {
        request.progress(out.visits, out.visits);
    }
    return out;
}

} // namespace passdesk::report

#include "cli/InspectCommand.h"

#include "cli/CliParser.h"
#include "crypto/DeviceKey.h"
#include "report/BundleInspector.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace passdesk::cli {

namespace {
QString counts(const QMap<QString, qint64>& m)
{
    QStringList parts;
    for (auto it = m.begin(); it != m.end(); ++it) {
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    }
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}
} // namespace

int runInspect(const QStringList& args)
{
    CliParser parser(QStringLiteral("inspect"));
    if (auto done = parser.parse(args)) {
        return *done;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        return parser.usageError(files.isEmpty() ? QStringLiteral("which bundle?") : QStringLiteral("give one bundle FILE"));
    }
    const QString file = files.first();
    const QString key = parser.value(QStringLiteral("key"));
    const bool json = parser.json();
    if (!QFileInfo(file).isFile() || !QFileInfo(file).isReadable()) {
        return parser.fail(QStringLiteral("bundle.unreadable"), QStringLiteral("cannot read the bundle ") + file);
    }
    const report::Inspection in = report::BundleInspector::inspectFile(file, key);
    const report::ReportData& r = in.report;
    QTextStream out(stdout);
    if (json) {
        QJsonObject o{{QStringLiteral("verdict"), in.authentic ? QStringLiteral("AUTHENTIC") : QStringLiteral("ALTERED")},
                      {QStringLiteral("part"), in.part},
                      {QStringLiteral("detail"), in.detail},
                      {QStringLiteral("digest"), in.digest},
                      {QStringLiteral("keyFingerprint"), in.keyFingerprint},
                      {QStringLiteral("warnings"), QJsonArray::fromStringList(in.warnings)}};
        if (in.loaded) {
            o.insert(QStringLiteral("venue"), r.venue.toJson());
            o.insert(QStringLiteral("period"), r.periodJson());
            o.insert(QStringLiteral("summary"), r.summary.toJson());
            o.insert(QStringLiteral("evidence"), r.evidenceJson());
        }
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        return in.authentic ? 0 : 1;
    }
    if (in.authentic) {
        out << "AUTHENTIC  signature, key, " << r.rows.size() << " rows and their chain, summary and period all verify\n";
    } else {
        out << "ALTERED    " << in.part << ": " << in.detail << "\n";
    }
    out << "digest     " << (in.digest.isEmpty() ? QStringLiteral("-") : in.digest) << "\n";
    if (!in.keyFingerprint.isEmpty()) {
        out << "device key " << crypto::DeviceKey::shortFingerprint(in.keyFingerprint) << "  (" << in.keyFingerprint << ")\n";
    }
    if (in.loaded) {
        out << "venue      " << r.venue.name;
        if (!r.venue.registrationNumber.isEmpty()) {
            out << "  " << r.venue.registrationNumber;
        }
        out << "  " << r.venue.facilityName(QStringLiteral("en")) << "\n"
            << "period     " << r.from.toString(Qt::ISODate) << " to " << r.to.toString(Qt::ISODate) << " (" << r.timeZone << ")"
            << "  generated " << r.generatedAt << "\n"
            << "policy     " << (r.policies.isEmpty() ? QStringLiteral("-") : r.policies.join(QStringLiteral(", "))) << "\n"
            << "visits     " << r.summary.visits << ": " << counts(r.summary.byVerdict) << "\n"
            << "types      " << counts(r.summary.byType) << "\n";
        out << "evidence   " << r.evidence.size() << " windows, unable to check for " << report::formatDuration(r.unableToCheckSeconds())
            << " (overlaps counted once)\n";
        for (const auto& w : r.evidence) {
            out << "           " << w.started.toLocalTime().toString(Qt::ISODate) << "  " << report::formatDuration(w.seconds()) << "  "
                << w.kind << (w.manual ? " (manual)" : "") << (w.ongoing ? " (ongoing)" : "") << ": " << w.cause << "\n";
        }
    }
    for (const auto& w : in.warnings) {
        out << "warning    " << w << "\n";
    }
    return in.authentic ? 0 : 1;
}

} // namespace passdesk::cli

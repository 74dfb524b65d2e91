#include "cli/ExportCommand.h"

#include "cli/CliParser.h"
#include "log/VisitLog.h"
#include "report/ReportExporter.h"
#include "report/VenueProfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

namespace passdesk::cli {

int runExport(const QStringList& args)
{
    CliParser parser(QStringLiteral("export"));
    if (auto done = parser.parse(args)) {
        return *done;
    }
    if (parser.isSet(QStringLiteral("facility-types"))) {
        // The official Korean name, then the name in --lang (English by default).
        const auto lang = parser.language(QStringLiteral("en"));
        if (!lang) {
            return 2;
        }
        QTextStream out(stdout);
        for (const auto& t : report::VenueProfile::facilityTypes()) {
            report::VenueProfile v;
            v.facilityType = t.code;
            out << t.code.leftJustified(17) << t.ko << "  ("
                << (*lang == QLatin1String("ko") ? t.en : v.facilityName(*lang)) << ")\n";
        }
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return parser.usageError(QStringLiteral("unexpected argument ") + parser.positionalArguments().first());
    }
    const QString db = parser.value(QStringLiteral("db"));
    const QString outPath = parser.value(QStringLiteral("out"));
    const QString format = parser.value(QStringLiteral("format"));
    const QString from_ = parser.value(QStringLiteral("from"));
    const QString to_ = parser.value(QStringLiteral("to"));
    const bool saveVenue = parser.isSet(QStringLiteral("save-venue"));
    if (db.isEmpty() || outPath.isEmpty()) {
        return parser.usageError(QStringLiteral("--db and --out are required"));
    }
    const auto parsedFormat = report::ReportExporter::formatFromString(format);
    if (!parsedFormat) {
        return parser.usageError(QStringLiteral("--format must be pdf, csv or bundle"));
    }
    const auto lang = parser.language(QStringLiteral("ko"));
    if (!lang) {
        return 2;
    }
    const QDate from = from_.isEmpty() ? QDate::currentDate() : QDate::fromString(from_, Qt::ISODate);
    const QDate to = to_.isEmpty() ? from : QDate::fromString(to_, Qt::ISODate);
    if (!from.isValid() || !to.isValid()) {
        return parser.usageError(QStringLiteral("--from and --to take dates, YYYY-MM-DD"));
    }
    if (!QFileInfo(db).isFile()) {
        // Read-only: a mistyped path is an error, never a new empty log (SQLite would create one).
        return parser.fail(QStringLiteral("db.missing"),
                           QStringLiteral("no visitor log at %1 (export only reads a log; check --db)").arg(db));
    }

    SystemClock clock;
    auto log = log::VisitLog::open(db, clock, {});
    if (!log) {
        return parser.fail(log.error().code, log.error().message);
    }
    report::VenueProfile venue = report::VenueProfile::load((*log)->database());
    if (parser.isSet(QStringLiteral("venue-name"))) {
        venue.name = parser.value(QStringLiteral("venue-name"));
    }
    if (parser.isSet(QStringLiteral("venue-reg"))) {
        venue.registrationNumber = parser.value(QStringLiteral("venue-reg"));
    }
    if (parser.isSet(QStringLiteral("venue-type"))) {
        const QString type = parser.value(QStringLiteral("venue-type"));
        if (report::VenueProfile::facility(type) == nullptr) {
            return parser.usageError(QStringLiteral("unknown --venue-type %1 (see --facility-types)").arg(type));
        }
        venue.facilityType = type;
    }
    if (parser.isSet(QStringLiteral("venue-address"))) {
        venue.address = parser.value(QStringLiteral("venue-address"));
    }
    if (parser.isSet(QStringLiteral("venue-operator"))) {
        venue.operatorName = parser.value(QStringLiteral("venue-operator"));
    }
    if (saveVenue) {
        if (Status s = venue.save((*log)->database()); !s) {
            return parser.fail(s.error().code, s.error().message);
        }
    }

    QElapsedTimer timer;
    timer.start();
    report::ReportExporter::Request request;
    request.from = from;
    request.to = to;
    request.format = *parsedFormat;
    request.outPath = outPath;
    request.lang = *lang;
    request.databasePath = db;
    auto exported = report::ReportExporter::run(**log, venue, request, clock);
    if (!exported) {
        return parser.fail(exported.error().code, exported.error().message);
    }
    QTextStream out(stdout);
    if (request.format == report::ReportExporter::Format::Csv) {
        out << "wrote " << outPath << ": " << exported->visits << " visits (" << timer.elapsed() << " ms)\n";
        return 0;
    }
    if (request.format == report::ReportExporter::Format::Pdf) {
        out << "wrote " << outPath << ": " << exported->visits << " visits, " << exported->pages << " pages\n"
            << "bundle " << exported->bundlePath << "\n";
    } else {
        out << "wrote " << outPath << ": " << exported->visits << " visits, " << QFileInfo(outPath).size() << " bytes\n";
    }
    out << "digest     " << exported->digest << "\n"
        << "device key " << exported->keyFingerprint << "\n"
        << "(" << timer.elapsed() << " ms)\n";
    if (!exported->chainVerified) {
        QTextStream(stderr) << "warning: the visitor log fails its hash-chain check: " << exported->chainProblem << "\n";
    }
    return 0;
}

} // namespace passdesk::cli

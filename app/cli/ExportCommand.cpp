#include "cli/ExportCommand.h"

#include "log/VisitLog.h"
#include "report/ReportExporter.h"
#include "report/VenueProfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

namespace passdesk::cli {

namespace {
int usage(const QString& why)
{
    QTextStream(stderr) << "passdesk-cli export: " << why << "\n"
                        << "usage: passdesk-cli export --db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] --format pdf|csv|bundle --out FILE\n"
                        << "                           [--lang ko|en] [--venue-name TEXT] [--venue-reg NUMBER] [--venue-type CODE]\n"
                        << "                           [--venue-address TEXT] [--venue-operator TEXT] [--save-venue]\n"
                        << "       passdesk-cli export --facility-types\n";
    return 2;
}

int fail(const Error& e)
{
    QTextStream(stderr) << "passdesk-cli export: " << e.message << " [" << e.code << "]\n";
    return 2;
}

} // namespace

int runExport(const QStringList& args)
{
    QString db;
    QString from_;
    QString to_;
    QString format;
    QString outPath;
    QString lang = QStringLiteral("ko");
    bool saveVenue = false;
    QList<QPair<QString, QString>> venueOptions;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--facility-types")) {
            QTextStream out(stdout);
            for (const auto& t : report::VenueProfile::facilityTypes()) {
                out << t.code.leftJustified(17) << t.ko << "  (" << t.en << ")\n";
            }
            return 0;
        }
        if (a == QLatin1String("--save-venue")) {
            saveVenue = true;
        } else if (!hasValue) {
            return usage(QStringLiteral("unexpected argument ") + a);
        } else if (a == QLatin1String("--db")) {
            db = args[++i];
        } else if (a == QLatin1String("--from")) {
            from_ = args[++i];
        } else if (a == QLatin1String("--to")) {
            to_ = args[++i];
        } else if (a == QLatin1String("--format")) {
            format = args[++i];
        } else if (a == QLatin1String("--out")) {
            outPath = args[++i];
        } else if (a == QLatin1String("--lang")) {
            lang = args[++i];
        } else if (a.startsWith(QLatin1String("--venue-"))) {
            venueOptions.append({a.mid(8), args[++i]});
        } else {
            return usage(QStringLiteral("unexpected argument ") + a);
        }
    }
    if (db.isEmpty() || outPath.isEmpty()) {
        return usage(QStringLiteral("--db and --out are required"));
    }
    const auto parsedFormat = report::ReportExporter::formatFromString(format);
    if (!parsedFormat) {
        return usage(QStringLiteral("--format must be pdf, csv or bundle"));
    }
    if (lang != QLatin1String("ko") && lang != QLatin1String("en")) {
        return usage(QStringLiteral("--lang must be ko or en"));
    }
    const QDate from = from_.isEmpty() ? QDate::currentDate() : QDate::fromString(from_, Qt::ISODate);
    const QDate to = to_.isEmpty() ? from : QDate::fromString(to_, Qt::ISODate);
    if (!from.isValid() || !to.isValid()) {
        return usage(QStringLiteral("--from and --to take dates, YYYY-MM-DD"));
    }
    if (!QFileInfo::exists(db)) {
        return fail({QStringLiteral("db.open"), QStringLiteral("no visitor log at ") + db});
    }

    SystemClock clock;
    auto log = log::VisitLog::open(db, clock, {});
    if (!log) {
        return fail(log.error());
    }
    report::VenueProfile venue = report::VenueProfile::load((*log)->database());
    for (const auto& [name, value] : venueOptions) {
        if (name == QLatin1String("name")) {
            venue.name = value;
        } else if (name == QLatin1String("reg")) {
            venue.registrationNumber = value;
        } else if (name == QLatin1String("type")) {
            if (report::VenueProfile::facility(value) == nullptr) {
                return usage(QStringLiteral("unknown --venue-type %1 (see --facility-types)").arg(value));
            }
            venue.facilityType = value;
        } else if (name == QLatin1String("address")) {
            venue.address = value;
        } else if (name == QLatin1String("operator")) {
            venue.operatorName = value;
        } else {
            return usage(QStringLiteral("unknown option --venue-") + name);
        }
    }
    if (saveVenue) {
        if (Status s = venue.save((*log)->database()); !s) {
            return fail(s.error());
        }
    }

    QElapsedTimer timer;
    timer.start();
    report::ReportExporter::Request request;
    request.from = from;
    request.to = to;
    request.format = *parsedFormat;
    request.outPath = outPath;
    request.lang = lang;
    request.databasePath = db;
    auto exported = report::ReportExporter::run(**log, venue, request, clock);
    if (!exported) {
        return fail(exported.error());
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

#include "cli/LogCommand.h"

#include "cli/CliParser.h"
#include "log/EvidenceJournal.h"
#include "log/VisitLog.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace passdesk::cli {

int runLog(const QStringList& args)
{
    const QString what = args.value(0);
    CliParser parser(QStringLiteral("log ") + what);
    if (auto done = parser.parse(args.mid(1))) {
        return *done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return parser.usageError(QStringLiteral("unexpected argument ") + parser.positionalArguments().first());
    }
    const QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty()) {
        return parser.usageError(QStringLiteral("--db is required"));
    }
    if (!QFileInfo(db).isFile()) {
        // Read-only: a mistyped path is an error, never a new empty log (SQLite would create one).
        return parser.fail(QStringLiteral("db.missing"),
                           QStringLiteral("no visitor log at %1 (this command only reads a log; check --db)").arg(db));
    }
    SystemClock clock;
    auto log = log::VisitLog::open(db, clock, {});
    if (!log) {
        return parser.fail(log.error().code, log.error().message);
    }
    QTextStream out(stdout);
    if (what == QLatin1String("verify")) {
        const auto problems = (*log)->database().integrityProblems();
        const auto report = (*log)->verifyChain();
        if (!report) {
            return parser.fail(report.error().code, report.error().message);
        }
        if (!problems.isEmpty()) {
            out << "DAMAGED  the database file fails SQLite's integrity check: " << problems.join(QStringLiteral("; ")) << "\n";
            return 1;
        }
        if (!report->ok()) {
            out << "TAMPERED " << report->problem;
            if (report->firstBad) {
                out << " (first bad row: " << *report->firstBad << ")";
            }
            out << "\n";
            return 1;
        }
        out << "OK       " << report->rows << " visits, chain verified\n";
        return 0;
    }
    if (what == QLatin1String("events")) {
        const QString from_ = parser.value(QStringLiteral("from"));
        const QString to_ = parser.value(QStringLiteral("to"));
        const QDateTime from = from_.isEmpty() ? QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC) : QDateTime::fromString(from_, Qt::ISODate);
        const QDateTime to = to_.isEmpty() ? QDateTime::currentDateTimeUtc().addYears(1) : QDateTime::fromString(to_, Qt::ISODate);
        if (!from.isValid() || !to.isValid()) {
            return parser.usageError(QStringLiteral("--from and --to take ISO 8601 dates or instants"));
        }
        log::EvidenceJournal journal((*log)->database(), clock);
        const auto events = journal.list(from, to);
        if (!events) {
            return parser.fail(events.error().code, events.error().message);
        }
        for (const auto& e : *events) {
            out << e.started.toLocalTime().toString(Qt::ISODate) << "  "
                << (e.ended.isValid() ? e.ended.toLocalTime().toString(Qt::ISODate) : QStringLiteral("(ongoing)")).leftJustified(25)
                << e.kind.leftJustified(18) << (e.manual ? "manual  " : "") << e.cause << "\n";
        }
        out << events->size() << " evidence periods\n";
        return 0;
    }
    if (what == QLatin1String("list")) {
        const bool json = parser.json();
        const QDate day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!day.isValid()) {
            return parser.usageError(QStringLiteral("--date YYYY-MM-DD is required"));
        }
        const auto visits = (*log)->listDay(day);
        if (!visits) {
            return parser.fail(visits.error().code, visits.error().message);
        }
        for (const auto& v : *visits) {
            if (json) {
                QJsonObject o{{QStringLiteral("id"), v.id},
                              {QStringLiteral("at"), v.atLocal},
                              {QStringLiteral("verdict"), v.verdict},
                              {QStringLiteral("reasons"), v.reasons},
                              {QStringLiteral("format"), v.format},
                              {QStringLiteral("type"), v.type},
                              {QStringLiteral("country"), v.country},
                              {QStringLiteral("input"), v.input},
                              {QStringLiteral("policy"), v.policy}};
                if (!v.holderName.isEmpty()) {
                    o.insert(QStringLiteral("name"), v.holderName);
                    o.insert(QStringLiteral("birth"), v.holderBirth);
                }
                out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
            } else {
                out << v.id << "  " << v.atLocal.mid(11, 8) << "  " << v.verdict.leftJustified(15) << v.format.leftJustified(8)
                    << v.type.leftJustified(12) << v.input.leftJustified(8) << v.reasons << "\n";
            }
        }
        if (!json) {
            out << visits->size() << " visits on " << day.toString(Qt::ISODate) << "\n";
        }
        return 0;
    }
    return parser.usageError(QStringLiteral("unknown log command ") + what);
}

} // namespace passdesk::cli

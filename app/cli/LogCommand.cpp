#include "cli/LogCommand.h"

#include "log/EvidenceJournal.h"
#include "log/VisitLog.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace passdesk::cli {

namespace {
int usage(const QString& why)
{
    QTextStream(stderr) << "passdesk-cli log: " << why << "\n"
                        << "usage: passdesk-cli log verify --db PATH\n"
                        << "       passdesk-cli log list --date YYYY-MM-DD [--json] --db PATH\n"
                        << "       passdesk-cli log events [--from T] [--to T] --db PATH\n";
    return 2;
}
} // namespace

int runLog(const QStringList& args)
{
    if (args.isEmpty()) {
        return usage(QStringLiteral("which log command?"));
    }
    const QString what = args.first();
    QString db;
    QString date;
    QString from_;
    QString to_;
    bool json = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == QLatin1String("--db") && hasValue) {
            db = args[++i];
        } else if (args[i] == QLatin1String("--date") && hasValue) {
            date = args[++i];
        } else if (args[i] == QLatin1String("--from") && hasValue) {
            from_ = args[++i];
        } else if (args[i] == QLatin1String("--to") && hasValue) {
            to_ = args[++i];
        } else if (args[i] == QLatin1String("--json")) {
            json = true;
        } else {
            return usage(QStringLiteral("unexpected argument ") + args[i]);
        }
    }
    if (db.isEmpty()) {
        return usage(QStringLiteral("--db is required"));
    }
    if (!QFileInfo::exists(db)) {
        // Read-only: a mistyped path is an error, never a new empty log.
        QTextStream(stderr) << "passdesk-cli log: no visitor log at " << db << " [db.missing]\n";
        return 2;
    }
    SystemClock clock;
    auto log = log::VisitLog::open(db, clock, {});
    if (!log) {
        QTextStream(stderr) << "passdesk-cli log: " << log.error().message << " [" << log.error().code << "]\n";
        return 2;
    }
    QTextStream out(stdout);
    if (what == QLatin1String("verify")) {
        const auto problems = (*log)->database().integrityProblems();
        const auto report = (*log)->verifyChain();
        if (!report) {
            QTextStream(stderr) << "passdesk-cli log: " << report.error().message << "\n";
            return 2;
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
        const QDateTime from = from_.isEmpty() ? QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC) : QDateTime::fromString(from_, Qt::ISODate);
        const QDateTime to = to_.isEmpty() ? QDateTime::currentDateTimeUtc().addYears(1) : QDateTime::fromString(to_, Qt::ISODate);
        if (!from.isValid() || !to.isValid()) {
            return usage(QStringLiteral("--from and --to take ISO 8601 dates or instants"));
        }
        log::EvidenceJournal journal((*log)->database(), clock);
        const auto events = journal.list(from, to);
        if (!events) {
            QTextStream(stderr) << "passdesk-cli log: " << events.error().message << "\n";
            return 2;
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
        const QDate day = QDate::fromString(date, Qt::ISODate);
        if (!day.isValid()) {
            return usage(QStringLiteral("--date YYYY-MM-DD is required"));
        }
        const auto visits = (*log)->listDay(day);
        if (!visits) {
            QTextStream(stderr) << "passdesk-cli log: " << visits.error().message << "\n";
            return 2;
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
    return usage(QStringLiteral("unknown log command ") + what);
}

} // namespace passdesk::cli

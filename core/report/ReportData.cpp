#include "report/ReportData.h"

#include "log/EvidenceJournal.h"

#include <QSet>

#include <algorithm>
#include <QTimeZone>

namespace passdesk::report {

namespace {
QString hex(const QByteArray& b)
{
    return QString::fromLatin1(b.toHex());
}
QByteArray unhex(const QJsonValue& v)
{
    return QByteArray::fromHex(v.toString().toLatin1());
}
QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

ReportRow ReportRow::from(const log::Visit& v)
{
    ReportRow r;
    r.id = v.id;
    r.atLocal = v.atLocal;
    r.verdict = v.verdict;
    r.reasons = v.reasons;
    r.type = v.type;
    r.format = v.format;
    r.country = v.country;
    r.input = v.input;
    r.staff = v.staff;
    r.policy = v.policy;
    if (!v.idHash.isEmpty()) {
        const QByteArray h = v.idHash.toHex();
        r.maskedId = QString::fromLatin1(h.left(4) + "****" + h.right(4));
    }
    r.prevHash = v.prevHash;
    r.rowHash = v.rowHash;
    return r;
}

QJsonObject ReportRow::toJson() const
{
    return {{QStringLiteral("id"), id},         {QStringLiteral("at"), atLocal},           {QStringLiteral("verdict"), verdict}, {QStringLiteral("reasons"), reasons},    {QStringLiteral("type"), type},
            {QStringLiteral("format"), format},   {QStringLiteral("country"), country},    {QStringLiteral("input"), input},
            {QStringLiteral("staff"), staff},     {QStringLiteral("policy"), policy},      {QStringLiteral("maskedId"), maskedId},
            {QStringLiteral("prevHash"), hex(prevHash)}, {QStringLiteral("rowHash"), hex(rowHash)}};
}

namespace {
// A JSON string as Qt's compact writer escapes it: quote, backslash and the short escapes, other
// control characters as \u00xx (lower-case hex), everything else as UTF-8.
void appendJsonString(QByteArray& out, const QString& text)
{
    static const char digits[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (u) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += digits[u >> 4];
                out += digits[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}
} // namespace

QByteArray ReportRow::compactJson() const
{
    // Keys in QJsonObject's order (sorted).
    QByteArray out;
    out.reserve(420);
    const auto field = [&out](const char* key, const QString& value) {
        out += '"';
        out += key;
        out += "\":";
        appendJsonString(out, value);
        out += ',';
    };
    out += '{';
    field("at", atLocal);
    field("country", country);
    field("format", format);
    out += "\"id\":" + QByteArray::number(id) + ',';
    field("input", input);
    field("maskedId", maskedId);
    field("policy", policy);
    field("prevHash", hex(prevHash));
    field("reasons", reasons);
    field("rowHash", hex(rowHash));
    field("staff", staff);
    field("type", type);
    field("verdict", verdict);
    out.back() = '}';
    return out;
}

ReportRow ReportRow::fromJson(const QJsonObject& o)
{
    ReportRow r;
    r.id = o.value(QLatin1String("id")).toInteger();
    r.atLocal = str(o, "at");
    r.verdict = str(o, "verdict");
    r.reasons = str(o, "reasons");
    r.type = str(o, "type");
    r.format = str(o, "format");
    r.country = str(o, "country");
    r.input = str(o, "input");
    r.staff = str(o, "staff");
    r.policy = str(o, "policy");
    r.maskedId = str(o, "maskedId");
    r.prevHash = unhex(o.value(QLatin1String("prevHash")));
    r.rowHash = unhex(o.value(QLatin1String("rowHash")));
    return r;
}

void Summary::add(const ReportRow& row)
{
    ++visits;
    ++byVerdict[row.verdict];
    ++byType[row.type.isEmpty() ? QStringLiteral("none") : row.type];
    const int h = row.localHour();
    if (h >= 0 && h < 24) {
        ++byHour[h];
    }
}

Summary Summary::of(const QList<ReportRow>& rows)
{
    Summary s;
    for (const auto& r : rows) {
        s.add(r);
    }
    return s;
}

QJsonObject Summary::toJson() const
{
    QJsonObject verdicts;
    for (auto it = byVerdict.begin(); it != byVerdict.end(); ++it) {
        verdicts.insert(it.key(), it.value());
    }
    QJsonObject types;
    for (auto it = byType.begin(); it != byType.end(); ++it) {
        types.insert(it.key(), it.value());
    }
    QJsonArray hours;
    for (qint64 n : byHour) {
        hours.append(n);
    }
    return {{QStringLiteral("visits"), visits},
            {QStringLiteral("byVerdict"), verdicts},
            {QStringLiteral("byType"), types},
            {QStringLiteral("byHour"), hours}};
}

Summary Summary::fromJson(const QJsonObject& o)
{
    Summary s;
    s.visits = o.value(QLatin1String("visits")).toInteger(-1);
    const QJsonObject verdicts = o.value(QLatin1String("byVerdict")).toObject();
    for (auto it = verdicts.begin(); it != verdicts.end(); ++it) {
        s.byVerdict.insert(it.key(), it.value().toInteger());
    }
    const QJsonObject types = o.value(QLatin1String("byType")).toObject();
    for (auto it = types.begin(); it != types.end(); ++it) {
        s.byType.insert(it.key(), it.value().toInteger());
    }
    const QJsonArray hours = o.value(QLatin1String("byHour")).toArray();
    s.byHour = QList<qint64>(24, -1);
    for (int h = 0; h < 24 && h < hours.size(); ++h) {
        s.byHour[h] = hours.at(h).toInteger(-1);
    }
    return s;
}

QJsonObject EvidenceWindow::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("cause"), cause},
            // Milliseconds, as the journal keeps them: the bundle's total is then the PDF's.
            {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
            {QStringLiteral("ended"), ended.toString(Qt::ISODateWithMs)},
            {QStringLiteral("seconds"), seconds()},
            {QStringLiteral("ongoing"), ongoing},
            {QStringLiteral("manual"), manual}};
}

EvidenceWindow EvidenceWindow::fromJson(const QJsonObject& o)
{
    EvidenceWindow w;
    w.kind = str(o, "kind");
    w.cause = str(o, "cause");
    w.started = QDateTime::fromString(str(o, "started"), Qt::ISODate);
    w.ended = QDateTime::fromString(str(o, "ended"), Qt::ISODate);
    w.ongoing = o.value(QLatin1String("ongoing")).toBool();
    w.manual = o.value(QLatin1String("manual")).toBool();
    return w;
}

QJsonObject ChainCoverage::toJson() const
{
    QJsonArray gapList;
    for (const auto& [a, b] : gaps) {
        gapList.append(QJsonArray{a, b});
    }
    QJsonArray points;
    for (const auto& c : checkpoints) {
        points.append(QJsonObject{{QStringLiteral("kind"), c.kind},
                                  {QStringLiteral("afterId"), c.afterId},
                                  {QStringLiteral("hash"), hex(c.hash)},
                                  {QStringLiteral("atUtc"), c.atUtc}});
    }
    return {{QStringLiteral("firstId"), firstId},
            {QStringLiteral("lastId"), lastId},
            {QStringLiteral("startHash"), hex(startHash)},
            {QStringLiteral("endHash"), hex(endHash)},
            {QStringLiteral("gaps"), gapList},
            {QStringLiteral("checkpoints"), points},
            {QStringLiteral("verifiedAtExport"), verifiedAtExport},
            {QStringLiteral("problemAtExport"), problemAtExport}};
}

ChainCoverage ChainCoverage::fromJson(const QJsonObject& o)
{
    ChainCoverage c;
    c.firstId = o.value(QLatin1String("firstId")).toInteger();
    c.lastId = o.value(QLatin1String("lastId")).toInteger();
    c.startHash = unhex(o.value(QLatin1String("startHash")));
    c.endHash = unhex(o.value(QLatin1String("endHash")));
    for (const auto& g : o.value(QLatin1String("gaps")).toArray()) {
        c.gaps.append({g.toArray().at(0).toInteger(), g.toArray().at(1).toInteger()});
    }
    for (const auto& p : o.value(QLatin1String("checkpoints")).toArray()) {
        const QJsonObject po = p.toObject();
        c.checkpoints.append({str(po, "kind"), po.value(QLatin1String("afterId")).toInteger(), unhex(po.value(QLatin1String("hash"))),
                              str(po, "atUtc")});
    }
    c.verifiedAtExport = o.value(QLatin1String("verifiedAtExport")).toBool();
    c.problemAtExport = str(o, "problemAtExport");
    return c;
}

Result<ReportData> ReportData::gather(log::VisitLog& log, const VenueProfile& venue, const QDate& from, const QDate& to,
                                      const Clock& clock)
{
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 366) {
        return Result<ReportData>::failure(QStringLiteral("report.period"), QStringLiteral("the period must be 1 to 367 days, from before to"));
    }
    ReportData d;
    d.venue = venue;
    d.from = from;
    d.to = to;
    d.timeZone = QString::fromLatin1(QTimeZone::systemTimeZoneId());
    d.generatedAt = clock.now().toUTC().toString(Qt::ISODate);

    const auto chain = log.verifyChain();
    if (!chain) {
        return chain.error();
    }
    d.chain.verifiedAtExport = chain->ok();
    d.chain.problemAtExport = chain->problem;
    auto points = log.checkpoints();
    if (!points) {
        return points.error();
    }
    d.chain.checkpoints = *points;

    auto visits = log.listRange(from, to);
    if (!visits) {
        return visits.error();
    }
    d.rows.reserve(visits->size());
    QSet<QString> policies;
    for (const auto& v : *visits) {
        ReportRow r = ReportRow::from(v);
        if (!d.rows.isEmpty() && r.id != d.rows.last().id + 1) {
            d.chain.gaps.append({d.rows.last().id + 1, r.id - 1});
        }
        if (!r.policy.isEmpty()) {
            policies.insert(r.policy);
        }
        d.summary.add(r);
        d.rows.append(std::move(r));
    }
    visits->clear();
    d.policies = policies.values();
    d.policies.sort();
    if (!d.rows.isEmpty()) {
        d.chain.firstId = d.rows.first().id;
        d.chain.lastId = d.rows.last().id;
        d.chain.startHash = d.rows.first().prevHash;
        d.chain.endHash = d.rows.last().rowHash;
    }

    log::EvidenceJournal journal(log.database(), clock);
    const QDateTime start = QDateTime(from, QTime(0, 0)).toUTC();
    const QDateTime end = QDateTime(to.addDays(1), QTime(0, 0)).toUTC();
    const auto events = journal.list(start, end);
    if (!events) {
        return events.error();
    }
    const QDateTime now = clock.now().toUTC();
    for (const auto& e : *events) {
        EvidenceWindow w;
        w.kind = e.kind;
        w.cause = e.cause;
        w.started = e.started.toUTC();
        w.ongoing = !e.ended.isValid();
        w.ended = w.ongoing ? now : e.ended.toUTC();
        w.manual = e.manual;
        d.evidence.append(w);
    }
    return d;
}

QJsonObject ReportData::headerJson() const
{
    return {{QStringLiteral("venue"), venue.toJson()},
            {QStringLiteral("timeZone"), timeZone},
            {QStringLiteral("generatedAt"), generatedAt},
            {QStringLiteral("policies"), QJsonArray::fromStringList(policies)}};
}

QJsonObject ReportData::periodJson() const
{
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)}, {QStringLiteral("to"), to.toString(Qt::ISODate)}};
}

QJsonArray ReportData::evidenceJson() const
{
    QJsonArray a;
    for (const auto& w : evidence) {
        a.append(w.toJson());
    }
    return a;
}

qint64 coveredSeconds(const QList<EvidenceWindow>& windows)
{
    QList<QPair<QDateTime, QDateTime>> spans;
    for (const auto& w : windows) {
        if (w.milliseconds() > 0) {
            spans.append({w.started, w.ended});
        }
    }
    std::sort(spans.begin(), spans.end());
    qint64 totalMs = 0;
    QDateTime end;
    for (const auto& [a, b] : spans) {
        const QDateTime from = end.isValid() && a < end ? end : a;
        if (b > from) {
            totalMs += from.msecsTo(b);
            end = b;
        }
    }
    return (totalMs + 500) / 1000;
}

qint64 ReportData::unableToCheckSeconds() const
{
    return coveredSeconds(evidence);
}

QString formatDuration(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 rest = seconds % 86400;
    const QString hms = QStringLiteral("%1:%2:%3")
                            .arg(rest / 3600, 2, 10, QLatin1Char('0'))
                            .arg((rest / 60) % 60, 2, 10, QLatin1Char('0'))
                            .arg(rest % 60, 2, 10, QLatin1Char('0'));
    return days > 0 ? QStringLiteral("%1d %2").arg(days).arg(hms) : hms;
}

} // namespace passdesk::report

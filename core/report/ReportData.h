#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "log/VisitLog.h"
#include "report/VenueProfile.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <functional>

namespace passdesk::report {

/// One visit as it appears in a report: no names or birth dates, the certificate identifier's keyed
/// hash masked, and the row's place in the log's hash chain.
struct ReportRow
{
    qint64 id = 0;       ///< the log's row id (the chain position)
    QString atLocal;     ///< ISO 8601 with the venue's UTC offset (to the second)
    QString verdict;     ///< valid, invalid, check-id, exempt, unknown-issuer, unreadable
    QString reasons;     ///< reason codes, space separated
    QString type;        ///< vaccination, test, recovery
    QString format;      ///< eu-dcc, shc
    QString country;     ///< issuing country
    QString input;       ///< camera, wedge, serial, manual, file
    QString staff;
    QString policy;
    QString maskedId;    ///< first and last 4 hex digits of the identifier's keyed hash, `a1b2****e9f0`; empty if none
    QByteArray prevHash; ///< the chain hash before this row
    QByteArray rowHash;  ///< this row's chain hash (HMAC under the install's log key)

    static ReportRow from(const log::Visit& v);
    /// The bundle's JSON form (hashes in hex). Its compact serialisation is what the row digest covers.
    QJsonObject toJson() const;
    /// Exactly `QJsonDocument(toJson()).toJson(QJsonDocument::Compact)`, written directly (the bundle
    /// writer's hot path: no JSON object is built per row).
    QByteArray compactJson() const;
    static ReportRow fromJson(const QJsonObject& o);
    /// The local calendar day and hour of the visit.
    QDate localDay() const { return QDate::fromString(atLocal.left(10), Qt::ISODate); }
    int localHour() const { return atLocal.mid(11, 2).toInt(); }
};

/// Counts over the visit rows of a report; recomputed by the inspector and compared.
struct Summary
{
    qint64 visits = 0;
    QMap<QString, qint64> byVerdict;
    QMap<QString, qint64> byType;   ///< certificate type; "none" for unreadable codes
    QList<qint64> byHour = QList<qint64>(24, 0); ///< local hour 0-23

    static Summary of(const QList<ReportRow>& rows);
    void add(const ReportRow& row);
    QJsonObject toJson() const;
    static Summary fromJson(const QJsonObject& o);
    bool operator==(const Summary& other) const = default;
};

/// A period from the evidence journal overlapping the report's period: when PassDesk itself could not
/// check certificates, or might not have.
struct EvidenceWindow
{
    QString kind;         ///< camera_lost, unclean_shutdown, clock_jump, log_error, trust_stale, manual_outage, ...
    QString cause;
    QDateTime started;    ///< UTC
    QDateTime ended;      ///< UTC; the export time while still open
    bool ongoing = false; ///< still open when the report was made
    bool manual = false;  ///< entered by staff
    /// Length to the millisecond the journal keeps.
    qint64 milliseconds() const { return started.msecsTo(ended); }
    /// Length in whole seconds, rounded to the nearest.
    qint64 seconds() const { return (milliseconds() + 500) / 1000; }

    QJsonObject toJson() const;
    static EvidenceWindow fromJson(const QJsonObject& o);
};

/// How the report's rows sit in the log's hash chain: the hash before the first row, the checkpoints
/// (retention cuts and head) at export time, gaps in row ids inside the period (rows of other days
/// logged in between, for example after a clock jump), and whether the whole log verified when exported.
struct ChainCoverage
{
    qint64 firstId = 0;
    qint64 lastId = 0;
    QByteArray startHash;                      ///< prevHash of the first row
    QByteArray endHash;                        ///< rowHash of the last row
    QList<QPair<qint64, qint64>> gaps;         ///< [from, to] row ids not in the period
    QList<log::ChainCheckpoint> checkpoints;   ///< as stored in the log
    bool verifiedAtExport = false;
    QString problemAtExport;                   ///< VisitLog::verifyChain()'s finding, empty when it verified

    QJsonObject toJson() const;
    static ChainCoverage fromJson(const QJsonObject& o);
};

/// Everything a report shows, gathered once for a period of local calendar days and written as PDF,
/// CSV or a signed evidence bundle.
struct ReportData
{
    VenueProfile venue;
    QDate from;
    QDate to;
    QString timeZone;     ///< IANA id of the machine's zone when exported
    QString generatedAt;  ///< ISO 8601 UTC
    QStringList policies; ///< the policies named in the period's visits, sorted
    Summary summary;
    QList<EvidenceWindow> evidence;
    ChainCoverage chain;
    QList<ReportRow> rows;

    /// Reads the visits of [from, to] (local days), the evidence windows overlapping it, the chain's
    /// checkpoints, and verifies the whole chain. Errors: `db.*`, `report.period` (to before from, or
    /// more than 366 days).
    static Result<ReportData> gather(log::VisitLog& log, const VenueProfile& venue, const QDate& from, const QDate& to,
                                     const Clock& clock);

    /// The signed sections of a bundle (see EvidenceBundle).
    QJsonObject headerJson() const; ///< venue, time zone, generation time, policies
    QJsonObject periodJson() const; ///< from, to
    QJsonArray evidenceJson() const;
    /// The one figure for "unable to check for" (coveredSeconds() of the evidence): the PDF, the
    /// inspector window and `passdesk-cli inspect` all print this.
    qint64 unableToCheckSeconds() const;
};

/// How long checking was impossible over `windows`, counting overlapping windows once: summed in
/// milliseconds and rounded to the nearest second once, so many sub-second windows neither vanish nor
/// round up one by one, and the same windows give the same figure wherever they are read.
qint64 coveredSeconds(const QList<EvidenceWindow>& windows);

/// `HH:MM:SS` from seconds, with days when longer (`2d 03:00:00`).
QString formatDuration(qint64 seconds);

} // namespace passdesk::report

#pragma once

#include "common/Clock.h"
#include "log/Database.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace passdesk::log {

/// A period when PassDesk itself could not check certificates, or might not have: the record that
/// decides whether a venue is fined after an outage.
struct EvidenceEvent
{
    qint64 id = 0;
    QString kind;        ///< camera_lost, unclean_shutdown, clock_jump, log_error, trust_stale, manual_outage, ...
    QString cause;       ///< plain words: which camera, what error, how far the clock jumped
    QDateTime started;   ///< UTC
    QDateTime ended;     ///< UTC; invalid while still open
    bool manual = false; ///< entered by staff rather than detected
};

/// The evidence journal, in the visitor log's database (same connection, same thread). Periods are
/// opened and closed as things happen; a run that ends without closing cleanly is found at the next
/// start from its heartbeat.
class EvidenceJournal
{
public:
    EvidenceJournal(Database& db, const Clock& clock);

    /// Opens a period now. Errors: `db.*`.
    Result<qint64> begin(const QString& kind, const QString& cause);
    /// Closes a period now.
    Status end(qint64 id);
    /// A whole period at once (staff's manual outage entries have `manual` set).
    Result<qint64> record(const QString& kind, const QString& cause, const QDateTime& started, const QDateTime& ended, bool manual);
    /// Periods overlapping [from, to], oldest first.
    Result<QList<EvidenceEvent>> list(const QDateTime& from, const QDateTime& to);

    /// Call at start-up: if the previous run never said goodbye, records an unclean_shutdown period
    /// from its last heartbeat to now and returns it. Then marks this run as running.
    std::optional<EvidenceEvent> startRun();
    /// Call every few seconds while running.
    Status heartbeat();
    /// Call at a clean exit.
    Status endRun();

    /// Records a clock_jump if wall-clock time moved more than `tolerance` away from monotonic time
    /// since the last call (the first call only sets the reference). Returns true if it recorded one.
    bool checkClock(std::chrono::seconds tolerance = std::chrono::seconds(120));

private:
    Database& m_db;
    const Clock& m_clock;
    std::optional<std::pair<QDateTime, std::chrono::steady_clock::time_point>> m_clockRef;
};

} // namespace passdesk::log

#pragma once

#include "common/Result.h"
#include "log/Database.h"
#include "replica/PgConnection.h"

#include <memory>

namespace passdesk::replica {

/// Ships one counter's committed visits and closed evidence entries from its SQLite log to the shared
/// log on PostgreSQL. Synchronous: the caller (a thread of its own in the app, never the scan path)
/// calls replicateOnce() again and again. Each call asks the server where it has this counter's chains
/// (passdesk.high_water()), then sends what follows in one transaction, so a call cut off by an outage
/// leaves nothing half-sent and the next call resumes from what the server has; rows the server
/// already has are skipped by the server when they are the same, and refused when they differ.
///
/// Visits go as the log stores them, with their chain values (VisitLog's HMAC, whose key stays on the
/// counter); names and birth dates only with contact logging on. Evidence entries go once closed, in
/// order (an open period holds back the ones after it), each chained with evidenceHash().
class Replicator
{
public:
    struct Options
    {
        QString counterId;           ///< as registered on the server (ReplicaSchema::addCounter)
        bool contactLogging = false; ///< false: holder names and birth dates never leave the counter
        int maxRows = 2000;          ///< per call and per table: bounds one transaction
    };

    /// What one call did and what is left.
    struct Progress
    {
        qint64 visitsSent = 0;
        qint64 evidenceSent = 0;
        qint64 visitsBacklog = 0;   ///< local visits the server does not have yet
        qint64 evidenceBacklog = 0; ///< local evidence entries the server does not have yet (open ones included)
        qint64 serverVisitSeq = 0;  ///< the server's last visit of this counter after the call
        qint64 serverEvidenceSeq = 0;
    };

    /// `local` is a connection of the replicator's own to the counter's log (one per thread).
    Replicator(log::Database& local, PgParams server, Options options);
    ~Replicator();
    Replicator(const Replicator&) = delete;
    Replicator& operator=(const Replicator&) = delete;

    /// Connects if needed, then sends up to maxRows visits and evidence entries. Errors: `pg.connect`,
    /// `pg.lost` (the next call reconnects), `replica.diverged` (the server's chain is not this log's:
    /// the log was replaced or restored), `replica.*` and `pg.denied` from the server's checks, `db.*`
    /// from the local log.
    Result<Progress> replicateOnce();
    /// True while a server connection is open and sound.
    bool connected() const;

    /// SHA-256 over the previous hash and the entry's fields; passdesk.evidence_hash() on the server
    /// builds the same bytes.
    static QByteArray evidenceHash(const QByteArray& prev, qint64 seq, const QString& kind, const QString& cause, const QString& startedUtc,
                                   const QString& endedUtc, bool manual);

private:
    Result<Progress> send();
    Status checkSameChain(qint64 serverSeq, const QByteArray& serverHash);

    log::Database& m_local;
    PgParams m_params;
    Options m_options;
    std::unique_ptr<PgConnection> m_server;
};

} // namespace passdesk::replica

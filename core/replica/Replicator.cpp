#include "replica/Replicator.h"

#include "crypto/Sha256.h"

namespace passdesk::replica {

Replicator::Replicator(log::Database& local, PgParams server, Options options)
    : m_local(local), m_params(std::move(server)), m_options(std::move(options))
{
}

Replicator::~Replicator() = default;

bool Replicator::connected() const
{
    return m_server && m_server->isOk();
}

QByteArray Replicator::evidenceHash(const QByteArray& prev, qint64 seq, const QString& kind, const QString& cause, const QString& startedUtc,
                                    const QString& endedUtc, bool manual)
{
    QByteArray data = prev;
    data.append(QByteArray::number(seq)).append('\x1f');
    for (const QString* f : {&kind, &cause, &startedUtc, &endedUtc}) {
        data.append(f->toUtf8()).append('\x1f');
    }
    data.append(manual ? '1' : '0').append('\x1f');
    return crypto::Sha256::hash(data);
}

Result<Replicator::Progress> Replicator::replicateOnce()
{
    if (!connected()) {
        m_server.reset();
        auto conn = PgConnection::open(m_params);
        if (!conn) {
            return conn.error();
        }
        m_server = std::move(conn).value();
    }
    auto out = send();
    if (!out) {
        if (m_server->isOk()) {
            if (m_server->inTransaction()) {
                (void)m_server->rollback();
            }
        } else {
            m_server.reset();
        }
    }
    return out;
}

Status Replicator::checkSameChain(qint64 serverSeq, const QByteArray& serverHash)
{
    if (serverSeq <= 0) {
        return {};
    }
    auto st = m_local.prepare(QStringLiteral("SELECT row_hash FROM visits WHERE id = ?"));
    if (!st) {
        return st.error();
    }
    st->bind(1, serverSeq);
    auto row = st->step();
    if (!row) {
        return row.error();
    }
    if (*row) {
        if (st->blob(0) != serverHash) {
            return Status::failure(QStringLiteral("replica.diverged"),
                                   QStringLiteral("the server's visit %1 of counter %2 is not this log's (was the log replaced?)").arg(serverSeq).arg(m_options.counterId));
        }
        return {};
    }
    // Not here: purged by retention (fine) or never written by this log (the log was replaced).
    auto last = m_local.prepare(QStringLiteral("SELECT last_id FROM chain_head WHERE one = 1"));
    if (!last) {
        return last.error();
    }
    auto head = last->step();
    if (!head) {
        return head.error();
    }
    if (!*head || last->int64(0) < serverSeq) {
        return Status::failure(QStringLiteral("replica.diverged"),
                               QStringLiteral("the server has visit %1 of counter %2, which this log never wrote (was the log replaced?)")
                                   .arg(serverSeq)
                                   .arg(m_options.counterId));
    }
    return {};
}

Result<Replicator::Progress> Replicator::send()
{
    Progress p;
    auto mark = m_server->exec(QStringLiteral("SELECT visit_seq, visit_hash, evidence_seq, evidence_hash FROM passdesk.high_water()"));
    if (!mark) {
        return mark.error();
    }
    if (mark->rows() != 1) {
        return Error{QStringLiteral("pg.error"), QStringLiteral("passdesk.high_water() returned %1 rows").arg(mark->rows())};
    }
    p.serverVisitSeq = mark->int64(0, 0);
    p.serverEvidenceSeq = mark->int64(0, 2);
    QByteArray evidencePrev = mark->bytes(0, 3);
    if (Status s = checkSameChain(p.serverVisitSeq, mark->bytes(0, 1)); !s) {
        return s.error();
    }

    if (Status s = m_server->begin(); !s) {
        return s.error();
    }
    {
        auto st = m_local.prepare(QStringLiteral("SELECT id, at_utc, at_local, local_day, verdict, reasons, format, type, policy, country, input, "
                                                 "staff, id_hash, holder_name, holder_birth, prev_hash, row_hash FROM visits WHERE id > ? ORDER BY id LIMIT ?"));
        if (!st) {
            return st.error();
        }
        st->bind(1, p.serverVisitSeq).bind(2, m_options.maxRows);
        const QString insert = QStringLiteral(
            "INSERT INTO passdesk.visits (counter_id, seq, at_utc, at_local, local_day, verdict, reasons, format, type, policy, country, "
            "input, staff, id_hash, holder_name, holder_birth, prev_hash, row_hash) "
            "VALUES ($1, $2::bigint, $3, $4, $5::date, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)");
        while (true) {
            auto row = st->step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            const bool names = m_options.contactLogging;
            QList<QVariant> values{m_options.counterId, st->int64(0)};
            for (int c = 1; c <= 11; ++c) { // at_utc .. staff
                values.append(st->text(c));
            }
            values.append(st->isNull(12) ? QVariant() : QVariant(st->blob(12)));
            values.append(!names || st->isNull(13) ? QVariant() : QVariant(st->text(13)));
            values.append(!names || st->isNull(14) ? QVariant() : QVariant(st->text(14)));
            values.append(st->blob(15));
            values.append(st->blob(16));
            auto r = m_server->exec(insert, values);
            if (!r) {
                return r.error();
            }
            p.serverVisitSeq = st->int64(0);
            ++p.visitsSent;
        }
    }
    {
        auto st = m_local.prepare(QStringLiteral("SELECT id, kind, cause, started_utc, ended_utc, manual FROM evidence WHERE id > ? ORDER BY id LIMIT ?"));
        if (!st) {
            return st.error();
        }
        st->bind(1, p.serverEvidenceSeq).bind(2, m_options.maxRows);
        const QString insert = QStringLiteral("INSERT INTO passdesk.evidence (counter_id, seq, kind, cause, started_utc, ended_utc, manual, prev_hash, row_hash) "
                                              "VALUES ($1, $2::bigint, $3, $4, $5, $6, $7::boolean, $8, $9)");
        while (true) {
            auto row = st->step();
            if (!row) {
                return row.error();
            }
            if (!*row || st->isNull(4)) {
                break; // an open period waits until it closes, and the ones after it with it
            }
            const qint64 seq = st->int64(0);
            const bool manual = st->int64(5) != 0;
            const QByteArray hash = evidenceHash(evidencePrev, seq, st->text(1), st->text(2), st->text(3), st->text(4), manual);
            auto r = m_server->exec(insert, {m_options.counterId, seq, st->text(1), st->text(2), st->text(3), st->text(4),
                                             manual ? QStringLiteral("true") : QStringLiteral("false"), evidencePrev, hash});
            if (!r) {
                return r.error();
            }
            evidencePrev = hash;
            p.serverEvidenceSeq = seq;
            ++p.evidenceSent;
        }
    }
    if (Status s = m_server->commit(); !s) {
        return s.error();
    }

    for (const auto& [query, target] : {std::pair{QStringLiteral("SELECT count(*) FROM visits WHERE id > ?"), &p.visitsBacklog},
                                        std::pair{QStringLiteral("SELECT count(*) FROM evidence WHERE id > ?"), &p.evidenceBacklog}}) {
        auto st = m_local.prepare(query);
        if (!st) {
            return st.error();
        }
        st->bind(1, target == &p.visitsBacklog ? p.serverVisitSeq : p.serverEvidenceSeq);
        auto row = st->step();
        if (!row) {
            return row.error();
        }
        *target = *row ? st->int64(0) : 0;
    }
    return p;
}

} // namespace passdesk::replica
